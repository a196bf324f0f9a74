import { describe, expect, it } from "vitest";
import { camelCase, fieldSpecsFromSchema } from "./spec";

describe("fieldSpecsFromSchema", () => {
  it("keeps property order, reads nullable type arrays, formats, enums and required", () => {
    const specs = fieldSpecsFromSchema({
      type: "object",
      required: ["name"],
      properties: {
        name: { type: "string", description: "full name" },
        url: { type: ["string", "null"], format: "uri" },
        status: { enum: ["open", "closed"] },
        score: { anyOf: [{ type: "number" }, { type: "null" }] },
      },
    });
    expect(specs).toEqual([
      { name: "name", type: "string", required: true, description: "full name" },
      { name: "url", type: "string", format: "uri", required: false, nullable: true },
      { name: "status", type: "string", required: false, enum: ["open", "closed"] },
      { name: "score", type: "number", required: false, nullable: true },
    ]);
  });

  it("makes no field of a property that must be absent (false), in the row or in an object", () => {
    const schema = { type: "object", properties: { a: { type: "string" }, gone: false, o: { type: "object", properties: { b: { type: "string" }, gone: false } } } };
    expect(fieldSpecsFromSchema(schema)).toEqual([
      { name: "a", type: "string", required: false },
      { name: "o", type: "object", required: false, properties: [{ name: "b", type: "string", required: false }] },
    ]);
  });

  it("reads an array schema's items", () => {
    expect(fieldSpecsFromSchema({ type: "array", items: { type: "object", properties: { a: { type: "integer" } } } })).toEqual([{ name: "a", type: "integer", required: false }]);
  });
});

describe("camelCase", () => {
  it("joins words", () => {
    expect(camelCase("profile page")).toBe("profilePage");
    expect(camelCase("Job-Title")).toBe("jobTitle");
    expect(camelCase("2nd price")).toBe("f2ndPrice");
    // Letters of any script are kept.
    expect(camelCase("Fläche")).toBe("fläche");
    expect(camelCase("Prix de vente")).toBe("prixDeVente");
    expect(camelCase("Цена за шт")).toBe("ценаЗаШт");
    expect(camelCase("価格")).toBe("価格");
    expect(camelCase("Année")).toBe("année");
  });
});
