/**
 * The words the row schema checker knows: the keywords allowed on the schema and on a field, the
 * real JSON Schema keywords it passes on unchecked, the words people write for a type or a format,
 * and the “did you mean” that names the nearest. Also the checks on an object's keys themselves
 * (unknown, repeated), which both the root and the field rules run.
 */
import type { JsonNode } from "./json-ast";
import { entry, q, type CheckContext, type Place, type Report } from "./check-problems";
import { checkValue } from "./check-values";
import { shapeOf } from "./meta-rules";

/** Engine-accepted spellings of a format, and the standard name to suggest instead. */
export const FORMAT_ALIASES: Record<string, string> = { url: "uri", "uri-reference": "uri", iri: "uri", "iri-reference": "uri", "idn-email": "email" };
/**
 * Formats the engine's row validator checks besides its own (Ajv with ajv-formats; check-fields.test.ts
 * keeps this list equal to ajv-formats' own, without loading Ajv into the compose page).
 */
export const VALIDATED_FORMATS: ReadonlySet<string> = new Set([
  "date", "time", "date-time", "iso-time", "iso-date-time", "duration", "uri", "uri-reference", "uri-template", "url", "email", "hostname",
  "ipv4", "ipv6", "regex", "uuid", "json-pointer", "json-pointer-uri-fragment", "relative-json-pointer", "byte", "int32", "int64", "float",
  "double", "password", "binary",
]);
/** Words people write for a type, and the JSON Schema type they mean. */
export const TYPE_ALIASES: Record<string, string> = {
  text: "string", str: "string", url: "string", uri: "string", link: "string", date: "string", email: "string",
  int: "integer", long: "integer", float: "number", double: "number", decimal: "number", bool: "boolean",
  list: "array", dict: "object", map: "object", record: "object",
};
export const ROOT_KEYWORDS = ["$schema", "$id", "$comment", "type", "title", "description", "properties", "required", "additionalProperties"];
export const FIELD_KEYWORDS = ["type", "format", "description", "enum", "items", "properties", "required", "title", "nullable", "anyOf", "oneOf", "examples", "default", "$comment", "additionalProperties"];
/** The keywords the root and field rules check in their own words; check-values.ts checks the others. */
export const ROOT_OWNED = ["$schema", "$comment", "type", "title", "description", "properties", "required"];
export const FIELD_OWNED = ["type", "format", "description", "enum", "items", "properties", "required", "title", "anyOf", "oneOf"];
/**
 * Real JSON Schema keywords the studio passes on (the engine's row validator may apply them): their
 * values are checked as the server checks them, but not explained. The dialect's own keywords
 * (meta-rules.ts: prefixItems in 2020-12…) are passed on too.
 */
const PASSED_ON = new Set([
  "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "pattern",
  "minItems", "maxItems", "uniqueItems", "contains", "const", "minProperties", "maxProperties", "patternProperties",
  "propertyNames", "dependencies", "allOf", "not", "if", "then", "else", "$ref", "$id", "$defs", "definitions", "readOnly", "writeOnly", "deprecated",
]);

/**
 * Every keyword of a schema object the root or field rules do not own: its value is checked
 * (check-values.ts); a keyword they do not know either is advice: passed on, or ignored.
 */
export function checkKeywords(node: JsonNode & { kind: "object" }, known: readonly string[], owned: readonly string[], place: Place, ctx: CheckContext, report: Report) {
  const owner = place.name ? q(place.name) : "the schema";
  for (const e of node.entries) {
    if (owned.includes(e.key)) continue;
    // A repeated key is advice of its own (checkDuplicates); only the last one counts, as in JSON.parse.
    const ok = entry(node, e.key) === e ? checkValue(node, e, place, ctx, report) : true;
    if (known.includes(e.key)) continue;
    const at = [...place.segments, e.key];
    if (PASSED_ON.has(e.key) || shapeOf(ctx.dialect, e.key)) {
      if (ok) report("warning", `${q(e.key)} on ${owner} is passed on as written; rows that do not satisfy it may be dropped.`, at, e.keySpan);
      continue;
    }
    const close = closest(e.key, known);
    const hint = close ? ` Did you mean ${q(close)}?` : "";
    report("warning", `${q(e.key)} on ${owner} is not a keyword the studio knows; it will be ignored.${hint}`, at, e.keySpan);
  }
}

export function checkDuplicates(node: JsonNode & { kind: "object" }, segments: readonly (string | number)[], report: Report, fields = false) {
  const seen = new Set<string>();
  for (const e of node.entries) {
    if (seen.has(e.key)) {
      const what = fields ? `The field ${q(e.key)} is defined twice` : `${q(e.key)} appears twice`;
      report("warning", `${what}; only the last one counts.`, [...segments, e.key], e.keySpan);
    }
    seen.add(e.key);
  }
}

/** The candidate at most two edits away (case-insensitive), for "did you mean". */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 3;
}
