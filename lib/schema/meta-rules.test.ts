import { describe, expect, it } from "vitest";
import draft07 from "ajv/dist/refs/json-schema-draft-07.json";
import applicator19 from "ajv/dist/refs/json-schema-2019-09/meta/applicator.json";
import content19 from "ajv/dist/refs/json-schema-2019-09/meta/content.json";
import core19 from "ajv/dist/refs/json-schema-2019-09/meta/core.json";
import format19 from "ajv/dist/refs/json-schema-2019-09/meta/format.json";
import metaData19 from "ajv/dist/refs/json-schema-2019-09/meta/meta-data.json";
import validation19 from "ajv/dist/refs/json-schema-2019-09/meta/validation.json";
import schema19 from "ajv/dist/refs/json-schema-2019-09/schema.json";
import applicator20 from "ajv/dist/refs/json-schema-2020-12/meta/applicator.json";
import content20 from "ajv/dist/refs/json-schema-2020-12/meta/content.json";
import core20 from "ajv/dist/refs/json-schema-2020-12/meta/core.json";
import format20 from "ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json";
import metaData20 from "ajv/dist/refs/json-schema-2020-12/meta/meta-data.json";
import unevaluated20 from "ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json";
import validation20 from "ajv/dist/refs/json-schema-2020-12/meta/validation.json";
import schema20 from "ajv/dist/refs/json-schema-2020-12/schema.json";
import type AjvCore from "ajv/dist/core";
import { ajvForDialect, compileWith } from "@/lib/validation/dialect";
import { checkRowSchemaText, hasSchemaErrors } from "./check";
import { dialectOf, implementsSchemaUri, keywordsOf, unimplementedSchemaMessage, type Dialect } from "./meta-rules";

/**
 * The compose page's checker must block exactly the schemas the server's Ajv refuses (the server
 * answers 400 for those, lib/api/handler.ts). These tests hold the checker's rules equal to Ajv:
 * the keywords of each dialect's meta-schema, and the verdict on a few thousand generated schemas.
 */

const META: Record<Dialect, { properties?: Record<string, unknown> }[]> = {
  "draft-07": [draft07],
  "2019-09": [applicator19, content19, core19, format19, metaData19, validation19, schema19],
  "2020-12": [applicator20, content20, core20, format20, metaData20, unevaluated20, validation20, schema20],
};
const URIS: Record<Dialect, string | undefined> = {
  "draft-07": undefined,
  "2019-09": "https://json-schema.org/draft/2019-09/schema",
  "2020-12": "https://json-schema.org/draft/2020-12/schema",
};
const DIALECTS = Object.keys(URIS) as Dialect[];

/**
 * The server's verdict: a `$schema` naming a draft it does not implement (lib/api/handler.ts), else
 * Ajv's, with one Ajv per dialect (a fresh one costs ~10 ms, which thousands of cases cannot afford).
 */
const shared = new Map<Dialect, AjvCore>();
function serverRefuses(schema: Record<string, unknown>, fresh = false): boolean {
  if (typeof schema.$schema === "string" && !implementsSchemaUri(schema.$schema)) return true;
  const dialect = dialectOf(schema.$schema);
  const ajv = fresh ? ajvForDialect(dialect, { strict: false, logger: false }) : (shared.get(dialect) ?? ajvForDialect(dialect, { strict: false, logger: false }));
  shared.set(dialect, shared.get(dialect) ?? ajv);
  try {
    compileWith(ajv, schema);
    return false;
  } catch {
    return true;
  } finally {
    // Forget it, so that the next schema is compiled as if alone ($id cases get an Ajv of their own).
    if (!fresh) ajv.removeSchema(schema);
  }
}
const clientBlocks = (schema: unknown) => hasSchemaErrors(checkRowSchemaText(JSON.stringify(schema, null, 2)).problems);
const inDialect = (dialect: Dialect, schema: Record<string, unknown>) => (URIS[dialect] ? { $schema: URIS[dialect], ...schema } : schema);

