/**
 * The row schema's text → the schema and a list of problems, each a sentence an analyst can act
 * on, with where it is (JSON pointer, line, column). Errors block a run; warnings only inform.
 * Pure: shared by the editor (markers, problem list) and the compose form (Run gating), and
 * runnable in Node for tests. It enforces the same rules as `rowSchemaSchema`, then goes deeper.
 */
import { MAX_SCHEMA_BYTES } from "@/lib/extract/types";
import { lineColumn, parseJson, toValue, type JsonEntry, type JsonNode } from "./json-ast";
import { FIELD_FORMATS, FIELD_TYPES } from "./meta-schema";

export type SchemaSeverity = "error" | "warning";
export interface SchemaProblem {
  severity: SchemaSeverity;
  message: string;
  /** JSON pointer to the value concerned, e.g. /properties/price/type ("" is the whole schema). */
  path: string;
  /** 1-based, as editors count. Absent only when the problem has no place in the text. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}
export interface SchemaCheckResult {
  /** The parsed schema, or null when the text is empty or has an error (a blocked run sends nothing). */
  schema: Record<string, unknown> | null;
  problems: SchemaProblem[];
}

export const hasSchemaErrors = (problems: readonly SchemaProblem[]) => problems.some((p) => p.severity === "error");

/** Engine-accepted spellings of a format, and the standard name to suggest instead. */
const FORMAT_ALIASES: Record<string, string> = { url: "uri", "uri-reference": "uri", iri: "uri", "iri-reference": "uri", "idn-email": "email" };
/**
 * Formats the engine's row validator checks besides its own (Ajv with ajv-formats; check.test.ts
 * keeps this list equal to ajv-formats' own, without loading Ajv into the compose page).
 */
export const VALIDATED_FORMATS: ReadonlySet<string> = new Set([
  "date", "time", "date-time", "iso-time", "iso-date-time", "duration", "uri", "uri-reference", "uri-template", "url", "email", "hostname",
  "ipv4", "ipv6", "regex", "uuid", "json-pointer", "json-pointer-uri-fragment", "relative-json-pointer", "byte", "int32", "int64", "float",
  "double", "password", "binary",
]);
/** Words people write for a type, and the JSON Schema type they mean. */
const TYPE_ALIASES: Record<string, string> = {
  text: "string", str: "string", url: "string", uri: "string", link: "string", date: "string", email: "string",
  int: "integer", long: "integer", float: "number", double: "number", decimal: "number", bool: "boolean",
  list: "array", dict: "object", map: "object", record: "object",
};
const ROOT_KEYWORDS = ["$schema", "$id", "$comment", "type", "title", "description", "properties", "required", "additionalProperties"];
const FIELD_KEYWORDS = ["type", "format", "description", "enum", "items", "properties", "required", "title", "nullable", "anyOf", "oneOf", "examples", "default", "$comment", "additionalProperties"];
/** Real JSON Schema keywords the studio passes on without checking (the engine's row validator may apply them). */
const PASSED_ON = new Set([
  "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "pattern",
  "minItems", "maxItems", "uniqueItems", "contains", "const", "minProperties", "maxProperties", "patternProperties",
  "propertyNames", "dependencies", "allOf", "not", "if", "then", "else", "$ref", "$id", "$defs", "definitions", "readOnly", "writeOnly", "deprecated",
]);

