import { describe, expect, it } from "vitest";
import { checkRowSchemaText } from "@/lib/schema/check";
import { extractInputSchema, listParamsSchema, MAX_SCHEMA_DEPTH, nestsDeeperThan, taskIdSchema } from "./types";

const valid = { q: "every engineer with name and role", url: "https://example.com/team" };

describe("extractInputSchema", () => {
  it("accepts a minimal input and fills defaults", () => {
    expect(extractInputSchema.parse(valid)).toEqual({ ...valid, schema: null, verifyUrls: false });
  });

  it("rejects an empty or over-long query", () => {
    expect(extractInputSchema.safeParse({ ...valid, q: "   " }).success).toBe(false);
    expect(extractInputSchema.safeParse({ ...valid, q: "x".repeat(2001) }).success).toBe(false);
    expect(extractInputSchema.safeParse({ ...valid, q: "x".repeat(2000) }).success).toBe(true);
  });

  it("accepts only absolute http(s) URLs", () => {
    for (const url of ["example.com/team", "/team", "ftp://example.com/x", "javascript:alert(1)", "https://", "", "https://exam\u200bple.com/", "https://example.com/\u202eexe.txt", "https://example.com/\u0000"]) {
      expect(extractInputSchema.safeParse({ ...valid, url }).success, url).toBe(false);
    }
    expect(extractInputSchema.safeParse({ ...valid, url: "http://127.0.0.1:8080/list?page=2" }).success).toBe(true);
  });

  it("refuses a URL with a user name or password, which would be copied into every link of every row", () => {
    for (const url of ["http://alice:s3cret@example.com/list", "https://alice@example.com/list", "https://:pw@example.com/", " https://a%40b:c@example.com/ "]) {
      const result = extractInputSchema.safeParse({ ...valid, url });
      expect(result.success, url).toBe(false);
      expect(result.error?.issues.map((i) => i.message), url).toEqual(["Remove the user name and password from the URL; the studio does not send credentials."]);
    }
    // An @ in the path or query is no user info.
    expect(extractInputSchema.safeParse({ ...valid, url: "https://example.com/@alice?by=a@b.example" }).success).toBe(true);
  });

  it("accepts an object schema and rejects others, or one over 64 KB", () => {
    const schema = { type: "object", properties: { name: { type: "string" } } };
    expect(extractInputSchema.parse({ ...valid, schema }).schema).toEqual(schema);
    expect(extractInputSchema.safeParse({ ...valid, schema: { type: "array" } }).success).toBe(false);
    expect(extractInputSchema.safeParse({ ...valid, schema: [1] }).success).toBe(false);
    expect(extractInputSchema.safeParse({ ...valid, schema: "{}" }).success).toBe(false);
    expect(extractInputSchema.safeParse({ ...valid, schema: { type: "object", properties: [] } }).success).toBe(false);
    const big = { type: "object", description: "x".repeat(64 * 1024) };
    expect(extractInputSchema.safeParse({ ...valid, schema: big }).success).toBe(false);
  });

  it("refuses a schema nested thousands of levels deep with a sentence, not a stack overflow", () => {
    // As a request body arrives: JSON.parse reads any depth; every recursive walk after it would overflow.
    const levels = (n: number) => JSON.parse('{"type":"object","properties":{"a":'.repeat(n) + '{"type":"string"}' + "}}".repeat(n)) as unknown;
    for (const n of [150, 1_500, 5_000, 50_000]) {
      const result = extractInputSchema.safeParse({ ...valid, schema: levels(n) });
      expect(result.success, `${n} levels`).toBe(false);
      expect(result.error?.issues.map((i) => [i.path.join("."), i.message]), `${n} levels`).toEqual([["schema", `The schema is nested too deeply (${MAX_SCHEMA_DEPTH} levels at most).`]]);
    }
    expect(extractInputSchema.safeParse({ ...valid, schema: levels(100) }).success).toBe(true);
  });

  it("measures depth as the compose page's schema parser does, so both refuse the same schemas", () => {
    // `{"type":"object","x":[[…]]}`: the root is level 0, the list of x level 1, the innermost value level n.
    const nested = (n: number) => JSON.parse(`{"type":"object","x":${"[".repeat(n - 1)}0${"]".repeat(n - 1)}}`) as unknown;
    for (const n of [MAX_SCHEMA_DEPTH, MAX_SCHEMA_DEPTH + 1]) {
      const deep = nestsDeeperThan(nested(n), MAX_SCHEMA_DEPTH);
      expect(deep, `${n} levels`).toBe(n > MAX_SCHEMA_DEPTH);
      const text = checkRowSchemaText(JSON.stringify(nested(n)));
      expect(text.problems.some((p) => p.message.includes("nested too deeply")), `${n} levels, as the compose page reads them`).toBe(deep);
    }
    expect(nestsDeeperThan("text", 0)).toBe(false);
    expect(nestsDeeperThan({}, 0)).toBe(false);
    expect(nestsDeeperThan({ a: 1 }, 0)).toBe(true);
  });

  it("reads null as the default for verifyUrls, as for schema (Python clients send None)", () => {
    expect(extractInputSchema.parse({ ...valid, verifyUrls: null, schema: null })).toEqual({ ...valid, schema: null, verifyUrls: false });
    expect(extractInputSchema.parse({ ...valid, verifyUrls: true }).verifyUrls).toBe(true);
  });

  it("says a q of the wrong type must be a string, and a missing one what to write", () => {
    const message = (q: unknown) => extractInputSchema.safeParse({ ...valid, q }).error?.issues.map((i) => [i.path.join("."), i.message]);
    for (const q of [5, true, ["a"], { text: "a" }]) expect(message(q), JSON.stringify(q)).toEqual([["q", "q must be a string."]]);
    for (const q of [undefined, null, " "]) expect(message(q), String(q)).toEqual([["q", "Describe the rows to extract."]]);
  });

  it("rejects a verifyUrls that is not a boolean", () => {
    const result = extractInputSchema.safeParse({ ...valid, verifyUrls: "yes" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["verifyUrls"]);
  });
});

describe("listParamsSchema", () => {
  it("says which values sortBy and sortDirection take, in a sentence", () => {
    const messages = (value: unknown) => listParamsSchema.safeParse(value).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages({ sortBy: "id", sortDirection: "up" })).toEqual(["sortBy: sortBy must be createdAt or updatedAt.", "sortDirection: sortDirection must be asc or desc."]);
  });


  it("coerces query-string values and applies defaults", () => {
    expect(listParamsSchema.parse({ page: "2", pageSize: "50" })).toEqual({ page: 2, pageSize: 50, sortBy: "createdAt", sortDirection: "desc" });
  });
  it.each([{ page: "0" }, { page: "-1" }, { page: "NaN" }, { page: "1.5" }, { pageSize: "101" }, { pageSize: "0" }, { sortBy: "id" }, { sortDirection: "up" }])(
    "rejects %o",
    (params) => expect(listParamsSchema.safeParse(params).success).toBe(false),
  );
});

describe("taskIdSchema", () => {
  it("accepts ids and refuses path tricks", () => {
    expect(taskIdSchema.safeParse("01234-abcd-56789").success).toBe(true);
    for (const id of ["../etc", "a/b", "", "a b", "%2e%2e", "x".repeat(200)]) expect(taskIdSchema.safeParse(id).success, id).toBe(false);
  });
});
