import { describe, expect, it } from "vitest";
import { compileForDialect } from "./dialect";
import { linearPatternProblem, linearRegExp } from "./linear-regexp";

const STRICT = { strict: false, logger: false } as const;

describe("schema patterns on RE2", () => {
  it("checks a pattern with catastrophic backtracking in linear time", () => {
    // With JavaScript's RegExp, "a"s and a "!" take twice as long for each more "a": 28 take about ten
    // seconds on this machine, so a 2 s bound leaves a busy machine room to spare on RE2.
    const validate = compileForDialect({ type: "object", properties: { name: { type: "string", pattern: "^(a+)+$" } } }, STRICT);
    const started = performance.now();
    expect(validate({ name: `${"a".repeat(28)}!` })).toBe(false);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(validate({ name: "aaa" })).toBe(true);
  });

  it("runs patternProperties names on RE2 as well", () => {
    const validate = compileForDialect({ type: "object", patternProperties: { "^(a+)+$": { type: "number" } } }, STRICT);
    const started = performance.now();
    expect(validate({ [`${"a".repeat(28)}!`]: "x" })).toBe(true);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(validate({ aaa: "x" })).toBe(false);
  });

  it("keeps each pattern apart in Ajv's cache and reads ECMAScript spellings", () => {
    const validate = compileForDialect(
      {
        type: "object",
        properties: { a: { type: "string", pattern: "^caf\\u00e9$" }, b: { type: "string", pattern: "^(?<year>\\d{4})/\\d{2}$" }, c: { type: "string", pattern: "^\\p{L}+$" } },
      },
      STRICT,
    );
    expect(validate({ a: "café", b: "2024/05", c: "Zoë" })).toBe(true);
    expect(validate({ a: "cafe" })).toBe(false);
    expect(validate({ b: "2024-05" })).toBe(false);
    expect(validate({ c: "Zoë1" })).toBe(false);
  });

  it("refuses what neither RE2 nor, safely, JavaScript can run, as new RegExp refuses what is no pattern", () => {
    expect(linearPatternProblem("^(a+)+$")).toBeNull();
    expect(linearPatternProblem("(a)\\1")).toContain("\\1");
    expect(linearPatternProblem("^(?=a)(b|bb)*$")).toContain("(?=");
    expect(linearPatternProblem("(?<!a)b+c*")).not.toBeNull();
    expect(() => linearRegExp("(?!x)(a|b)+", "u")).toThrow();
    expect(() => compileForDialect({ type: "string", pattern: "(a)\\1" }, STRICT)).toThrow();
  });

  it("runs on JavaScript's RegExp the patterns RE2 refuses whose shape cannot blow up", () => {
    // RE2 caps repeat counts at 1,000 and has no Script= classes or lookaround.
    for (const p of ["^[\\s\\S]{0,2000}$", "^\\p{Script=Greek}+$", "^(?!admin$)[a-z]{3,8}$"]) expect(linearPatternProblem(p), p).toBeNull();
    const validate = compileForDialect(
      {
        type: "object",
        properties: {
          a: { type: "string", pattern: "^[\\s\\S]{0,2000}$" },
          b: { type: "string", pattern: "^\\p{Script=Greek}+$" },
          c: { type: "string", pattern: "^(?!admin$)[a-z]{3,8}$" },
        },
      },
      STRICT,
    );
    expect(validate({ a: "x".repeat(2000), b: "αβγ", c: "guest" })).toBe(true);
    expect(validate({ a: "x".repeat(2001) })).toBe(false);
    expect(validate({ b: "abc" })).toBe(false);
    expect(validate({ c: "admin" })).toBe(false);
  });
});
