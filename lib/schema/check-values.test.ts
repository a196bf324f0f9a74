import { describe, expect, it } from "vitest";
import { checkRowSchemaText, type SchemaProblem } from "./check";

const check = (value: unknown) => checkRowSchemaText(typeof value === "string" ? value : JSON.stringify(value, null, 2));
const row = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: "object", properties, ...extra });
const only = (r: { problems: SchemaProblem[] }) => {
  expect(r.problems).toHaveLength(1);
  return r.problems[0]!;
};
/** The one error (a keyword that holds schemas, such as allOf or definitions, is also advice of its own). */
const theError = (r: { problems: SchemaProblem[] }) => {
  const errors = r.problems.filter((p) => p.severity === "error");
  expect(errors).toHaveLength(1);
  return errors[0]!;
};
const LATER = "https://json-schema.org/draft/2020-12/schema";

describe("checkRowSchemaText: what the server refuses blocks Run, said in a sentence", () => {
  it("a minimum written as text", () => {
    const r = check(row({ score: { type: "number", minimum: "0" } }));
    expect(r.schema).toBeNull();
    expect(only(r)).toMatchObject({
      severity: "error",
      path: "/properties/score/minimum",
      message: "“minimum” of “score” must be a number, not text (\"0\").",
      line: 6,
      column: 18,
    });
  });

  it("a pattern that is not a regular expression, in the Unicode mode JSON Schema reads it in", () => {
    expect(only(check(row({ name: { type: "string", pattern: "([" } })))).toMatchObject({
      severity: "error",
      path: "/properties/name/pattern",
      message: "“pattern” of “name” is not a valid regular expression: unterminated character class.",
    });
    const lax = only(check(row({ code: { type: "string", pattern: "^\\-\\d+$" } })));
    expect(lax.severity).toBe("error");
    expect(lax.message).toContain("invalid escape. JSON Schema reads patterns in Unicode mode");
    const keys = only(check(row({ meta: { type: "object", patternProperties: { "([": { type: "string" } } } })));
    expect(keys).toMatchObject({ severity: "error", path: "/properties/meta/patternProperties/([" });
    expect(keys.message).toBe("The pattern \"([\" in “patternProperties” of “meta” is not a valid regular expression: unterminated character class.");
  });

  it("a $ref that points at nothing, with the definition it probably meant", () => {
    expect(only(check(row({ x: { $ref: "#/defs/x" } })))).toMatchObject({
      severity: "error",
      path: "/properties/x/$ref",
      message: "“$ref” of “x” (\"#/defs/x\") points at nothing in this schema. Point it at a part of this schema, e.g. \"#/definitions/name\".",
    });
    const meant = theError(check(row({ x: { $ref: "#/defs/money" } }, { definitions: { money: { type: "number" } } })));
    expect(meant.message).toBe("“$ref” of “x” (\"#/defs/money\") points at nothing in this schema. Did you mean \"#/definitions/money\"?");
    expect(theError(check(row({ x: { $ref: "definitions/money" } }, { $defs: { money: { type: "number" } } }))).message).toContain('Did you mean "#/$defs/money"?');
    const remote = only(check(row({ x: { $ref: "https://example.com/money.json" } })));
    expect(remote.severity).toBe("error");
    expect(remote.message).toContain("points at another document (\"https://example.com/money.json\"), which the studio does not fetch");
  });

  it("a $ref that resolves is passed on: #/definitions, #/$defs, escapes, anchors, the whole schema", () => {
    const fine = [
      row({ x: { $ref: "#/definitions/money" } }, { definitions: { money: { type: "number" } } }),
      row({ x: { $ref: "#/$defs/money" } }, { $defs: { money: { type: "number" } } }),
      row({ x: { $ref: "#/definitions/a~1b~0c%20d" } }, { definitions: { "a/b~c d": { type: "number" } } }),
      row({ x: { $ref: "#money" } }, { $defs: { money: { $anchor: "money", type: "number" } } }),
      row({ x: { $ref: "#" } }),
      row({ x: { type: "string" }, y: { $ref: "#/properties/x" } }),
    ];
    for (const schema of fine) {
      const r = check(schema);
      expect(r.problems.filter((p) => p.severity === "error"), JSON.stringify(schema)).toEqual([]);
      expect(r.schema).not.toBeNull();
    }
  });

  it("a broken $ref in a definition nothing uses is not an error: the server never follows it", () => {
    expect(check(row({ a: { type: "string" } }, { definitions: { old: { $ref: "#/nope" } } })).problems.map((p) => p.severity)).toEqual(["warning"]);
  });

  it("every keyword's value is checked as the server checks it", () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ type: "string", minLength: "3" }, "/properties/a/minLength", "“minLength” of “a” must be a whole number (0 or more), not text (\"3\")."],
      [{ type: "string", maxLength: 2.5 }, "/properties/a/maxLength", "“maxLength” of “a” must be a whole number (0 or more), not 2.5."],
      [{ type: "array", minItems: -1 }, "/properties/a/minItems", "“minItems” of “a” must be a whole number (0 or more), not -1."],
      [{ type: "number", multipleOf: 0 }, "/properties/a/multipleOf", "“multipleOf” of “a” must be a number greater than 0, not 0."],
      [{ type: "number", exclusiveMaximum: true }, "/properties/a/exclusiveMaximum", "“exclusiveMaximum” of “a” must be a number, not true."],
      [{ type: "array", uniqueItems: "yes" }, "/properties/a/uniqueItems", "“uniqueItems” of “a” must be true or false, not text (\"yes\")."],
      [{ type: "string", examples: "x" }, "/properties/a/examples", "“examples” of “a” must be a list in square brackets, not text (\"x\")."],
      [{ type: "string", $comment: 3 }, "/properties/a/$comment", "“$comment” of “a” must be text in double quotes, not 3."],
      [{ type: "string", not: [] }, "/properties/a/not", "“not” of “a” must be a schema: an object such as { \"type\": \"string\" }, or true or false; not a list."],
      [{ type: "string", allOf: [] }, "/properties/a/allOf", "“allOf” of “a” is empty; list at least one schema."],
      [{ type: "string", allOf: [{ minLength: "1" }] }, "/properties/a/allOf/0/minLength", "“minLength” of “a” must be a whole number (0 or more), not text (\"1\")."],
      [{ type: "array", contains: "x" }, "/properties/a/contains", "“contains” of “a” must be a schema: an object such as { \"type\": \"string\" }, or true or false; not text (\"x\")."],
      [{ type: "object", additionalProperties: { minimum: "1" } }, "/properties/a/additionalProperties/minimum", "“minimum” of the other fields of “a” must be a number, not text (\"1\")."],
      [{ type: "string", nullable: true, readOnly: 1 }, "/properties/a/readOnly", "“readOnly” of “a” must be true or false, not 1."],
    ];
    for (const [field, path, message] of cases) {
      const p = theError(check(row({ a: field })));
      expect({ severity: p.severity, path: p.path, message: p.message }, JSON.stringify(field)).toEqual({ severity: "error", path, message });
    }
  });

  it("the sentences the field rules already had are errors too: required, enum, items, type", () => {
    expect(only(check(row({ name: { type: "string" } }, { required: "name" }))).message).toBe("“required” must be a list of field names, e.g. [\"name\"].");
    expect(only(check(row({ s: { enum: "a" } }))).message).toBe("“enum” of “s” must be a list of the allowed values, e.g. [\"new\", \"used\"].");
    expect(only(check(row({ tags: { type: "array", items: 3 } })))).toMatchObject({ severity: "error", path: "/properties/tags/items" });
    expect(only(check(row({ a: { type: ["string", "string"] } }))).severity).toBe("error");
  });

  it("definitions and the schema's own keywords are checked where they are", () => {
    const r = check(row({ a: { type: "string" } }, { definitions: { money: { type: "number", minimum: "0" } } }));
    expect(theError(r)).toMatchObject({ path: "/definitions/money/minimum", message: "“minimum” of “definitions.money” must be a number, not text (\"0\")." });
    expect(theError(check(row({ a: { type: "string" } }, { definitions: 3 })))).toMatchObject({ path: "/definitions" });
    expect(only(check(row({ a: { type: "string" } }, { additionalProperties: 3 })))).toMatchObject({
      severity: "error",
      message: "“additionalProperties” of the schema must be true or false, or a schema that every other field must match; not 3.",
    });
  });

  it("OpenAPI's nullable, which the server's Ajv reads, needs a type and true or false", () => {
    expect(check(row({ a: { type: "string", nullable: true } })).problems).toEqual([]);
    expect(only(check(row({ a: { nullable: true } })))).toMatchObject({
      severity: "error",
      path: "/properties/a/nullable",
      message: "“nullable” of “a” only works beside a “type”: write \"type\": [\"string\", \"null\"] for a value that may be missing.",
    });
    expect(only(check(row({ a: { type: "string", nullable: "yes" } }))).message).toBe("“nullable” of “a” must be true or false, not text (\"yes\").");
    expect(only(check(row({ a: { type: ["string", "null"], nullable: false } }))).message).toContain("is false, but its “type” allows \"null\"");
  });

  it("follows the schema's dialect: 2020-12's items and prefixItems, 2019-09's $id without a fragment", () => {
    const later = (properties: Record<string, unknown>) => ({ $schema: LATER, ...row(properties) });
    expect(only(check(later({ a: { type: "array", prefixItems: 3 } })))).toMatchObject({ severity: "error", path: "/properties/a/prefixItems" });
    // In draft-07 prefixItems is no keyword at all: Ajv ignores it, and so does the page (with advice).
    expect(only(check(row({ a: { type: "array", prefixItems: 3 } })))).toMatchObject({ severity: "warning" });
    expect(only(check({ $schema: "https://json-schema.org/draft/2019-09/schema", ...row({ a: { type: "string", $id: "#a" } }) })).message).toContain(
      "may not end in a fragment",
    );
  });

  it("a valid passed-on keyword is advice; a wrong one is only the error", () => {
    const ok = only(check(row({ score: { type: "number", minimum: 0 } })));
    expect(ok).toMatchObject({ severity: "warning", message: "“minimum” on “score” is passed on as written; rows that do not satisfy it may be dropped." });
    const bad = check(row({ score: { type: "number", minimum: "0" } }));
    expect(bad.problems.map((p) => p.severity)).toEqual(["error"]);
  });
});
