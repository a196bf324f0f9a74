import { describe, expect, it } from "vitest";
import { applyFieldEdit, fieldsFromSchemaText, nextFieldName } from "./builder";
import { parseJson, stringifyJson } from "./ordered-json";
import { edit, names, parse, RICH } from "./builder-testing";

describe("fieldsFromSchemaText", () => {
  it("shows each property as a row, in order, with type, format, description and required", () => {
    const result = fieldsFromSchemaText(RICH);
    expect(result).toEqual({
      fields: [
        { name: "name", type: "string", format: "", description: "Full name", required: true },
        { name: "role", type: "string", format: "", description: "", required: true },
        { name: "profilePage", type: "string", format: "uri", description: "", required: false },
        { name: "skills", type: "array", format: "", description: "", required: false },
        { name: "address", type: "object", format: "", description: "", required: false },
      ],
    });
  });

  it("shows an empty text, an empty object and a schema without properties as an empty table", () => {
    expect(fieldsFromSchemaText("")).toEqual({ fields: [] });
    expect(fieldsFromSchemaText("  \n")).toEqual({ fields: [] });
    expect(fieldsFromSchemaText("{}")).toEqual({ fields: [] });
    expect(fieldsFromSchemaText('{"type":"object"}')).toEqual({ fields: [] });
  });

  it("says where text is not JSON, in the editor's words, never in JSON.parse's", () => {
    const text = '{\n  "type": "object",\n  "properties": {\n    "name": {"type": "string"}\n    "price": {"type": "number"}\n  }\n}';
    const error = "The schema is not valid JSON (line 5, column 5): a comma is missing before this property.";
    expect(fieldsFromSchemaText(text)).toEqual({ error, invalidJson: true });
    expect(applyFieldEdit(text, { kind: "add" })).toEqual({ error, invalidJson: true });
    expect(fieldsFromSchemaText('{"type": "object",}')).toMatchObject({ error: expect.stringContaining("(line 1, column 19): remove the comma before “}”") });
    expect(fieldsFromSchemaText('{"type": "object"}').constructor).toBe(Object);
    expect(fieldsFromSchemaText('{"type": "array"}')).not.toHaveProperty("invalidJson");
  });

  it("shows a format the table does not offer as written, and keeps it through edits", () => {
    const text = '{"type":"object","properties":{"added":{"type":"string","format":"time"}}}';
    const result = fieldsFromSchemaText(text);
    expect("fields" in result && result.fields).toEqual([{ name: "added", type: "string", format: "time", description: "", required: false }]);
    expect(parse(edit(text, { kind: "update", index: 0, patch: { description: "when it was added" } }))).toEqual({
      type: "object",
      properties: { added: { type: "string", format: "time", description: "when it was added" } },
    });
    expect(parse(edit(text, { kind: "update", index: 0, patch: { format: "date-time" } })).properties.added!.format).toBe("date-time");
  });

  it("keeps key order even for integer-like names, which plain objects would move first", () => {
    const result = fieldsFromSchemaText('{"type":"object","properties":{"b":{"type":"string"},"2024":{"type":"integer"},"a":{"type":"string"}}}');
    expect("fields" in result && result.fields.map((f) => f.name)).toEqual(["b", "2024", "a"]);
  });

  it.each([
    ["{", /not valid JSON/],
    ["[1, 2]", /must be a JSON object/],
    ['"object"', /must be a JSON object/],
    ['{"type":"array","items":{"type":"object"}}', /"type": "array"/],
    ['{"type":"object","properties":[]}', /"properties" must be an object/],
    ['{"type":"object","required":"name","properties":{}}', /"required" must be a list/],
    ['{"type":"object","properties":{"a":true}}', /“a”: its schema is true, not an object/],
    ['{"type":"object","properties":{"a":{"anyOf":[{"type":"string"},{"type":"null"}]}}}', /“a”: it has no “type”/],
    ['{"type":"object","properties":{"a":{"type":["string","number"]}}}', /“a”: its “type” is \[ "string", "number" \]/],
    ['{"type":"object","properties":{"a":{"type":"null"}}}', /“a”: its “type” is "null"/],
    ['{"type":"object","properties":{"a":{"type":"string","format":3}}}', /“a”: its “format” is 3, not text/],
    ['{"type":"object","properties":{"a":{"type":"string","description":3}}}', /“a”: its “description” is not text/],
  ])("explains why %s cannot be shown as a table", (text, message) => {
    const result = fieldsFromSchemaText(text);
    expect(result).toHaveProperty("error");
    expect("error" in result ? result.error : "").toMatch(message);
  });
});

