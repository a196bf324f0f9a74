/**
 * What JSON Schema itself says a keyword's value must be, per draft, as the server's Ajv reads it
 * (its bundled meta-schemas for draft-07, 2019-09 and 2020-12, plus what it checks only when it
 * compiles). The row schema checker applies these rules so that the compose page blocks exactly
 * the schemas the server refuses, without loading Ajv into the page: Ajv compiles code with
 * `new Function`, which the page's Content-Security-Policy forbids. meta-rules.test.ts holds this
 * table equal to Ajv's meta-schemas. Pure data and small helpers, no imports from Node.
 */
import type { JsonNode } from "./json-ast";

export type Dialect = "draft-07" | "2019-09" | "2020-12";

/**
 * The dialect Ajv compiles a schema in, from its `$schema` (or the `$schema` of the schema it was
 * cut from): the same choice as lib/validation/dialect.ts, which uses this function.
 */
export function dialectOf(declared: unknown): Dialect {
  const s = typeof declared === "string" ? declared : "";
  return s.includes("2020-12") ? "2020-12" : s.includes("2019-09") ? "2019-09" : "draft-07";
}

/**
 * The `$schema` URIs of the drafts the server implements, as people write them: http or https, with
 * or without the empty fragment. Anything else (draft-04, draft-06, a typo) is refused on the compose
 * page and by the server alike: Ajv would otherwise read it by draft-07's rules, so draft-04's
 * boolean "exclusiveMaximum" or its "id" would silently mean something else.
 */
const IMPLEMENTED = /^https?:\/\/json-schema\.org\/(?:draft-07|draft\/2019-09|draft\/2020-12)\/schema#?$/;
export const implementsSchemaUri = (declared: string): boolean => IMPLEMENTED.test(declared);

/** The sentence for a `$schema` the server does not implement, the same on the compose page and in its 400. */
export const unimplementedSchemaMessage = (declared: string): string =>
  `The schema's “$schema” is ${JSON.stringify(declared.length > 80 ? `${declared.slice(0, 79)}…` : declared)}, a JSON Schema draft the studio does not implement. ` +
  `It reads draft-07 ("http://json-schema.org/draft-07/schema#"), 2019-09 ("https://json-schema.org/draft/2019-09/schema") and 2020-12 ("https://json-schema.org/draft/2020-12/schema"): ` +
  `name one of those and write the schema in it, or leave “$schema” out for draft-07.`;

/**
 * The shape a keyword's value must have.
 * number: any number · positive: a number above 0 · count: a whole number ≥ 0 · boolean · text ·
 * regex: text that is a regular expression · list: any array · enum: an array (draft-07: non-empty,
 * no repeats) · names: an array of distinct strings · type: a type name or a non-empty list of
 * distinct ones · anchor: a plain name · id: a URI reference (2019-09 on: no fragment) ·
 * schema: an object or a boolean · schemas: a non-empty array of schemas · schemaOrSchemas ·
 * schemaMap: an object of schemas · namesMap: an object of `names` · dependencies: an object of
 * schemas or `names` · vocabulary: an object of booleans · any.
 */
export type Shape =
  | "number" | "positive" | "count" | "boolean" | "text" | "regex" | "list" | "enum" | "names" | "type" | "anchor" | "id"
  | "schema" | "schemas" | "schemaOrSchemas" | "schemaMap" | "namesMap" | "dependencies" | "vocabulary" | "any";

const D07: readonly Dialect[] = ["draft-07"];
const D19: readonly Dialect[] = ["2019-09"];
const D20: readonly Dialect[] = ["2020-12"];
const LATER: readonly Dialect[] = ["2019-09", "2020-12"];
const ALL: readonly Dialect[] = ["draft-07", "2019-09", "2020-12"];

