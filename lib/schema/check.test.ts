import { describe, expect, it } from "vitest";
import { templates as TEMPLATES } from "@/lib/compose/templates";
import { MAX_SCHEMA_BYTES, rowSchemaSchema } from "@/lib/extract/types";
import { checkRowSchemaText, hasSchemaErrors } from "./check";
import { parseJson, toValue } from "./json-ast";
import { FIELD_FORMATS, FIELD_TYPES, metaSchema } from "./meta-schema";
import { check, errors, only, row } from "./check-testing";

describe("checkRowSchemaText: text and syntax", () => {
  it("empty or blank text is no schema and no problem", () => {
    expect(checkRowSchemaText("")).toEqual({ schema: null, problems: [] });
    expect(checkRowSchemaText("  \n\t ")).toEqual({ schema: null, problems: [] });
  });

  it("a good schema comes back as a value, with no problem", () => {
    const schema = row({ name: { type: "string", description: "full name" }, url: { type: "string", format: "uri" } }, { required: ["name"] });
    expect(check(schema)).toEqual({ schema, problems: [] });
  });

  it("a missing comma is an error at its line and column", () => {
    const text = '{\n  "type": "object",\n  "properties": {\n    "a": { "type": "string" }\n    "b": { "type": "string" }\n  }\n}';
    const r = check(text);
    expect(r.schema).toBeNull();
    const p = only(r);
    expect(p).toMatchObject({ severity: "error", path: "", line: 5, column: 5 });
    expect(p.message).toBe("The schema is not valid JSON: a comma is missing before this property.");
  });

  it("a trailing comma is named as such", () => {
    const p = only(check('{"type": "object",\n}'));
    expect(p.message).toContain("remove the comma before “}”");
    expect(p).toMatchObject({ line: 2, column: 1 });
    expect(only(check('{"type": "object", "required": ["a",]}')).message).toContain("remove the comma before “]”");
  });

  it("single quotes, curly quotes, unquoted names and comments each get their own sentence", () => {
    expect(only(check("{'type': 'object'}")).message).toContain("double quotes (\"), not single quotes");
    expect(only(check("{“type”: “object”}")).message).toContain("not curly quotes");
    expect(only(check('{type: "object"}')).message).toContain('property names must be in double quotes: write “"type"”');
    expect(only(check('{"type": "object" // a row\n}')).message).toContain("JSON does not allow comments");
    expect(only(check('{"type": "object" /* a row */}')).message).toContain("JSON does not allow comments");
  });

  it("text that ends too early points at the end", () => {
    const p = only(check('{\n  "type": "object",\n  "properties": {'));
    expect(p.message).toContain("ends too early");
    expect(p).toMatchObject({ line: 3, column: 18 });
  });

  it("bad literals and numbers are explained", () => {
    expect(only(check('{"type": "object", "additionalProperties": True}')).message).toContain("“True” is not a JSON value");
    expect(only(check('{"type": "object", "x": 01}')).message).toContain("“01” is not a valid JSON number");
    expect(only(check('{"type": "object", "x": 1.}')).message).toContain("“1.” is not a valid JSON number");
    expect(only(check('{"type": "object", "x": undefined}')).message).toContain("“undefined” is not a JSON value");
  });

  it("strings: missing quote, line breaks, bad escapes", () => {
    expect(only(check('{"type": "object", "title": "abc}')).message).toContain("missing its closing double quote");
    expect(only(check('{"type": "object", "title": "a\nb"}')).message).toContain("cannot span lines");
    expect(only(check('{"type": "object", "properties": {}, "title": "C:\\qux"}')).message).toContain("“\\q” is not a valid escape");
    expect(only(check('{"type": "object", "title": "\\x41"}')).message).toContain("“\\x” is not a valid escape");
    expect(only(check('{"type": "object", "title": "\\u12"}')).message).toContain("four hexadecimal digits");
  });

  it("text after the schema is an error", () => {
    expect(only(check('{"type": "object"} {"type": "object"}')).message).toContain("more text after the end");
  });

  it("a missing colon names the property", () => {
    expect(only(check('{"type" "object"}')).message).toContain("a colon (:) is missing after “type”");
  });

  it("missing comma between list items", () => {
    expect(only(check('{"type": "object", "required": ["a" "b"]}')).message).toContain("a comma is missing between two items");
  });

  it("parses escapes, unicode and numbers as JSON.parse does", () => {
    const text = '{"a": "x\\n\\"y\\" \\u00e9 \\/ \\\\", "b": [1, -2.5e3, 0, true, false, null], "c": {}}';
    const parsed = parseJson(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(toValue(parsed.node)).toEqual(JSON.parse(text));
  });

  it("keeps __proto__ as an ordinary key", () => {
    const parsed = parseJson('{"__proto__": {"polluted": true}}');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const value = toValue(parsed.node) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a byte-order mark and CRLF line endings are fine", () => {
    const r = check('\uFEFF{\r\n  "type": "object",\r\n  "properties": { "a": { "type": "strin" } }\r\n}');
    expect(only(r)).toMatchObject({ line: 3, column: 34, endColumn: 41, path: "/properties/a/type" });
  });

  it("very deep nesting is refused, not a stack overflow", () => {
    const r = check("[".repeat(5000) + "]".repeat(5000));
    expect(only(r).message).toContain("nested too deeply");
  });
});

describe("checkRowSchemaText: the rules of rowSchemaSchema", () => {
  it("the top level must be an object", () => {
    for (const text of ["[]", '"object"', "42", "null"]) {
      const r = check(text);
      expect(r.schema).toBeNull();
      expect(only(r).message).toContain("must be a JSON object");
    }
  });

  it("the top-level type must be object", () => {
    const missing = errors(check({ properties: { a: {} } }))[0]!;
    expect(missing.message).toContain('add "type": "object"');
    expect(missing.severity).toBe("error");
    const array = errors(check({ type: "array", items: { type: "object", properties: { a: { type: "string" } } } }));
    expect(array[0]).toMatchObject({ path: "/type" });
    expect(array[0]!.message).toContain("the result is always a list of rows");
  });

  it("properties must be an object", () => {
    const r = check({ type: "object", properties: ["a", "b"] });
    expect(errors(r)).toEqual([expect.objectContaining({ path: "/properties", message: "The schema's “properties” must be an object." })]);
  });

  it("the schema may be 64 KB at most", () => {
    const big = row({ a: { type: "string", description: "x".repeat(MAX_SCHEMA_BYTES) } });
    const r = check(big);
    expect(r.schema).toBeNull();
    expect(errors(r).map((p) => p.message)).toEqual(["The schema is too large (64 KB at most)."]);
  });

  it("whenever the checker accepts a schema, rowSchemaSchema does too", () => {
    const samples = [
      row({ a: { type: "string" } }),
      { type: "object" },
      row({}, { title: "T", description: "D", additionalProperties: false, $schema: "http://json-schema.org/draft-07/schema#" }),
      ...TEMPLATES.map((t) => t.schema).filter((s) => s !== null),
    ];
    for (const s of samples) {
      const r = check(s);
      expect(hasSchemaErrors(r.problems), JSON.stringify(r.problems)).toBe(false);
      expect(rowSchemaSchema.safeParse(r.schema).success).toBe(true);
    }
  });
});

describe("metaSchema", () => {
  it("describes every keyword it declares", () => {
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== "object") return;
      const n = node as Record<string, unknown>;
      if (n.properties && typeof n.properties === "object") {
        for (const [k, v] of Object.entries(n.properties as Record<string, unknown>)) {
          expect(typeof (v as Record<string, unknown>).description, `${path}/${k}`).toBe("string");
          walk(v, `${path}/${k}`);
        }
      }
    };
    walk(metaSchema, "");
    walk(metaSchema.definitions.field, "/definitions/field");
  });

  it("offers exactly the types the checker accepts and the formats the engine types", () => {
    expect(metaSchema.definitions.field.properties.format.enum).toEqual([...FIELD_FORMATS]);
    expect(JSON.stringify(metaSchema.definitions.field.properties.type)).toContain(JSON.stringify([...FIELD_TYPES]));
  });

  it("is plain JSON (Monaco receives it through a worker message)", () => {
    expect(JSON.parse(JSON.stringify(metaSchema))).toEqual(metaSchema);
  });
});