describe("meta-rules", () => {
  it("knows exactly the keywords of each dialect's meta-schema, as Ajv bundles it", () => {
    for (const dialect of DIALECTS) {
      const keys = new Set(META[dialect].flatMap((m) => Object.keys(m.properties ?? {})));
      expect(keywordsOf(dialect).sort(), dialect).toEqual([...keys].sort());
    }
  });

  it("picks the dialect as the server does", () => {
    expect(dialectOf(undefined)).toBe("draft-07");
    expect(dialectOf("http://json-schema.org/draft-07/schema#")).toBe("draft-07");
    expect(dialectOf("http://json-schema.org/draft-04/schema#")).toBe("draft-07");
    expect(dialectOf("https://json-schema.org/draft/2019-09/schema")).toBe("2019-09");
    expect(dialectOf("https://json-schema.org/draft/2020-12/schema")).toBe("2020-12");
  });

  it("implements draft-07, 2019-09 and 2020-12 only, as written with http or https, with or without #", () => {
    const implemented = [
      "http://json-schema.org/draft-07/schema#", "http://json-schema.org/draft-07/schema", "https://json-schema.org/draft-07/schema#",
      "https://json-schema.org/draft/2019-09/schema", "https://json-schema.org/draft/2020-12/schema", "https://json-schema.org/draft/2020-12/schema#",
    ];
    const not = [
      "http://json-schema.org/draft-04/schema#", "http://json-schema.org/draft-06/schema#", "http://json-schema.org/draft-03/schema#",
      "http://json-schema.org/schema#", "https://json-schema.org/draft/2021-01/schema", "http://json-schema.org/draft-07/schema#x",
      "https://example.com/draft-07/schema", " http://json-schema.org/draft-07/schema#", "", "draft-07",
    ];
    for (const uri of implemented) expect(implementsSchemaUri(uri), uri).toBe(true);
    for (const uri of not) expect(implementsSchemaUri(uri), uri).toBe(false);
    // Each one it takes is read in its own draft: the Ajv of that draft holds its meta-schema.
    for (const uri of implemented) {
      const ajv = ajvForDialect(dialectOf(uri), { strict: false, logger: false });
      expect(!!ajv.getSchema(uri) || !!ajv.getSchema(uri.replace(/^https:/, "http:").replace(/#$/, "")) || !!ajv.getSchema(`${uri}#`), uri).toBe(true);
    }
  });
});

describe("a schema in a draft the server does not implement", () => {
  /** Draft-04's own words: a boolean exclusiveMaximum and "id", which draft-07's rules read differently. */
  const draft04 = {
    $schema: "http://json-schema.org/draft-04/schema#",
    id: "https://example.com/row.json",
    type: "object",
    properties: { price: { type: "number", maximum: 100, exclusiveMaximum: true } },
  };

  it("is refused on the compose page with a sentence naming the drafts it accepts, not read as draft-07", () => {
    const { problems, schema } = checkRowSchemaText(JSON.stringify(draft04, null, 2));
    expect(schema).toBeNull();
    const problem = problems.find((p) => p.path === "/$schema");
    expect(problem).toMatchObject({ severity: "error", line: 2, message: unimplementedSchemaMessage(draft04.$schema) });
    expect(problem?.message).toMatch(/draft-04\/schema#", a JSON Schema draft the studio does not implement\. It reads draft-07 .*2019-09 .*2020-12/);
  });
});

describe("the compose page blocks Run exactly when the server's Ajv refuses the schema", () => {
  const VALUES: unknown[] = [
    0, -1, 1.5, 2, "x", "([", "^\\-$", "", "#/nope", "#/definitions/d", "1x", true, false, null,
    [], ["a"], ["a", "a"], [1], [{}], {}, { a: {} }, { a: 3 }, { a: ["b", "b"] }, { type: "strin" }, { minimum: "0" },
    // Boolean schemas: as a field ("properties"), as "items", as alternatives of "anyOf".
    { a: true }, { a: false }, [true], [false, { type: "null" }],
    "http://json-schema.org/draft-04/schema#",
  ];
  const PLACES: Record<string, (s: Record<string, unknown>) => Record<string, unknown>> = {
    field: (s) => ({ type: "object", properties: { a: { type: "string", ...s } }, definitions: { d: {} } }),
    "inside allOf": (s) => ({ type: "object", properties: { a: { allOf: [s] } }, definitions: { d: {} } }),
    "an unused definition": (s) => ({ type: "object", properties: { a: { type: "string" } }, definitions: { d: {}, u: s } }),
    root: (s) => ({ properties: { a: { type: "string" } }, definitions: { d: {} }, ...s, type: "object" }),
  };
  /**
   * Where the compose page is knowingly stricter than Ajv: a field's "items" must describe one
   * element (not a draft-07 tuple), the shape the engine fills.
   */
  const stricter = (place: string, keyword: string, value: unknown) => place === "field" && keyword === "items" && Array.isArray(value);

  it.each(DIALECTS)("for every keyword of %s, with values of every kind, wherever it is", (dialect) => {
    const disagreements: string[] = [];
    let cases = 0;
    for (const keyword of [...keywordsOf(dialect), "nullable", "$anchor", "$defs"]) {
      for (const value of VALUES) {
        for (const [place, make] of Object.entries(PLACES)) {
          const schema = inDialect(dialect, make({ [keyword]: value }));
          const server = serverRefuses(schema, keyword === "$id");
          const client = clientBlocks(schema);
          cases++;
          if (server !== client && !(client && stricter(place, keyword, value))) {
            disagreements.push(`${place}: ${JSON.stringify({ [keyword]: value })} server ${server ? "refuses" : "takes"} it, the page ${client ? "blocks" : "runs"} it`);
          }
        }
      }
    }
    expect(cases).toBeGreaterThan(4_000);
    expect(disagreements).toEqual([]);
    // Thousands of Ajv compiles: a few seconds alone, several times that beside the rest of the suite.
  }, 90_000);

  const row = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: "object", properties, ...extra });
  /** [schema, refused in every dialect?] — references, patterns and OpenAPI's nullable, as analysts write them. */
  const CASES: Record<string, [Record<string, unknown>, boolean]> = {
    "a $ref to #/definitions": [row({ a: { $ref: "#/definitions/x" } }, { definitions: { x: { type: "string" } } }), false],
    "a $ref to #/$defs": [row({ a: { $ref: "#/$defs/x" } }, { $defs: { x: { type: "string" } } }), false],
    "a $ref to a missing definition": [row({ a: { $ref: "#/defs/x" } }), true],
    "a $ref with a trailing slash": [row({ a: { $ref: "#/definitions/x/" } }, { definitions: { x: {} } }), true],
    "a $ref without #": [row({ a: { $ref: "/definitions/x" } }, { definitions: { x: {} } }), true],
    "a $ref to another document": [row({ a: { $ref: "https://example.com/s.json" } }), true],
    "a $ref that is no URI": [row({ a: { $ref: "http://exa mple.com/<>" } }), true],
    "a $ref to the whole schema": [row({ a: { $ref: "#" } }), false],
    "a $ref to another field": [row({ a: { type: "string" }, b: { $ref: "#/properties/a" } }), false],
    "a $ref with ~1 and %20 escapes": [row({ b: { $ref: "#/definitions/a~1b%20c" } }, { definitions: { "a/b c": { type: "string" } } }), false],
    "a $ref to an $anchor": [row({ a: { $ref: "#name" } }, { $defs: { x: { $anchor: "name", type: "string" } } }), false],
    "a $ref to a missing anchor": [row({ a: { $ref: "#name" } }), true],
    "a $ref to an $anchor on the schema itself (Ajv does not collect it)": [{ $anchor: "top", ...row({ a: { $ref: "#top" } }) }, true],
    "a $ref under the schema's $id": [{ $id: "https://ex.com/row.json", ...row({ a: { $ref: "https://ex.com/row.json#/definitions/x" } }, { definitions: { x: {} } }) }, false],
    "a relative $ref under the schema's $id": [{ $id: "https://ex.com/row.json", ...row({ a: { $ref: "row.json#/definitions/x" } }, { definitions: { x: {} } }) }, false],
    "a $ref to a nested $id": [row({ a: { $ref: "item.json" } }, { definitions: { x: { $id: "item.json", type: "string" } } }), false],
    "a local $ref under a nested $id": [row({ a: { $id: "https://o.example/x.json", properties: { b: { $ref: "#/definitions/y" } } } }, { definitions: { y: {} } }), true],
    "a broken $ref in a definition nothing uses": [row({ a: { type: "string" } }, { definitions: { x: { $ref: "#/nope" } } }), false],
    "a broken $ref in a definition a field uses": [row({ a: { $ref: "#/definitions/x" } }, { definitions: { x: { $ref: "#/nope" } } }), true],
    "a broken $ref beside a $ref": [row({ a: { $ref: "#/definitions/x", properties: { b: { $ref: "#/nope" } } } }, { definitions: { x: {} } }), true],
    "a broken $ref in then without if": [row({ a: { then: { $ref: "#/nope" } } }), false],
    "a broken $ref in additionalProperties": [row({}, { additionalProperties: { $ref: "#/nope" } }), true],
    "a pattern that is not a regular expression": [row({ a: { type: "string", pattern: "([" } }), true],
    "a pattern valid only outside Unicode mode": [row({ a: { type: "string", pattern: "^\\-$" } }), true],
    "a good pattern": [row({ a: { type: "string", pattern: "^[A-Z]{2}-\\d+$" } }), false],
    "a broken pattern in a definition nothing uses": [row({}, { definitions: { x: { pattern: "([" } } }), false],
    "a broken patternProperties key": [row({ a: { type: "object", patternProperties: { "([": { type: "string" } } } }), true],
    "nullable beside a type": [row({ a: { type: "string", nullable: true } }), false],
    "nullable without a type": [row({ a: { nullable: true } }), true],
    "nullable false with a null type": [row({ a: { type: ["string", "null"], nullable: false } }), true],
    "nullable as text": [row({ a: { type: "string", nullable: "yes" } }), true],
  };

  for (const [name, [schema, refused]] of Object.entries(CASES)) {
    it(name, () => {
      for (const dialect of DIALECTS) {
        const s = inDialect(dialect, schema);
        expect(serverRefuses(s, true), `${dialect}: the server`).toBe(refused);
        expect(clientBlocks(s), `${dialect}: the compose page`).toBe(refused);
      }
    });
  }
});