const q = (s: string) => `“${s}”`;
const list = (xs: readonly string[]) => xs.join(", ");
const pointer = (segments: readonly (string | number)[]) => segments.map((s) => `/${String(s).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");

/** Where a field sits, for sentences: “price”, “offer.price”, “tags” items. */
interface Place {
  segments: (string | number)[];
  name: string;
}

export function checkRowSchemaText(text: string): SchemaCheckResult {
  if (text.trim() === "") return { schema: null, problems: [] };
  const problems: SchemaProblem[] = [];
  const at = (severity: SchemaSeverity, message: string, segments: readonly (string | number)[], span?: { start: number; end: number }) => {
    const p: SchemaProblem = { severity, message, path: pointer(segments) };
    if (span) {
      const from = lineColumn(text, span.start);
      const to = lineColumn(text, Math.max(span.end, span.start));
      Object.assign(p, { line: from.line, column: from.column, endLine: to.line, endColumn: to.column });
    }
    problems.push(p);
  };

  const parsed = parseJson(text);
  if (!parsed.ok) {
    at("error", `The schema is not valid JSON: ${parsed.message}.`, [], parsed);
    return { schema: null, problems };
  }
  const root = parsed.node;
  if (root.kind !== "object") {
    at("error", "The schema must be a JSON object: { \"type\": \"object\", \"properties\": { … } }.", [], root);
    return { schema: null, problems };
  }

  checkRoot(root, at);
  const schema = toValue(root) as Record<string, unknown>;
  const bytes = new TextEncoder().encode(JSON.stringify(schema)).length;
  if (bytes > MAX_SCHEMA_BYTES) at("error", `The schema is too large (${MAX_SCHEMA_BYTES / 1024} KB at most).`, [], { start: root.start, end: root.start + 1 });

  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { schema: hasSchemaErrors(problems) ? null : schema, problems };
}

type Report = (severity: SchemaSeverity, message: string, segments: readonly (string | number)[], span?: { start: number; end: number }) => void;

const entry = (node: JsonNode & { kind: "object" }, key: string): JsonEntry | undefined => {
  let found: JsonEntry | undefined;
  for (const e of node.entries) if (e.key === key) found = e; // the last one wins, as in JSON.parse
  return found;
};
const keySpan = (e: JsonEntry) => e.keySpan;

function checkRoot(root: JsonNode & { kind: "object" }, report: Report) {
  const type = entry(root, "type");
  if (!type) {
    report("error", "The schema must describe one row: add \"type\": \"object\".", [], { start: root.start, end: root.start + 1 });
  } else if (type.value.kind !== "string" || type.value.value !== "object") {
    const said = type.value.kind === "string" ? type.value.value : "";
    const hint = said === "array" ? " Describe a single row and put its fields in “properties”; the result is always a list of rows." : "";
    report("error", `The schema must describe one row: its “type” must be "object".${hint}`, ["type"], type.value);
  }
  for (const key of ["title", "description", "$schema", "$id", "$comment"]) {
    const e = entry(root, key);
    if (e && e.value.kind !== "string") report("error", `The schema's ${q(key)} must be text in double quotes.`, [key], e.value);
  }
  const extra = entry(root, "additionalProperties");
  if (extra && extra.value.kind !== "boolean" && extra.value.kind !== "object") {
    report("error", "The schema's “additionalProperties” must be true or false.", ["additionalProperties"], extra.value);
  }
  checkKeywords(root, ROOT_KEYWORDS, [], "the schema", report);
  checkDuplicates(root, [], report);
  const props = checkProperties(root, { segments: [], name: "" }, report);
  if (props && props.entries.length === 0) report("warning", "The schema has no properties: the columns will be guessed from the page.", ["properties"], props);
  else if (!entry(root, "properties")) report("warning", "The schema has no “properties”: the columns will be guessed from the page.", [], { start: root.start, end: root.start + 1 });
}

/** Checks `properties` and `required` of an object schema; returns the properties node when usable. */
function checkProperties(node: JsonNode & { kind: "object" }, place: Place, report: Report) {
  const owner = place.name ? `of ${q(place.name)} ` : "";
  const propsEntry = entry(node, "properties");
  let props: (JsonNode & { kind: "object" }) | undefined;
  if (propsEntry) {
    if (propsEntry.value.kind === "object") props = propsEntry.value;
    else report("error", place.name ? `“properties” of ${q(place.name)} must be an object.` : "The schema's “properties” must be an object.", [...place.segments, "properties"], propsEntry.value);
  }
  if (props) {
    checkDuplicates(props, [...place.segments, "properties"], report, true);
    for (const e of props.entries) {
      const name = place.name ? `${place.name}.${e.key}` : e.key;
      checkField(e, { segments: [...place.segments, "properties", e.key], name }, report);
    }
  }
  const required = entry(node, "required");
  if (required) {
    const at = [...place.segments, "required"];
    if (required.value.kind === "boolean") {
      const fix = place.name ? `add ${q(place.name.split(".").pop() ?? place.name)} to the “required” list of the object that contains it` : "list field names";
      report("error", `“required” ${owner}must be a list of field names, not ${required.value.value}; ${fix}.`, at, required.value);
    } else if (required.value.kind !== "array") {
      report("error", `“required” ${owner}must be a list of field names, e.g. ["name"].`, at, required.value);
    } else {
      const seen = new Set<string>();
      required.value.items.forEach((item, i) => {
        if (item.kind !== "string") return report("error", `“required” ${owner}must list field names in double quotes.`, [...at, i], item);
        if (seen.has(item.value)) report("warning", `“required” ${owner}names ${q(item.value)} twice.`, [...at, i], item);
        seen.add(item.value);
        // At the top, a required field that is not a property is refused by the server too (no row
        // could be filled with it); inside a field it is valid JSON Schema the server takes: advice.
        const severity = place.name ? "warning" : "error";
        const dropped = place.name ? ` Rows whose ${q(place.name)} lacks it are dropped.` : "";
        if (props && !entry(props, item.value)) {
          const which = place.name ? `, which is not a property of ${q(place.name)}` : ", which is not a property";
          report(severity, `“required” ${owner}names ${q(item.value)}${which}.${dropped}`, [...at, i], item);
        } else if (!props && propsEntry === undefined) {
          report(severity, `“required” ${owner}names ${q(item.value)}, but there are no “properties”.${dropped}`, [...at, i], item);
        }
      });
    }
  }
  return props;
}