/** keyword → the dialects whose meta-schema gives it this shape. */
const TABLE: Record<string, readonly (readonly [Shape, readonly Dialect[]])[]> = {
  $id: [["id", ALL]],
  $schema: [["text", ALL]],
  $ref: [["text", ALL]],
  $comment: [["text", ALL]],
  $anchor: [["anchor", LATER]],
  $dynamicAnchor: [["anchor", D20]],
  $dynamicRef: [["text", D20]],
  $recursiveRef: [["text", LATER]],
  $recursiveAnchor: [["boolean", D19], ["anchor", D20]],
  $vocabulary: [["vocabulary", LATER]],
  $defs: [["schemaMap", LATER]],
  definitions: [["schemaMap", ALL]],
  title: [["text", ALL]],
  description: [["text", ALL]],
  default: [["any", ALL]],
  readOnly: [["boolean", ALL]],
  writeOnly: [["boolean", LATER]],
  deprecated: [["boolean", LATER]],
  examples: [["list", ALL]],
  multipleOf: [["positive", ALL]],
  maximum: [["number", ALL]],
  exclusiveMaximum: [["number", ALL]],
  minimum: [["number", ALL]],
  exclusiveMinimum: [["number", ALL]],
  maxLength: [["count", ALL]],
  minLength: [["count", ALL]],
  pattern: [["regex", ALL]],
  maxItems: [["count", ALL]],
  minItems: [["count", ALL]],
  uniqueItems: [["boolean", ALL]],
  maxContains: [["count", LATER]],
  minContains: [["count", LATER]],
  maxProperties: [["count", ALL]],
  minProperties: [["count", ALL]],
  required: [["names", ALL]],
  dependentRequired: [["namesMap", LATER]],
  const: [["any", ALL]],
  enum: [["enum", ALL]],
  type: [["type", ALL]],
  format: [["text", ALL]],
  contentMediaType: [["text", ALL]],
  contentEncoding: [["text", ALL]],
  contentSchema: [["schema", LATER]],
  additionalItems: [["schema", [...D07, ...D19]]],
  items: [["schemaOrSchemas", [...D07, ...D19]], ["schema", D20]],
  prefixItems: [["schemas", D20]],
  contains: [["schema", ALL]],
  additionalProperties: [["schema", ALL]],
  unevaluatedItems: [["schema", LATER]],
  unevaluatedProperties: [["schema", LATER]],
  properties: [["schemaMap", ALL]],
  patternProperties: [["schemaMap", ALL]],
  dependentSchemas: [["schemaMap", LATER]],
  dependencies: [["dependencies", ALL]],
  propertyNames: [["schema", ALL]],
  if: [["schema", ALL]],
  then: [["schema", ALL]],
  else: [["schema", ALL]],
  allOf: [["schemas", ALL]],
  anyOf: [["schemas", ALL]],
  oneOf: [["schemas", ALL]],
  not: [["schema", ALL]],
};

/** The shape the dialect's meta-schema gives `keyword`, or undefined when it says nothing of it. */
export function shapeOf(dialect: Dialect, keyword: string): Shape | undefined {
  const rules = Object.hasOwn(TABLE, keyword) ? TABLE[keyword] : undefined;
  return rules?.find(([, dialects]) => dialects.includes(dialect))?.[0];
}

/** Every keyword the table knows in `dialect` (for tests and the "passed on" advice). */
export const keywordsOf = (dialect: Dialect): string[] => Object.keys(TABLE).filter((k) => shapeOf(dialect, k) !== undefined);

/** Ajv's own rule for anchors (it refuses any other, wherever it is); 2019-09's meta-schema also wants a letter first. */
export const validAnchor = (dialect: Dialect, s: string) => /^[a-z_][-a-z0-9._]*$/i.test(s) && (dialect !== "2019-09" || /^[a-z]/i.test(s));

/**
 * A subschema of a schema object: where it is (segments below the parent), the keyword that holds
 * it, and whether the meta-schema validates it (`meta`) and Ajv compiles it (`compiled`: the rules
 * an instance is checked against; `definitions`, `$defs` and `contentSchema` are only compiled
 * when a `$ref` points into them, `then`/`else` only beside an `if`, `additionalItems` only after
 * a list of `items`).
 */
export interface Subschema {
  keyword: string;
  segments: (string | number)[];
  node: JsonNode;
  meta: boolean;
  compiled: boolean;
}

/** Keywords Ajv's draft-07 class also knows, though its meta-schema does not validate them. */
const KNOWN_UNVALIDATED: Record<Dialect, readonly string[]> = { "draft-07": ["$defs"], "2019-09": [], "2020-12": [] };
const NOT_COMPILED = new Set(["definitions", "$defs", "contentSchema"]);

/** The last entry of each key, as JSON.parse and Ajv see the object. */
export function lastEntries(node: JsonNode & { kind: "object" }) {
  const last = new Map<string, (typeof node.entries)[number]>();
  for (const e of node.entries) last.set(e.key, e);
  return [...last.values()];
}

export function subschemasOf(dialect: Dialect, node: JsonNode): Subschema[] {
  if (node.kind !== "object") return [];
  const out: Subschema[] = [];
  const keys = new Map(lastEntries(node).map((e) => [e.key, e.value]));
  for (const [keyword, value] of keys) {
    const known = KNOWN_UNVALIDATED[dialect].includes(keyword);
    const shape = known ? "schemaMap" : shapeOf(dialect, keyword);
    const meta = !known;
    let compiled = !NOT_COMPILED.has(keyword);
    if (keyword === "if") compiled = keys.has("then") || keys.has("else");
    if (keyword === "then" || keyword === "else") compiled = keys.has("if");
    if (keyword === "additionalItems") compiled = keys.get("items")?.kind === "array";
    const add = (segments: (string | number)[], child: JsonNode) => out.push({ keyword, segments: [keyword, ...segments], node: child, meta, compiled });
    if (shape === "schema" || (shape === "schemaOrSchemas" && value.kind !== "array")) add([], value);
    else if ((shape === "schemas" || shape === "schemaOrSchemas") && value.kind === "array") value.items.forEach((item, i) => add([i], item));
    else if ((shape === "schemaMap" || shape === "dependencies") && value.kind === "object") {
      for (const e of lastEntries(value)) if (shape === "schemaMap" || e.value.kind !== "array") add([e.key], e.value);
    }
  }
  return out;
}
