import { describe, expect, it } from "vitest";
import { compiledSchema } from "./compiled-schemas";
import { makeRowValidator } from "./validate";

const options = { strict: false, allErrors: false, logger: false as const, ownProperties: true };

describe("compiledSchema", () => {
  it("compiles a schema once, whichever object holds it", () => {
    const schema = () => ({ type: "object", properties: { price: { type: "number" } } });
    expect(compiledSchema(schema(), options)).toBe(compiledSchema(schema(), options));
  });

  it("tells schemas, dialects and options apart", () => {
    const a = { type: "object", properties: { n: { type: "number" } } };
    const b = { type: "object", properties: { n: { type: "string" } } };
    expect(compiledSchema(a, options)).not.toBe(compiledSchema(b, options));
    expect(compiledSchema(a, options)).not.toBe(compiledSchema(a, options, "https://json-schema.org/draft/2020-12/schema"));
    expect(compiledSchema(a, options)).not.toBe(compiledSchema(a, { ...options, allErrors: true }));
  });

  it("keeps each row's verdict its own when validators share a compiled schema", () => {
    const schema = { type: "object", properties: { n: { type: "integer" } }, required: ["n"] };
    const one = makeRowValidator(schema);
    const two = makeRowValidator(structuredClone(schema));
    expect(one({})).toEqual({ ok: false, reason: 'missing required field "n"' });
    expect(two({ n: 1 })).toEqual({ ok: true });
    expect(one({ n: "x" })).toEqual({ ok: false, reason: "n must be integer" });
  });

  it("throws on a schema that cannot compile, every time", () => {
    const bad = { type: "object", properties: { n: { type: "nope" } } };
    expect(() => makeRowValidator(bad)).toThrow();
    expect(() => makeRowValidator(bad)).toThrow();
  });
});