function checkField(e: JsonEntry, place: Place, report: Report) {
  const node = e.value;
  const field = q(place.name);
  if (node.kind !== "object") {
    report("error", `${field} must be an object that describes the field, e.g. { "type": "string" }.`, place.segments, node);
    return;
  }
  checkKeywords(node, FIELD_KEYWORDS, place.segments, field, report);
  checkDuplicates(node, place.segments, report);
  const has = (k: string) => entry(node, k) !== undefined;

  const types = checkType(node, place, report);
  const typeEntry = entry(node, "type");
  if (!typeEntry && !has("enum") && !has("anyOf") && !has("oneOf") && !has("properties") && !has("items")) {
    report("warning", `${field} has no “type”; it will be read as text (“string”).`, place.segments, keySpan(e));
  }

  const format = entry(node, "format");
  if (format) {
    const at = [...place.segments, "format"];
    if (format.value.kind !== "string") {
      report("error", `“format” of ${field} must be text in double quotes, e.g. "uri".`, at, format.value);
    } else {
      const value = format.value.value;
      const standard = FORMAT_ALIASES[value];
      if (standard) {
        report("warning", `“format” of ${field}: ${q(value)} works, but the standard name is ${q(standard)}.`, at, format.value);
      } else if (!(FIELD_FORMATS as readonly string[]).includes(value)) {
        // JSON Schema allows any format, and so do Linkup and the studio's API: advice, not a block.
        const checked = VALIDATED_FORMATS.has(value) ? `drops rows whose value is not a valid ${q(value)}` : "does not check it";
        report("warning", `“format” of ${field}: ${q(value)} is passed on as written. The embedded engine types only ${list(FIELD_FORMATS)}; it reads this field as text and ${checked}.`, at, format.value);
      } else if (types && !types.includes("string")) {
        report("warning", `“format” of ${field} only applies to text; its “type” is not “string”.`, at, format.value);
      }
    }
  }

  for (const key of ["description", "title"]) {
    const d = entry(node, key);
    if (d && d.value.kind !== "string") report("error", `${q(key)} of ${field} must be text in double quotes.`, [...place.segments, key], d.value);
  }
  const nullable = entry(node, "nullable");
  if (nullable && nullable.value.kind !== "boolean") report("error", `“nullable” of ${field} must be true or false.`, [...place.segments, "nullable"], nullable.value);

  const en = entry(node, "enum");
  if (en) {
    const at = [...place.segments, "enum"];
    if (en.value.kind !== "array") report("error", `“enum” of ${field} must be a list of the allowed values, e.g. ["new", "used"].`, at, en.value);
    else if (en.value.items.length === 0) report("error", `“enum” of ${field} is empty, so no value would be allowed.`, at, en.value);
    else {
      const seen = new Set<string>();
      en.value.items.forEach((item, i) => {
        const k = JSON.stringify(toValue(item));
        if (seen.has(k)) report("warning", `“enum” of ${field} lists ${k} twice.`, [...at, i], item);
        seen.add(k);
      });
    }
  }

  const items = entry(node, "items");
  if (items) {
    if (types && !types.includes("array")) report("warning", `“items” of ${field} is ignored: its “type” is not “array”.`, [...place.segments, "items"], keySpan(items));
    checkField(items, { segments: [...place.segments, "items"], name: `${place.name}[]` }, report);
  }
  const hasProps = has("properties");
  if (hasProps && types && !types.includes("object")) {
    report("warning", `“properties” of ${field} are ignored: its “type” is not “object”.`, place.segments, keySpan(e));
  }
  checkProperties(node, place, report);

  for (const key of ["anyOf", "oneOf"]) {
    const alts = entry(node, key);
    if (!alts) continue;
    if (alts.value.kind !== "array" || alts.value.items.length === 0) {
      report("error", `${q(key)} of ${field} must be a list of alternatives, e.g. [{ "type": "string" }, { "type": "null" }].`, [...place.segments, key], alts.value);
      continue;
    }
    alts.value.items.forEach((alt, i) => {
      if (alt.kind === "object" && entry(alt, "type")?.value.kind === "string" && (entry(alt, "type")?.value as { value: string }).value === "null") return;
      checkField({ key: String(i), keySpan: alt, value: alt }, { segments: [...place.segments, key, i], name: place.name }, report);
    });
  }
}

