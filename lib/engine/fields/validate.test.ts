import { describe, expect, it, vi } from "vitest";
import { fieldSpecsFromSchema } from "./spec";
import { coerceRow, makeRowValidator } from "./validate";

const schema = {
  type: "object",
  required: ["name", "url"],
  properties: { name: { type: "string" }, url: { type: "string", format: "uri" }, stars: { type: "integer" }, price: { type: "number" }, remote: { type: "boolean" }, note: { type: ["string", "null"] } },
};

describe("makeRowValidator", () => {
  const validate = makeRowValidator(schema);
  it("accepts matching rows and drops non-matching ones with a reason", () => {
    expect(validate({ name: "A", url: "https://a.example/1", stars: 4 })).toEqual({ ok: true });
    expect(validate({ name: "A" })).toEqual({ ok: false, reason: 'missing required field "url"' });
    const bad = validate({ name: "A", url: "not a url" });
    expect(bad.ok).toBe(false);
    expect(validate({ name: "A", url: "https://a.example/1", stars: "4" }).ok).toBe(false);
  });
  it("validates array schemas row by row and reports invalid schemas", () => {
    expect(makeRowValidator({ type: "array", items: schema })({ name: "A", url: "https://a.example/" })).toEqual({ ok: true });
    // A schema Ajv will not compile is the caller's to refuse (the pipeline does, before reading a page).
    expect(() => makeRowValidator({ type: "object", properties: { a: { type: "nope" } } })).toThrow();
  });
  it("passes a format it does not know without checking it, and without a warning in the log", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      const v = makeRowValidator({ type: "object", properties: { price: { type: "string", format: "currency" }, at: { type: "string", format: "time" } } });
      expect(v({ price: "£3", at: "10:30:00Z" })).toEqual({ ok: true });
      expect(v({ at: "half past ten" }).ok).toBe(false);
      expect([...warn.mock.calls, ...log.mock.calls].flat().join(" ")).not.toMatch(/unknown format/);
    } finally {
      warn.mockRestore();
      log.mockRestore();
    }
  });

  it("compiles the schema in the dialect its $schema names", () => {
    for (const dialect of ["https://json-schema.org/draft/2020-12/schema", "https://json-schema.org/draft/2019-09/schema", "http://json-schema.org/draft-07/schema#", "http://json-schema.org/draft-06/schema#"]) {
      const v = makeRowValidator({ $schema: dialect, ...schema });
      expect(v({ name: "A", url: "https://a.example/1" })).toEqual({ ok: true });
      expect(v({ name: "A" })).toEqual({ ok: false, reason: 'missing required field "url"' });
    }
    // An array schema's items are read in the array's dialect (dependentRequired is 2019-09 and later).
    const items = { type: "object", properties: { name: { type: "string" }, url: { type: "string" } }, dependentRequired: { name: ["url"] } };
    const rows = makeRowValidator({ $schema: "https://json-schema.org/draft/2020-12/schema", type: "array", items });
    expect(rows({ name: "A", url: "https://a.example/" })).toEqual({ ok: true });
    expect(rows({ name: "A" }).ok).toBe(false);
  });
});

describe("coerceRow", () => {
  const fields = fieldSpecsFromSchema(schema);
  it("converts losslessly before validation", () => {
    const row = coerceRow({ name: 42, url: "https://a.example/", stars: "4", price: "1,299.50", remote: "true", note: "" }, fields);
    expect(row).toEqual({ name: "42", url: "https://a.example/", stars: 4, price: 1299.5, remote: true, note: null });
    expect(makeRowValidator(schema)(row)).toEqual({ ok: true });
  });
  it("leaves lossy conversions alone, so the validator drops the row", () => {
    const row = coerceRow({ name: "A", url: "https://a.example/", price: "£39.01", stars: "4.5" }, fields);
    expect(row).toMatchObject({ price: "£39.01", stars: "4.5" });
    expect(makeRowValidator(schema)(row).ok).toBe(false);
  });
});