describe("applyFieldEdit: round trip", () => {
  it("a no-op update returns semantically identical JSON, for every row and every shown property", () => {
    const result = fieldsFromSchemaText(RICH);
    if (!("fields" in result)) throw new Error(result.error);
    result.fields.forEach((field, index) => {
      for (const patch of [{}, { type: field.type }, { format: field.format }, { description: field.description }, { required: field.required }, { ...field }]) {
        const text = edit(RICH, { kind: "update", index, patch });
        expect(JSON.parse(text)).toEqual(JSON.parse(RICH));
        expect(text).toBe(stringifyJson((parseJson(RICH) as { value: never }).value));
      }
    });
  });

  it("re-serialises with 2-space indentation, keeping numbers exactly as written", () => {
    const text = edit(RICH, { kind: "update", index: 0, patch: {} });
    expect(text).toContain('\n  "title": "Engineer",\n');
    expect(text).toContain('"tags": [\n      "a",\n      1.50,\n      1e400\n    ]');
  });

  it("lays out exactly like JSON.stringify(value, null, 2)", () => {
    const value = { a: [], b: {}, c: [1, { d: "x\"\n\u2028" }], e: null, f: true, g: -0.5 };
    const parsed = parseJson(JSON.stringify(value));
    expect("value" in parsed && stringifyJson(parsed.value)).toBe(JSON.stringify(value, null, 2));
  });

  it("the table read back from the edited text equals the table edited", () => {
    const text = edit(RICH, { kind: "update", index: 2, patch: { description: "Their page", required: true } });
    const result = fieldsFromSchemaText(text);
    expect("fields" in result && result.fields[2]).toEqual({ name: "profilePage", type: "string", format: "uri", description: "Their page", required: true });
  });
});

describe("applyFieldEdit: add", () => {
  it("creates a row schema from an empty text", () => {
    expect(parse(edit("", { kind: "add" }))).toEqual({ type: "object", properties: { field1: { type: "string" } } });
    expect(edit("", { kind: "add", field: { name: "title" } })).toBe('{\n  "type": "object",\n  "properties": {\n    "title": {\n      "type": "string"\n    }\n  }\n}');
  });

  it("adds type object to an object without one, and properties where there were none", () => {
    expect(edit('{"title":"T"}', { kind: "add", field: { name: "a" } })).toBe(
      '{\n  "type": "object",\n  "title": "T",\n  "properties": {\n    "a": {\n      "type": "string"\n    }\n  }\n}',
    );
  });

  it("appends a new row with a free default name, keeping everything else", () => {
    const text = edit(RICH, { kind: "add" });
    expect(names(text)).toEqual(["name", "role", "profilePage", "skills", "address", "field6"]);
    const { properties, ...rest } = parse(text);
    const { properties: before, ...restBefore } = parse(RICH);
    expect(rest).toEqual(restBefore);
    expect({ ...properties, field6: undefined }).toEqual({ ...before, field6: undefined });
  });

  it("writes the given type, format, description and required", () => {
    const text = edit(RICH, { kind: "add", field: { name: "email", type: "string", format: "email", description: "Work email", required: true } });
    expect(parse(text).properties.email).toEqual({ type: "string", format: "email", description: "Work email" });
    expect(Object.keys(parse(text).properties.email!)).toEqual(["type", "format", "description"]);
    expect(parse(text).required).toEqual(["role", "name", "email"]);
  });

  it("refuses a taken or empty name", () => {
    expect(applyFieldEdit(RICH, { kind: "add", field: { name: "role" } })).toEqual({ error: "There is already a field called “role”." });
    expect(applyFieldEdit(RICH, { kind: "add", field: { name: " " } })).toEqual({ error: "A field needs a name." });
  });

  it("picks the next free default name", () => {
    expect(nextFieldName([])).toBe("field1");
    expect(nextFieldName(["a", "field2", "field3"])).toBe("field4");
  });
});