/** Valid JSON Schema that the server takes, but a field that is always empty is rarely meant. */
const onlyNull = (field: string) => `${field} can only be “null”: rows with a value there are dropped. Write ["string", "null"] for a value that may be missing.`;

/** Checks "type"; returns the declared types when they are all valid, else null (undefined when absent). */
function checkType(node: JsonNode & { kind: "object" }, place: Place, report: Report): string[] | null | undefined {
  const e = entry(node, "type");
  if (!e) return undefined;
  const at = [...place.segments, "type"];
  const field = q(place.name);
  const must = `“type” of ${field} must be one of ${list(FIELD_TYPES)}`;
  const known = (t: string) => (FIELD_TYPES as readonly string[]).includes(t);
  const suggest = (t: string) => {
    const lower = t.trim().toLowerCase();
    if (known(lower)) return ` (write it in lower case: ${q(lower)})`;
    const alias = TYPE_ALIASES[lower];
    if (alias === "string" && ["url", "uri", "link"].includes(lower)) return ` (for links write "type": "string" with "format": "uri")`;
    if (alias === "string" && ["date", "email"].includes(lower)) return ` (write "type": "string" with "format": "${lower}")`;
    if (alias) return ` (did you mean ${q(alias)}?)`;
    const close = closest(lower, FIELD_TYPES);
    return close ? ` (did you mean ${q(close)}?)` : "";
  };
  const v = e.value;
  if (v.kind === "string") {
    if (known(v.value)) return [v.value];
    if (v.value === "null") {
      report("warning", onlyNull(field), at, v);
      return null;
    }
    report("error", `${must}${suggest(v.value)}.`, at, v);
    return null;
  }
  if (v.kind === "array") {
    if (v.items.length === 0) {
      report("error", `${must}; the list is empty.`, at, v);
      return null;
    }
    let ok = true;
    const seen = new Set<string>();
    const out: string[] = [];
    v.items.forEach((item, i) => {
      if (item.kind !== "string" || (!known(item.value) && item.value !== "null")) {
        ok = false;
        const said = item.kind === "string" ? suggest(item.value) : "";
        report("error", `${must}, or "null"${said}.`, [...at, i], item);
        return;
      }
      if (seen.has(item.value)) report("warning", `“type” of ${field} lists ${q(item.value)} twice.`, [...at, i], item);
      seen.add(item.value);
      out.push(item.value);
    });
    if (ok && out.every((t) => t === "null")) {
      report("warning", onlyNull(field), at, v);
      return null;
    }
    return ok ? out : null;
  }
  report("error", `${must}.`, at, v);
  return null;
}

function checkKeywords(node: JsonNode & { kind: "object" }, known: readonly string[], segments: readonly (string | number)[], owner: string, report: Report) {
  for (const e of node.entries) {
    if (known.includes(e.key)) continue;
    const at = [...segments, e.key];
    if (PASSED_ON.has(e.key)) {
      report("warning", `${q(e.key)} on ${owner} is passed on unchecked; rows that do not satisfy it may be dropped.`, at, e.keySpan);
      continue;
    }
    const close = closest(e.key, known);
    const hint = close ? ` Did you mean ${q(close)}?` : "";
    report("warning", `${q(e.key)} on ${owner} is not a keyword the studio knows; it will be ignored.${hint}`, at, e.keySpan);
  }
}

function checkDuplicates(node: JsonNode & { kind: "object" }, segments: readonly (string | number)[], report: Report, fields = false) {
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
function closest(word: string, candidates: readonly string[]): string | undefined {
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
