import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "@/lib/errors";
import { checkRowSchemaText, hasSchemaErrors } from "@/lib/schema/check";
import { assertSameOrigin, errorResponse, parseExtraction, readJson } from "./handler";

const req = (headers: Record<string, string>, body?: string) =>
  new Request("http://127.0.0.1:3000/api/extract", { method: "POST", headers, body });

describe("assertSameOrigin", () => {
  it("accepts the studio's own pages and non-browser clients", () => {
    expect(() => assertSameOrigin(req({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" }))).not.toThrow();
    expect(() => assertSameOrigin(req({ host: "127.0.0.1:3000" }))).not.toThrow();
    // A form post under no-referrer: Origin is "null", Sec-Fetch-Site still says same-origin.
    expect(() => assertSameOrigin(req({ host: "127.0.0.1:3000", origin: "null", "sec-fetch-site": "same-origin" }))).not.toThrow();
    expect(() => assertSameOrigin(req({ host: "studio.internal", "x-forwarded-host": "studio.example.com", origin: "https://studio.example.com" }))).not.toThrow();
  });

  it("refuses other sites", () => {
    const cases: Record<string, string>[] = [
      { host: "127.0.0.1:3000", "sec-fetch-site": "cross-site" },
      { host: "127.0.0.1:3000", "sec-fetch-site": "same-site", origin: "http://127.0.0.1:3000" },
      { host: "127.0.0.1:3000", "sec-fetch-site": "cross-site", origin: "http://127.0.0.1:3000" },
      { host: "127.0.0.1:3000", origin: "http://evil.example" },
      { host: "127.0.0.1:3000", origin: "null" },
    ];
    for (const headers of cases) {
      let code: string | undefined;
      try {
        assertSameOrigin(req(headers));
      } catch (err) {
        code = err instanceof ApiError ? err.code : "other";
      }
      expect(code, JSON.stringify(headers)).toBe("cross_origin");
    }
  });
});

describe("errorResponse", () => {
  afterEach(() => vi.restoreAllMocks());

  it("logs what the server failed at (5xx), ApiError or not, and not what the caller got wrong", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => void lines.push(line));
    const missing = errorResponse(new ApiError("internal", "The result file of this task is missing from the data directory."));
    expect(missing.status).toBe(500);
    expect(lines).toEqual(["[extract-studio] answered 500 internal ApiError: The result file of this task is missing from the data directory."]);
    lines.length = 0;
    expect(errorResponse(new ApiError("not_found")).status).toBe(404);
    expect(errorResponse(new ApiError("bad_request", "q must be a string")).status).toBe(400);
    expect(lines).toEqual([]);
    expect(errorResponse(new Error("boom")).status).toBe(500);
    expect(lines).toEqual(["[extract-studio] unexpected error in a route handler Error: boom"]);
  });
});

describe("readJson", () => {
  it("wants JSON, whole and under 1 MB", async () => {
    await expect(readJson(req({ "content-type": "text/plain" }, "{}"))).rejects.toMatchObject({ status: 415 });
    await expect(readJson(req({ "content-type": "application/json" }, "{bad"))).rejects.toMatchObject({ code: "bad_request" });
    await expect(readJson(req({ "content-type": "application/json" }, JSON.stringify({ x: "y".repeat(1_100_000) })))).rejects.toMatchObject({ status: 413 });
    await expect(readJson(req({ "content-type": "application/json; charset=utf-8" }, '{"a":1}'))).resolves.toEqual({ a: 1 });
  });
});

describe("parseExtraction", () => {
  const body = (schema: unknown) => ({ q: "every book", url: "https://shop.example/books", schema });
  const failure = (value: unknown): ApiError => {
    try {
      parseExtraction(value);
    } catch (err) {
      if (err instanceof ApiError) return err;
      throw err;
    }
    throw new Error("expected the body to be refused");
  };

  it("refuses a schema the compose page would block, naming each mistake where it is", () => {
    const err = failure(body({ type: "object", properties: { name: { type: "strin" } }, required: ["nmae"] }));
    expect(err.code).toBe("bad_request");
    expect(err.details).toEqual([
      { field: "schema.properties.name.type", message: expect.stringContaining("did you mean “string”") },
      { field: "schema.required.0", message: expect.stringContaining("“nmae”, which is not a property") },
    ]);
  });

  it("refuses a pattern neither RE2 nor, safely, RegExp can run (lookaround over ambiguous repeats, backreferences), naming the field", () => {
    for (const schema of [
      { type: "object", properties: { name: { type: "string", pattern: "^(?!admin)(a|ab)+$" } } },
      { type: "object", patternProperties: { "(a)\\1": { type: "string" } } },
    ]) {
      const err = failure(body(schema));
      expect(err.details?.[0]?.field).toMatch(/^schema\.(properties\.name\.pattern|patternProperties\.\(a\)\\1)$/);
      expect(err.details?.[0]?.message).toMatch(/(“pattern” of “name”|The pattern "\(a\)\\\\1" in “patternProperties”).* cannot be used: the studio matches patterns in linear time/);
    }
  });

  it("answers what Ajv refuses with the compose page's sentence, not Ajv's text", () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ score: { type: "number", minimum: "0" } }, "schema.properties.score.minimum", "“minimum” of “score” must be a number, not text (\"0\")."],
      [{ name: { type: "string", pattern: "([" } }, "schema.properties.name.pattern", "“pattern” of “name” is not a valid regular expression: unterminated character class."],
      [
        { x: { $ref: "#/defs/x" } },
        "schema.properties.x.$ref",
        "“$ref” of “x” (\"#/defs/x\") points at nothing in this schema. Point it at a part of this schema, e.g. \"#/definitions/name\".",
      ],
      [{ name: { type: "string", minLength: "3" } }, "schema.properties.name.minLength", "“minLength” of “name” must be a whole number (0 or more), not text (\"3\")."],
      [{ s: { enum: "a" } }, "schema.properties.s.enum", "“enum” of “s” must be a list of the allowed values, e.g. [\"new\", \"used\"]."],
      [{ a: { nullable: true } }, "schema.properties.a.nullable", "“nullable” of “a” only works beside a “type”: write \"type\": [\"string\", \"null\"] for a value that may be missing."],
      [{ a: { type: ["string", "string"] } }, "schema.properties.a.type.1", "“type” of “a” lists “string” twice; list each type once."],
    ];
    for (const [properties, field, message] of cases) {
      const schema = { type: "object", properties };
      const err = failure(body(schema));
      expect(err.status, JSON.stringify(schema)).toBe(400);
      expect(err.details).toEqual([{ field, message }]);
      expect(err.message).toBe(`The schema cannot be used: ${field}: ${message}`);
      expect(err.message).not.toMatch(/schema is invalid|must be number|can't resolve|Invalid regular expression/);
      // The compose page blocks Run with the same sentence.
      expect(checkRowSchemaText(JSON.stringify(schema)).problems).toContainEqual(expect.objectContaining({ severity: "error", message }));
    }
    // A repeated required name, which Ajv refuses too.
    expect(failure(body({ type: "object", properties: { a: {} }, required: ["a", "a"] })).details).toEqual([
      { field: "schema.required.1", message: "“required” names “a” twice; list each field once." },
    ]);
  });

  it("refuses a draft it does not implement with the compose page's sentence, rather than read it as draft-07", () => {
    // Draft-07's Ajv compiles this (it has no meta-schema for draft-04 and would leave "$schema" out).
    const draft04 = { $schema: "http://json-schema.org/draft-04/schema#", type: "object", properties: { price: { type: "number", maximum: 100 } } };
    const err = failure(body(draft04));
    expect([err.status, err.code]).toEqual([400, "bad_request"]);
    const sentence = checkRowSchemaText(JSON.stringify(draft04)).problems.find((p) => p.path === "/$schema")?.message;
    expect(sentence).toMatch(/does not implement\. It reads draft-07 /);
    expect(err.details).toEqual([{ field: "schema.$schema", message: sentence }]);
  });

  it("takes boolean schemas as fields, items and alternatives, as Ajv does", () => {
    const schema = { type: "object", properties: { any: true, none: false, tags: { type: "array", items: false }, note: { anyOf: [true, false] } } };
    expect(parseExtraction(body(schema)).schema).toEqual(schema);
  });

  it("takes a good schema (any dialect, nullable fields) and no schema at all", () => {
    const schema = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "object",
      properties: { name: { type: "string" }, price: { type: ["number", "null"] } },
      required: ["name"],
    };
    expect(parseExtraction(body(schema)).schema).toEqual(schema);
    expect(parseExtraction(body(null)).schema).toBeNull();
    // Valid JSON Schema the compose page advises against still runs: Linkup takes it.
    const other = { type: "object", properties: { ip: { type: "string", format: "ipv4" }, tags: { type: "array", items: { type: "string" } } } };
    expect(parseExtraction(body(other)).schema).toEqual(other);
  });

  it("refuses exactly the schemas the compose page blocks Run for", () => {
    const field = (prop: unknown) => ({ type: "object", properties: { a: prop } });
    const schemas: Record<string, unknown>[] = [
      // Formats: JSON Schema allows any; the compose page only advises.
      field({ type: "string", format: "time" }),
      field({ type: "string", format: "uuid" }),
      field({ type: "string", format: "currency" }),
      field({ type: "string", format: "url" }),
      field({ type: "string", format: 3 }),
      // Valid JSON Schema that rarely means what was meant: advice too.
      field({ type: "null" }),
      field({ type: ["null"] }),
      field({ type: "object", properties: { b: { type: "string" } }, required: ["c"] }),
      field({ type: "object", required: ["c"] }),
      // What cannot work is refused on both sides.
      field({ type: "strin" }),
      field({ type: [] }),
      field({ type: "string", description: 3 }),
      field({ type: "string", nullable: "yes" }),
      field({ enum: [] }),
      field({ anyOf: [] }),
      field({ type: "object", required: true }),
      field("string"),
      { type: "object", properties: { a: { type: "string" } }, required: ["b"] },
      { type: "object", required: ["b"] },
      { type: "object", additionalProperties: 3 },
      // What Ajv refuses when it compiles or validates the schema: blocked and refused alike.
      field({ type: "number", minimum: "0" }),
      field({ type: "string", minLength: "3" }),
      field({ type: "string", pattern: "([" }),
      field({ type: "string", pattern: "^\\-$" }),
      field({ type: "string", pattern: "^(?=a)(a|b)*$" }),
      field({ type: "object", patternProperties: { "(?<=a)b+c*": { type: "string" } } }),
      field({ $ref: "#/defs/x" }),
      field({ $ref: "https://example.com/s.json" }),
      field({ type: "array", items: 3 }),
      field({ enum: "a" }),
      field({ enum: ["a", "a"] }),
      field({ type: ["string", "string"] }),
      field({ nullable: true }),
      field({ type: "string", allOf: [{ maxLength: -1 }] }),
      { type: "object", properties: { a: { type: "string" } }, required: ["a", "a"] },
      { type: "object", properties: { a: { type: "string" } }, definitions: { d: { minimum: "0" } } },
      // …and what it takes: a $ref that resolves, a good pattern, a broken $ref nothing follows.
      { type: "object", properties: { a: { $ref: "#/definitions/d" } }, definitions: { d: { type: "string" } } },
      { type: "object", properties: { a: { $ref: "#/$defs/d" } }, $defs: { d: { type: "string" } } },
      field({ type: "string", pattern: "^[A-Z]{2}\\d+$", minLength: 3 }),
      { type: "object", properties: { a: { type: "string" } }, definitions: { d: { $ref: "#/nope" } } },
      { $schema: "https://json-schema.org/draft/2020-12/schema", type: "object", properties: { a: { enum: ["x", "x"] } } },
      // A draft the server does not implement, though Ajv would compile it by draft-07's rules.
      { $schema: "http://json-schema.org/draft-04/schema#", type: "object", properties: { a: { type: "string" } } },
      { $schema: "http://json-schema.org/draft-07/schema#", type: "object", properties: { a: { type: "string" } } },
      // Boolean schemas: valid JSON Schema, taken on both sides.
      field(true),
      field(false),
      field({ type: "array", items: false }),
      field({ anyOf: [true, { type: "null" }] }),
    ];
    for (const schema of schemas) {
      const blocked = hasSchemaErrors(checkRowSchemaText(JSON.stringify(schema, null, 2)).problems);
      let refused = false;
      try {
        parseExtraction(body(schema));
      } catch {
        refused = true;
      }
      expect(refused, JSON.stringify(schema)).toBe(blocked);
    }
  });
});