describe("applyFieldEdit: remove", () => {
  it("removes the row and its name from required, keeping the other names' order", () => {
    const text = edit(RICH, { kind: "remove", index: 0 });
    expect(names(text)).toEqual(["role", "profilePage", "skills", "address"]);
    expect(parse(text).required).toEqual(["role"]);
    expect(parse(text).additionalProperties).toBe(false);
  });

  it("drops the required keyword when its last name goes", () => {
    const once = edit(RICH, { kind: "remove", index: 1 });
    const twice = edit(once, { kind: "remove", index: 0 });
    expect(parse(twice)).not.toHaveProperty("required");
    expect(names(twice)).toEqual(["profilePage", "skills", "address"]);
  });

  it("keeps an empty required list the user wrote", () => {
    const text = edit('{"type":"object","properties":{"a":{"type":"string"}},"required":[]}', { kind: "remove", index: 0 });
    expect(parse(text)).toEqual({ type: "object", properties: {}, required: [] });
  });

  it("refuses a row that does not exist", () => {
    for (const index of [-1, 5, 1.5]) expect(applyFieldEdit(RICH, { kind: "remove", index })).toEqual({ error: "That field is no longer in the schema." });
    expect(applyFieldEdit("", { kind: "remove", index: 0 })).toHaveProperty("error");
  });
});

describe("applyFieldEdit: rename", () => {
  it("renames in place, keeping the field's schema and its place in required", () => {
    const text = edit(RICH, { kind: "rename", index: 0, name: "fullName" });
    expect(names(text)).toEqual(["fullName", "role", "profilePage", "skills", "address"]);
    expect(parse(text).properties.fullName).toEqual({ type: "string", minLength: 1, description: "Full name" });
    expect(parse(text).required).toEqual(["role", "fullName"]);
  });

  it("does not touch a nested object's own properties or required", () => {
    const text = edit(RICH, { kind: "rename", index: 4, name: "city" });
    expect(parse(text).properties.city).toEqual({ type: "object", properties: { city: { type: "string" } }, required: ["city"] });
    expect(parse(text).required).toEqual(["role", "name"]);
  });

  it("refuses an empty or taken name and leaves the text alone", () => {
    expect(applyFieldEdit(RICH, { kind: "rename", index: 0, name: "" })).toEqual({ error: "A field needs a name." });
    expect(applyFieldEdit(RICH, { kind: "rename", index: 0, name: "  " })).toEqual({ error: "A field needs a name." });
    expect(applyFieldEdit(RICH, { kind: "rename", index: 0, name: "role" })).toEqual({ error: "There is already a field called “role”." });
    expect(applyFieldEdit(RICH, { kind: "rename", index: 9, name: "x" })).toHaveProperty("error");
  });

  it("renaming to the same name changes nothing", () => {
    expect(JSON.parse(edit(RICH, { kind: "rename", index: 1, name: "role" }))).toEqual(JSON.parse(RICH));
  });

  it("handles names that are special to plain JavaScript objects", () => {
    const text = edit(RICH, { kind: "rename", index: 1, name: "__proto__" });
    expect(text).toContain('"__proto__": {');
    expect(names(text)).toContain("__proto__");
    expect(parse(text).required).toEqual(["__proto__", "name"]);
    const back = fieldsFromSchemaText(text);
    expect("fields" in back && back.fields[1]?.name).toBe("__proto__");
  });
});
