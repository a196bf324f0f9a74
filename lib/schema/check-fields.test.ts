// The checker's rules for fields (check-fields.ts), through checkRowSchemaText.
import { describe, expect, it } from "vitest";
import { templates as TEMPLATES } from "@/lib/compose/templates";
import { fullFormats } from "ajv-formats/dist/formats";
import { hasSchemaErrors, VALIDATED_FORMATS } from "./check";
import { FIELD_FORMATS } from "./meta-schema";
import { check, errors, only, row, warnings } from "./check-testing";

describe("checkRowSchemaText: fields", () => {
  it("every built-in template is free of problems", () => {
    for (const t of TEMPLATES) if (t.schema) expect(check(t.schema).problems, t.label).toEqual([]);
  });

  it("an invalid type is an error with the analyst's sentence and a pointer", () => {
    const r = check(row({ price: { type: "money" } }));
    expect(r.schema).toBeNull();
    const p = only(r);
    expect(p).toMatchObject({ severity: "error", path: "/properties/price/type", line: 5, column: 15, endLine: 5, endColumn: 22 });
    expect(p.message).toBe("“type” of “price” must be one of string, number, integer, boolean, array, object.");
  });

  it("suggests the right type for near misses and common words", () => {
    expect(only(check(row({ a: { type: "strin" } }))).message).toContain("(did you mean “string”?)");
    expect(only(check(row({ a: { type: "String" } }))).message).toContain("write it in lower case: “string”");
    expect(only(check(row({ a: { type: "int" } }))).message).toContain("did you mean “integer”?");
    expect(only(check(row({ a: { type: "float" } }))).message).toContain("did you mean “number”?");
    expect(only(check(row({ a: { type: "url" } }))).message).toContain('"format": "uri"');
    expect(only(check(row({ a: { type: "date" } }))).message).toContain('"format": "date"');
  });

  it("type lists may add null; other members are errors", () => {
    expect(check(row({ a: { type: ["string", "null"] } })).problems).toEqual([]);
    const bad = only(check(row({ a: { type: ["string", "nul"] } })));
    expect(bad).toMatchObject({ severity: "error", path: "/properties/a/type/1" });
    expect(only(check(row({ a: { type: [] } }))).message).toContain("the list is empty");
    expect(only(check(row({ a: { type: "null" } })))).toMatchObject({ severity: "warning", message: expect.stringContaining("can only be “null”") });
    expect(only(check(row({ a: { type: ["null"] } })))).toMatchObject({ severity: "warning", message: expect.stringContaining("can only be “null”") });
    // JSON Schema wants the types distinct: the server refuses a repeat, so it blocks Run.
    expect(only(check(row({ a: { type: ["string", "string"] } })))).toMatchObject({ severity: "error", path: "/properties/a/type/1", message: "“type” of “a” lists “string” twice; list each type once." });
    expect(only(check(row({ a: { type: 3 } }))).severity).toBe("error");
  });

  it("any format is allowed, as in JSON Schema: one the engine does not type is a warning, never an error", () => {
    const p = only(check(row({ link: { type: "string", format: "link" } })));
    expect(p).toMatchObject({ severity: "warning", path: "/properties/link/format" });
    expect(p.message).toBe(
      "“format” of “link”: “link” is passed on as written. The embedded engine types only uri, email, date, date-time; it reads this field as text and does not check it.",
    );
    // The analyst's schema: POST /api/extract and /v1/extract take it, so Run must too.
    const r = check(row({ added: { type: "string", format: "time" }, id: { type: "string", format: "uuid" }, price: { type: "string", format: "currency" } }));
    expect(hasSchemaErrors(r.problems)).toBe(false);
    expect(r.schema).not.toBeNull();
    expect(r.problems.map((x) => [x.severity, x.path])).toEqual([
      ["warning", "/properties/added/format"],
      ["warning", "/properties/id/format"],
      ["warning", "/properties/price/format"],
    ]);
    expect(r.problems[0]!.message).toContain("drops rows whose value is not a valid “time”");
    expect(r.problems[2]!.message).toContain("does not check it");
    expect(only(check(row({ a: { type: "string", format: 3 } })))).toMatchObject({ severity: "error", path: "/properties/a/format" });
    const alias = only(check(row({ link: { type: "string", format: "url" } })));
    expect(alias.severity).toBe("warning");
    expect(alias.message).toContain("the standard name is “uri”");
    for (const f of FIELD_FORMATS) expect(check(row({ a: { type: "string", format: f } })).problems).toEqual([]);
  });

  it("knows which formats the engine's row validator checks (ajv-formats)", () => {
    expect([...VALIDATED_FORMATS].sort()).toEqual(Object.keys(fullFormats).sort());
  });

  it("a format on a non-text field is a warning", () => {
    expect(only(check(row({ n: { type: "number", format: "uri" } }))).severity).toBe("warning");
  });

  it("required must name properties", () => {
    const r = check(row({ name: { type: "string" } }, { required: ["name", "sku"] }));
    expect(r.schema).toBeNull();
    const p = only(r);
    expect(p).toMatchObject({ severity: "error", path: "/required/1" });
    expect(p.message).toBe("“required” names “sku”, which is not a property.");
  });

  it("required must be a list of names; required: true on a field says where to put it", () => {
    expect(only(check(row({ a: { type: "string" } }, { required: "a" }))).message).toContain("must be a list of field names");
    expect(only(check(row({ a: { type: "string" } }, { required: [1] }))).message).toContain("field names in double quotes");
    const p = only(check(row({ a: { type: "string", required: true } })));
    expect(p).toMatchObject({ severity: "error", path: "/properties/a/required" });
    expect(p.message).toContain("add “a” to the “required” list of the object that contains it");
    expect(only(check(row({ a: { type: "string" } }, { required: ["a", "a"] })))).toMatchObject({ severity: "error", path: "/required/1", message: "“required” names “a” twice; list each field once." });
    expect(errors(check({ type: "object", required: ["a"] }))[0]!.message).toContain("but there are no “properties”");
  });

  it("nested objects and arrays are checked with their own required", () => {
    const schema = row({
      offer: { type: "object", properties: { price: { type: "number" }, currency: { type: "string" } }, required: ["price", "sku"] },
      tags: { type: "array", items: { type: "strng" } },
    });
    const r = check(schema);
    expect(r.problems.map((p) => [p.severity, p.path, p.message])).toEqual([
      ["warning", "/properties/offer/required/1", "“required” of “offer” names “sku”, which is not a property of “offer”. Rows whose “offer” lacks it are dropped."],
      ["error", "/properties/tags/items/type", "“type” of “tags[]” must be one of string, number, integer, boolean, array, object (did you mean “string”?)."],
    ]);
  });

  it("a field must be an object", () => {
    const p = only(check(row({ name: "string" })));
    expect(p).toMatchObject({ severity: "error", path: "/properties/name" });
    expect(p.message).toContain('must be an object that describes the field, e.g. { "type": "string" }');
  });

  it("a boolean schema as a field, items or alternative is valid JSON Schema, so only advice", () => {
    const r = check(row({ any: true, none: false, tags: { type: "array", items: false }, note: { anyOf: [true, { type: "null" }] } }));
    expect(errors(r)).toEqual([]);
    expect(r.schema).not.toBeNull();
    expect(warnings(r).map((p) => [p.path, p.message])).toEqual([
      ["/properties/any", "“any” is true: any value is allowed, and it will be read as text (“string”). Describe it instead, e.g. { \"type\": \"string\" }."],
      ["/properties/none", "“none” is false: no value is allowed, so rows with a value there are dropped. Describe it instead, e.g. { \"type\": \"string\" }."],
      ["/properties/tags/items", "“tags[]” is false: no value is allowed, so rows with a value there are dropped. Describe it instead, e.g. { \"type\": \"string\" }."],
      ["/properties/note/anyOf/0", "Alternative 1 of “anyOf” of “note” is true, so “note” allows any value."],
    ]);
  });

  it("a $schema the studio does not implement is an error naming the drafts it does", () => {
    for (const uri of ["http://json-schema.org/draft-04/schema#", "http://json-schema.org/draft-06/schema#", "draft-07"]) {
      const p = only(check({ $schema: uri, ...row({ a: { type: "string" } }) }));
      expect(p).toMatchObject({ severity: "error", path: "/$schema" });
      expect(p.message).toContain("a JSON Schema draft the studio does not implement. It reads draft-07");
    }
    expect(check({ $schema: "https://json-schema.org/draft/2019-09/schema", ...row({ a: { type: "string" } }) }).problems).toEqual([]);
  });

  it("unknown keywords are warnings, with a suggestion for typos", () => {
    const r = check(row({ price: { type: "number", desciption: "in euros" } }));
    expect(r.schema).not.toBeNull();
    const p = only(r);
    expect(p).toMatchObject({ severity: "warning", path: "/properties/price/desciption", line: 6, column: 7 });
    expect(p.message).toBe("“desciption” on “price” is not a keyword the studio knows; it will be ignored. Did you mean “description”?");
    expect(only(check({ ...row({ a: { type: "string" } }), propertys: {} })).message).toContain("Did you mean “properties”?");
  });

  it("standard JSON Schema keywords are passed on with a warning", () => {
    const p = only(check(row({ name: { type: "string", minLength: 2 } })));
    expect(p.severity).toBe("warning");
    expect(p.message).toBe("“minLength” on “name” is passed on as written; rows that do not satisfy it may be dropped.");
  });

  it("enum must be a non-empty list", () => {
    expect(check(row({ s: { enum: ["open", "closed"] } })).problems).toEqual([]);
    expect(only(check(row({ s: { enum: [] } }))).severity).toBe("error");
    expect(only(check(row({ s: { enum: "open" } }))).severity).toBe("error");
    // Draft-07's meta-schema (the default) refuses a repeated value; 2020-12's allows it.
    expect(only(check(row({ s: { enum: ["a", "a"] } })))).toMatchObject({ severity: "error", message: "“enum” of “s” lists \"a\" twice; list each value once." });
    const later = { $schema: "https://json-schema.org/draft/2020-12/schema", ...row({ s: { enum: ["a", "a"] } }) };
    expect(only(check(later))).toMatchObject({ severity: "warning", message: "“enum” of “s” lists \"a\" twice." });
  });

  it("description and title must be text", () => {
    expect(only(check(row({ a: { type: "string", description: 3 } }))).message).toBe("“description” of “a” must be text in double quotes.");
    expect(errors(check({ type: "object", properties: {}, title: false }))[0]!.message).toBe("The schema's “title” must be text in double quotes.");
  });

  it("a field without a type is a warning (read as text)", () => {
    const p = only(check(row({ a: { description: "something" } })));
    expect(p.severity).toBe("warning");
    expect(p.message).toContain("has no “type”");
  });

  it("anyOf with a null alternative is accepted; bad alternatives are checked", () => {
    expect(check(row({ u: { anyOf: [{ type: "string", format: "uri" }, { type: "null" }] } })).problems).toEqual([]);
    expect(only(check(row({ u: { anyOf: [{ type: "string", format: "link" }, { type: "null" }] } }))).path).toBe("/properties/u/anyOf/0/format");
    expect(only(check(row({ u: { anyOf: [] } }))).severity).toBe("error");
  });

  it("items or properties that do not fit the type are warnings", () => {
    expect(only(check(row({ a: { type: "string", items: { type: "string" } } }))).severity).toBe("warning");
    expect(only(check(row({ a: { type: "string", properties: { b: { type: "string" } } } }))).severity).toBe("warning");
  });

  it("a duplicated field is a warning; the last one counts", () => {
    const text = '{"type": "object", "properties": {"a": {"type": "string"}, "a": {"type": "number"}}}';
    const r = check(text);
    expect(only(r).severity).toBe("warning");
    expect(only(r).message).toContain("The field “a” is defined twice");
    expect(r.schema).toEqual(JSON.parse(text));
  });

  it("an empty schema or one without properties gets a warning, not an error", () => {
    expect(only(check({ type: "object" }))).toMatchObject({ severity: "warning" });
    expect(only(check({ type: "object", properties: {} }))).toMatchObject({ severity: "warning", path: "/properties" });
  });

  it("escapes ~ and / in JSON pointers", () => {
    expect(only(check(row({ "a/b~c": { type: "x" } }))).path).toBe("/properties/a~1b~0c/type");
  });

  it("problems are in document order and warnings do not block", () => {
    const r = check(row({ a: { type: "string", foo: 1 }, b: { type: "nope" } }));
    expect(r.problems.map((p) => p.severity)).toEqual(["warning", "error"]);
    expect(r.schema).toBeNull();
    const w = check(row({ a: { type: "string", foo: 1 } }));
    expect(warnings(w)).toHaveLength(1);
    expect(w.schema).not.toBeNull();
  });

  it("every problem in a file has a place and an end after its start", () => {
    const r = check(row({ a: { type: "x", format: "y", zzz: 1 }, b: 3 }, { required: ["c"] }));
    expect(r.problems.length).toBeGreaterThanOrEqual(5);
    for (const p of r.problems) {
      expect(p.line).toBeGreaterThan(0);
      expect(p.column).toBeGreaterThan(0);
      expect(p.endLine! > p.line! || (p.endLine === p.line && p.endColumn! >= p.column!)).toBe(true);
      expect(p.message).toMatch(/^[“A-Z].*[.?)]$/);
    }
  });
});
