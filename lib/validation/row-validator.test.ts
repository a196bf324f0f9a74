import { describe, expect, it } from "vitest";
import { compileRowValidator, fieldsOfErrors, ROW_LEVEL } from "./row-validator";

const schema = {
  type: "object",
  required: ["id", "name", "url"],
  properties: {
    id: { type: "integer" },
    name: { type: "string", minLength: 1 },
    price: { type: "number", minimum: 0 },
    inStock: { type: "boolean" },
    note: { type: ["string", "null"] },
    category: { enum: ["garden", "home", "kitchen"] },
    url: { type: "string", format: "uri" },
    email: { type: "string", format: "email" },
    released: { type: "string", format: "date" },
    updatedAt: { type: "string", format: "date-time" },
    tags: { type: "array", items: { type: "string" } },
    address: {
      type: "object",
      required: ["city"],
      properties: { city: { type: "string" }, zip: { type: "string", pattern: "^[0-9]{5}$" } },
    },
    "a/b": { type: "integer" },
  },
};

const good = {
  id: 1,
  name: "Desk Lamp",
  price: 12.5,
  inStock: true,
  note: null,
  category: "home",
  url: "https://shop.example/items/1",
  email: "sales@shop.example",
  released: "2024-02-29",
  updatedAt: "2024-03-01T10:20:30Z",
  tags: ["a", "b"],
  address: { city: "Köln", zip: "50667" },
  "a/b": 3,
};

describe("compileRowValidator", () => {
  const validate = compileRowValidator(schema);

  it("passes a valid row (null verdict)", () => {
    expect(validate(good)).toBeNull();
    expect(validate({ id: 2, name: "x", url: "http://a.example/" })).toBeNull();
  });

  it("without a schema, every row is valid", () => {
    expect(compileRowValidator(null)({ anything: 1 })).toBeNull();
    expect(compileRowValidator(undefined)("not even an object")).toBeNull();
  });

  it("reads a row's own properties only: a row without 'constructor' has none", () => {
    const v = compileRowValidator({ type: "object", properties: { constructor: { type: "string" }, toString: { type: "string" } }, required: ["toString"] });
    expect(v({ toString: "x" })).toBeNull();
    expect(v({ constructor: "Red Bull", toString: "x" })).toBeNull();
    expect(v({ constructor: 3, toString: "x" })).toEqual(["constructor"]);
    expect(v({ constructor: "Red Bull" })).toEqual(["toString"]);
  });

  it("reports type errors on the field", () => {
    expect(validate({ ...good, id: 1.5 })).toEqual(["id"]);
    expect(validate({ ...good, id: "1" })).toEqual(["id"]);
    expect(validate({ ...good, price: "12.50" })).toEqual(["price"]);
    expect(validate({ ...good, inStock: "yes" })).toEqual(["inStock"]);
    expect(validate({ ...good, note: 3 })).toEqual(["note"]);
    expect(validate({ ...good, price: -1 })).toEqual(["price"]);
    expect(validate({ ...good, name: "" })).toEqual(["name"]);
  });

  it("checks formats: uri, email, date, date-time", () => {
    expect(validate({ ...good, url: "not a url" })).toEqual(["url"]);
    expect(validate({ ...good, email: "nobody" })).toEqual(["email"]);
    expect(validate({ ...good, released: "2023-02-29" })).toEqual(["released"]);
    expect(validate({ ...good, released: "29/02/2024" })).toEqual(["released"]);
    expect(validate({ ...good, updatedAt: "2024-03-01 10:20" })).toEqual(["updatedAt"]);
    expect(validate({ ...good, updatedAt: "2024-03-01T10:20:30+01:00" })).toBeNull();
  });

  it("names the missing property of a required error", () => {
    const { name: _name, url: _url, ...rest } = good;
    expect(validate(rest)).toEqual(["name", "url"]);
  });

  it("checks enums", () => {
    expect(validate({ ...good, category: "toys" })).toEqual(["category"]);
  });

  it("reports nested problems on the top-level field, once", () => {
    expect(validate({ ...good, address: { zip: "5066" } })).toEqual(["address"]);
    expect(validate({ ...good, address: { city: 7 } })).toEqual(["address"]);
    expect(validate({ ...good, tags: ["a", 2, 3] })).toEqual(["tags"]);
  });

  it("collects every invalid field of a row (allErrors), in order, without repeats", () => {
    expect(validate({ ...good, id: "x", url: "nope", tags: [1, 2], category: "toys" })).toEqual(["id", "category", "url", "tags"]);
  });

  it("unescapes JSON Pointer segments", () => {
    expect(validate({ ...good, "a/b": "3" })).toEqual(["a/b"]);
  });

  it('reports whole-row problems as ""', () => {
    expect(validate(["not", "an", "object"])).toEqual([ROW_LEVEL]);
    const minProps = compileRowValidator({ type: "object", minProperties: 2 });
    expect(minProps({ a: 1 })).toEqual([ROW_LEVEL]);
  });

  it("names the extra property of additionalProperties: false", () => {
    const closed = compileRowValidator({ type: "object", properties: { a: { type: "string" } }, additionalProperties: false });
    expect(closed({ a: "x", b: 1 })).toEqual(["b"]);
  });

  it("validates rows with the item schema of an array schema", () => {
    const v = compileRowValidator({ type: "array", items: schema });
    expect(v(good)).toBeNull();
    expect(v({ ...good, id: "1" })).toEqual(["id"]);
  });

  it("supports draft 2020-12 schemas", () => {
    const v = compileRowValidator({ $schema: "https://json-schema.org/draft/2020-12/schema", type: "object", properties: { a: { type: "integer" } } });
    expect(v({ a: 1 })).toBeNull();
    expect(v({ a: "1" })).toEqual(["a"]);
  });

  it("reads an array schema's items in the array's dialect, and a $schema Ajv lacks by draft-07 rules", () => {
    // dependentRequired is a 2019-09 keyword: draft-07 would not know it and let the row through.
    const items = { type: "object", properties: { a: { type: "string" }, b: { type: "string" } }, dependentRequired: { a: ["b"] } };
    const v = compileRowValidator({ $schema: "https://json-schema.org/draft/2020-12/schema", type: "array", items });
    expect(v({ a: "x", b: "y" })).toBeNull();
    expect(v({ a: "x" })).toEqual(["b"]);
    for (const dialect of ["http://json-schema.org/draft-06/schema#", "https://json-schema.org/draft-07/schema"]) {
      const old = compileRowValidator({ $schema: dialect, type: "object", properties: { a: { type: "integer" } }, required: ["a"] });
      expect(old({ a: 1 })).toBeNull();
      expect(old({})).toEqual(["a"]);
    }
  });

  it("ignores unknown keywords (strict: false) but throws on a schema it cannot compile", () => {
    expect(compileRowValidator({ type: "object", "x-widget": "select", properties: { a: { type: "string", "x-ui": 1 } } })({ a: "x" })).toBeNull();
    expect(() => compileRowValidator({ type: "object", properties: { a: { type: "nope" } } })).toThrow();
  });
});

describe("fieldsOfErrors", () => {
  it('falls back to "" when Ajv gives no detail', () => {
    expect(fieldsOfErrors(null)).toEqual([ROW_LEVEL]);
    expect(fieldsOfErrors([])).toEqual([ROW_LEVEL]);
  });
});
