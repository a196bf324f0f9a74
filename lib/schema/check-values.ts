/**
 * The row schema checker's rules for the values of JSON Schema keywords the field rules do not
 * word themselves (minimum, pattern, $ref, allOf, definitions…), in the schema's own dialect:
 * each value must have the shape the dialect's meta-schema gives it (meta-rules.ts), and in the
 * parts the server compiles, what Ajv checks then (check-compiled.ts: a `$ref` must point at
 * something, a `pattern` must be a regular expression…). These are errors: the server's Ajv refuses
 * such a schema, and answers with the same sentences (lib/api/handler.ts).
 */
import { toValue, type JsonEntry, type JsonNode } from "./json-ast";
import { canonicalJson, describeValue, ofPlace, q, type CheckContext, type Place, type Report } from "./check-problems";
import { checkCompiled } from "./check-compiled";
import { lastEntries, shapeOf, subschemasOf, validAnchor, type Shape } from "./meta-rules";

type ObjectNode = JsonNode & { kind: "object" };
const SIMPLE_TYPES = ["string", "number", "integer", "boolean", "array", "object", "null"];
const A_SCHEMA = 'a schema: an object such as { "type": "string" }, or true or false';
/** What a keyword's schema is for, where "a schema" alone would not say enough. */
const SCHEMA_WORDS: Record<string, string> = {
  additionalProperties: "true or false, or a schema that every other field must match",
  items: 'a schema for each element, e.g. { "type": "string" }',
};

const isSchema = (node: JsonNode) => node.kind === "object" || node.kind === "boolean";

/**
 * Checks one keyword of a schema object: its value's shape, what the server checks when it compiles
 * that part, and the schemas inside it. Returns false when the value itself is wrong.
 */
export function checkValue(node: ObjectNode, e: JsonEntry, place: Place, ctx: CheckContext, report: Report): boolean {
  let ok = true;
  const tracked: Report = (severity, message, segments, span) => {
    if (severity === "error") ok = false;
    report(severity, message, segments, span);
  };
  const meta = ctx.index.meta.has(node);
  const compiled = ctx.index.compiled.has(node);
  const shape = shapeOf(ctx.dialect, e.key);
  if (shape && (meta || compiled)) checkShape(shape, e, place, ctx, tracked, meta, compiled);
  if (compiled) checkCompiled(node, e, place, ctx, tracked);
  // Draft-07 has no $anchor, but Ajv reads one below the top wherever it is, and refuses a bad name.
  if (e.key === "$anchor" && e.value.kind === "string" && !shape && node !== ctx.root && !validAnchor(ctx.dialect, e.value.value)) {
    tracked("error", anchorSentence(e, place), [...place.segments, e.key], e.value);
  }
  for (const sub of subschemasOf(ctx.dialect, node)) {
    if (sub.keyword !== e.key || sub.node.kind !== "object") continue;
    checkSubschema(sub.node as ObjectNode, { segments: [...place.segments, ...sub.segments], name: childName(place.name, sub.segments) }, ctx, report);
  }
  return ok;
}

/** Every keyword of a schema inside another keyword (allOf, not, definitions…): its values only. */
function checkSubschema(node: ObjectNode, place: Place, ctx: CheckContext, report: Report) {
  for (const e of lastEntries(node)) checkValue(node, e, place, ctx, report);
}

/** How a schema inside a field is named: the field itself (allOf, not…), its elements, its fields, a definition. */
function childName(name: string, segments: readonly (string | number)[]): string {
  const [keyword, key] = segments;
  const prefix = name ? `${name}.` : "";
  switch (keyword) {
    case "properties":
    case "patternProperties":
      return `${prefix}${String(key)}`;
    case "definitions":
    case "$defs":
      return `${prefix}${keyword}.${String(key)}`;
    case "items":
    case "prefixItems":
      return key === undefined ? `${name}[]` : `${name}[${key}]`;
    case "contains":
    case "additionalItems":
    case "unevaluatedItems":
      return `${name}[]`;
    case "additionalProperties":
    case "unevaluatedProperties":
      return `${prefix}*`;
    default:
      return name;
  }
}

const anchorSentence = (e: JsonEntry, place: Place) =>
  `${q(e.key)} ${ofPlace(place)} must be a plain name: a letter or "_" first, then letters, digits, "-", "_" or ".", not ${describeValue(e.value)}.`;

