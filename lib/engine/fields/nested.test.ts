import { describe, expect, it } from "vitest";
import { fieldPaths, fillsObject, flattenObjectFields, nestRow, unfilledParts, valueAtPath } from "./nested";
import { fieldSpecsFromSchema } from "./spec";

const schema = {
  type: "object",
  properties: {
    title: { type: "string" },
    company: {
      type: "object",
      description: "who is hiring",
      properties: { name: { type: "string" }, location: { type: "string" }, size: { type: "integer" }, tags: { type: "array", items: { type: "string" } } },
      required: ["name"],
    },
    contact: { type: ["object", "null"], properties: { email: { type: "string", format: "email" } } },
    extra: { type: "object" },
  },
  required: ["title", "company"],
};

describe("object fields", () => {
  const fields = fieldSpecsFromSchema(schema);

  it("reads an object's properties from the schema, and knows which objects the engine fills", () => {
    const company = fields.find((f) => f.name === "company")!;
    expect(company.properties?.map((p) => [p.name, p.type, p.required])).toEqual([
      ["name", "string", true],
      ["location", "string", false],
      ["size", "integer", false],
      ["tags", "array", false],
    ]);
    expect(fields.filter(fillsObject).map((f) => f.name)).toEqual(["company", "contact"]);
  });

  it("fills each flat property as a field named by its path, required only where the object is", () => {
    expect(flattenObjectFields(fields).map((f) => [f.name, f.type, f.format ?? "", f.required])).toEqual([
      ["title", "string", "", true],
      ["company.name", "string", "", true],
      ["company.location", "string", "", false],
      ["company.size", "integer", "", false],
      // A list of flat items is filled too (lists.ts).
      ["company.tags", "array", "", false],
      ["contact.email", "string", "email", false],
      // No properties to fill: left as it is (the pipeline's notes name it).
      ["extra", "object", "", false],
    ]);
  });

  it("nests the row back in the schema's order; an object with no value is left out, or null when allowed", () => {
    expect(nestRow({ "company.location": "Berlin", title: "Engineer", "company.name": "Acme", "company.tags": ["b2b", "saas"], "contact.email": "" }, fields)).toEqual({
      title: "Engineer",
      company: { name: "Acme", location: "Berlin", tags: ["b2b", "saas"] },
      contact: null,
    });
    expect(Object.keys(nestRow({ "company.name": "Acme", title: "Engineer" }, fields))).toEqual(["title", "company", "contact"]);
    expect(nestRow({ title: "Engineer" }, fields)).toEqual({ title: "Engineer", contact: null });
    // A key no field names stays as it is.
    expect(nestRow({ title: "x", "odd.key": 1 }, fields)).toEqual({ title: "x", contact: null, "odd.key": 1 });
  });

  it("leaves out an optional object without a required part, and keeps one the row must have", () => {
    const str = { type: "string" };
    const optional = fieldSpecsFromSchema({ type: "object", properties: { title: str, company: { type: "object", properties: { name: str, location: str }, required: ["name"] } } });
    expect(nestRow({ title: "x", "company.location": "Berlin" }, optional)).toEqual({ title: "x" });
    expect(nestRow({ title: "x", "company.name": "Acme" }, optional)).toEqual({ title: "x", company: { name: "Acme" } });
    // Required: kept, so that the schema's check says what is missing…
    const required = fieldSpecsFromSchema({ type: "object", properties: { company: { type: "object", properties: { name: str, location: str }, required: ["name"] } }, required: ["company"] });
    expect(nestRow({ "company.location": "Berlin" }, required)).toEqual({ company: { location: "Berlin" } });
    // …and complete with the nulls its schema allows.
    const nullable = { type: ["string", "null"] };
    const allowed = fieldSpecsFromSchema({ type: "object", properties: { company: { type: "object", properties: { name: nullable, location: nullable }, required: ["name", "location"] } }, required: ["company"] });
    expect(nestRow({ "company.name": null, "company.location": null }, allowed)).toEqual({ company: { name: null, location: null } });
  });

  it("names the parts it does not fill (an object in an object), and leaves a path that is another field's name to that field", () => {
    const str = { type: "string" };
    const specs = fieldSpecsFromSchema({
      type: "object",
      properties: { "company.name": str, company: { type: "object", properties: { name: str, site: { type: "string", format: "uri" }, address: { type: "object", properties: { city: str } } } } },
    });
    expect(flattenObjectFields(specs).map((f) => f.name)).toEqual(["company.name", "company.site"]);
    expect(unfilledParts(specs)).toEqual(["company.address"]);
    // The top-level "company.name" keeps its value; the object gets only its own parts.
    expect(nestRow({ "company.name": "Top", "company.site": "https://acme.example/" }, specs)).toEqual({ "company.name": "Top", company: { site: "https://acme.example/" } });
    expect(unfilledParts(fields)).toEqual([]);
  });

  it("knows where each flat field sits in the nested row, dots in names included", () => {
    const str = { type: "string" };
    const specs = fieldSpecsFromSchema({ type: "object", properties: { "a.b": str, "company.info": { type: "object", properties: { website: { type: "string", format: "uri" } } } } });
    const paths = fieldPaths(specs);
    expect(paths.get("a.b")).toEqual(["a.b"]);
    expect(paths.get("company.info.website")).toEqual(["company.info", "website"]);
    const row = nestRow({ "a.b": "x", "company.info.website": "https://acme.example/" }, specs);
    expect(valueAtPath(row, paths.get("company.info.website")!)).toBe("https://acme.example/");
    expect(valueAtPath(row, ["company", "info"])).toBeUndefined();
  });

  it("changes nothing for a schema without object fields", () => {
    const flatFields = fieldSpecsFromSchema({ type: "object", properties: { a: { type: "string" }, "b.c": { type: "number" } } });
    expect(flattenObjectFields(flatFields)).toEqual(flatFields);
    const row = { a: "x", "b.c": 1 };
    expect(nestRow(row, flatFields)).toBe(row);
  });
});