function checkShape(shape: Shape, e: JsonEntry, place: Place, ctx: CheckContext, report: Report, meta: boolean, compiled: boolean) {
  const v = e.value;
  const at = [...place.segments, e.key];
  const K = `${q(e.key)} ${ofPlace(place)}`;
  const not = `not ${describeValue(v)}`;
  const fail = (message: string, segments = at, span: { start: number; end: number } = v) => report("error", message, segments, span);
  const names = (list: JsonNode, owner: string, segments: (string | number)[]) => {
    if (list.kind !== "array") return fail(`${owner} must be a list of field names, e.g. ["name"], not ${describeValue(list)}.`, segments, list);
    const seen = new Set<string>();
    list.items.forEach((item, i) => {
      if (item.kind !== "string") return fail(`${owner} must list field names in double quotes.`, [...segments, i], item);
      if (seen.has(item.value)) fail(`${owner} names ${q(item.value)} twice; list each field once.`, [...segments, i], item);
      seen.add(item.value);
    });
  };
  const schemaList = (list: JsonNode & { kind: "array" }) => {
    if (list.items.length === 0) return fail(`${K} is empty; list at least one schema.`);
    list.items.forEach((item, i) => {
      if (!isSchema(item)) fail(`${K}: item ${i + 1} must be ${A_SCHEMA}; not ${describeValue(item)}.`, [...at, i], item);
    });
  };
  switch (shape) {
    case "number":
      if (v.kind !== "number") fail(`${K} must be a number, ${not}.`);
      return;
    case "positive":
      if (v.kind !== "number" || v.value <= 0) fail(`${K} must be a number greater than 0, ${not}.`);
      return;
    case "count":
      if (v.kind !== "number" || !Number.isInteger(v.value) || v.value < 0) fail(`${K} must be a whole number (0 or more), ${not}.`);
      return;
    case "boolean":
      if (v.kind !== "boolean") fail(`${K} must be true or false, ${not}.`);
      return;
    case "text":
    case "regex":
      if (v.kind !== "string") fail(`${K} must be text in double quotes, ${not}.`);
      return;
    case "id":
      if (v.kind !== "string") fail(`${K} must be text in double quotes, ${not}.`);
      else if (ctx.dialect !== "draft-07" && /#./.test(v.value)) fail(`${K} may not end in a fragment ("#…") in JSON Schema ${ctx.dialect}; name the part with “$anchor” instead.`);
      return;
    case "anchor":
      if (v.kind !== "string" || !validAnchor(ctx.dialect, v.value)) fail(anchorSentence(e, place));
      return;
    case "list":
      if (v.kind !== "array") fail(`${K} must be a list in square brackets, ${not}.`);
      return;
    case "enum": {
      if (v.kind !== "array") return fail(`${K} must be a list of the allowed values, e.g. ["new", "used"].`);
      // draft-07's meta-schema (as Ajv bundles it) wants a non-empty list without repeats; later
      // drafts allow both, but Ajv will not compile an empty one.
      if (v.items.length === 0 && ((meta && ctx.dialect === "draft-07") || compiled)) return fail(`${K} is empty, so no value would be allowed.`);
      if (!meta || ctx.dialect !== "draft-07") return;
      const seen = new Set<string>();
      v.items.forEach((item, i) => {
        const k = canonicalJson(toValue(item));
        if (seen.has(k)) fail(`${K} lists ${JSON.stringify(toValue(item))} twice; list each value once.`, [...at, i], item);
        seen.add(k);
      });
      return;
    }
    case "names":
      return names(v, K, at);
    case "type": {
      const must = `${K} must be one of ${SIMPLE_TYPES.join(", ")}, or a list of them`;
      if (v.kind === "string") {
        if (!SIMPLE_TYPES.includes(v.value)) fail(`${must}; ${JSON.stringify(v.value)} is not a type.`);
        return;
      }
      if (v.kind !== "array") return fail(`${must}, ${not}.`);
      if (v.items.length === 0) return fail(`${must}; the list is empty.`);
      const seen = new Set<string>();
      v.items.forEach((item, i) => {
        if (item.kind !== "string" || !SIMPLE_TYPES.includes(item.value)) return fail(`${must}, ${describeValue(item)} is not a type.`, [...at, i], item);
        if (seen.has(item.value)) fail(`${K} lists ${q(item.value)} twice; list each type once.`, [...at, i], item);
        seen.add(item.value);
      });
      return;
    }
    case "schema":
      if (!isSchema(v)) fail(`${K} must be ${SCHEMA_WORDS[e.key] ?? A_SCHEMA}; ${not}.`);
      return;
    case "schemas":
      if (v.kind !== "array") return fail(`${K} must be a list of schemas, e.g. [{ "type": "string" }, { "type": "null" }]; ${not}.`);
      return schemaList(v);
    case "schemaOrSchemas":
      if (v.kind === "array") return schemaList(v);
      if (!isSchema(v)) fail(`${K} must be ${SCHEMA_WORDS[e.key] ?? A_SCHEMA}; ${not}.`);
      return;
    case "schemaMap":
    case "namesMap":
    case "dependencies": {
      const example = shape === "schemaMap" ? '{ "price": { "type": "number" } }' : '{ "price": ["currency"] }';
      if (v.kind !== "object") return fail(`${K} must be an object that maps names to ${shape === "schemaMap" ? "schemas" : "lists of field names"}, e.g. ${example}; ${not}.`);
      for (const item of lastEntries(v)) {
        const segments = [...at, item.key];
        const owner = `${q(item.key)} in ${K}`;
        if (shape === "namesMap" || (shape === "dependencies" && item.value.kind === "array")) names(item.value, owner, segments);
        else if (!isSchema(item.value)) {
          const or = shape === "dependencies" ? ', or a list of field names such as ["currency"]' : "";
          fail(`${owner} must be ${A_SCHEMA}${or}; not ${describeValue(item.value)}.`, segments, item.value);
        }
      }
      return;
    }
    case "vocabulary":
      if (v.kind !== "object") return fail(`${K} must be an object that maps vocabulary URIs to true or false; ${not}.`);
      for (const item of lastEntries(v)) {
        if (item.value.kind !== "boolean") fail(`${q(item.key)} in ${K} must be true or false, not ${describeValue(item.value)}.`, [...at, item.key], item.value);
      }
      return;
    case "any":
      return;
  }
}

