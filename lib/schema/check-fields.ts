/**
 * The row schema checker's rules for fields: an object's “properties” and “required”, and each
 * field's type, format, enum, items, nested properties and alternatives (anyOf/oneOf), recursively.
 */
import { toValue, type JsonEntry, type JsonNode } from "./json-ast";
import { FIELD_FORMATS, FIELD_TYPES } from "./meta-schema";
import { canonicalJson, entry, keySpan, list, q, type CheckContext, type Place, type Report } from "./check-problems";
import { checkDuplicates, checkKeywords, closest, FIELD_KEYWORDS, FIELD_OWNED, FORMAT_ALIASES, TYPE_ALIASES, VALIDATED_FORMATS } from "./check-keywords";

/** Checks `properties` and `required` of an object schema; returns the properties node when usable. */
export function checkProperties(node: JsonNode & { kind: "object" }, place: Place, ctx: CheckContext, report: Report) {
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
      checkField(e, { segments: [...place.segments, "properties", e.key], name }, ctx, report);
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
        // JSON Schema wants the names distinct: the server refuses a list that repeats one.
        if (seen.has(item.value)) report("error", `“required” ${owner}names ${q(item.value)} twice; list each field once.`, [...at, i], item);
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

function checkField(e: JsonEntry, place: Place, ctx: CheckContext, report: Report) {
  const node = e.value;
  const field = q(place.name);
  if (node.kind === "boolean") {
    // A boolean schema is valid JSON Schema (draft-06 on) and the server takes it: advice only.
    const said = node.value
      ? `${field} is true: any value is allowed, and it will be read as text (“string”).`
      : `${field} is false: no value is allowed, so rows with a value there are dropped.`;
    report("warning", `${said} Describe it instead, e.g. { "type": "string" }.`, place.segments, node);
    return;
  }
  if (node.kind !== "object") {
    report("error", `${field} must be an object that describes the field, e.g. { "type": "string" }.`, place.segments, node);
    return;
  }
  checkKeywords(node, FIELD_KEYWORDS, FIELD_OWNED, place, ctx, report);
  checkDuplicates(node, place.segments, report);
  const has = (k: string) => entry(node, k) !== undefined;

  const types = checkType(node, place, report);
  const typeEntry = entry(node, "type");
  // A $ref brings its own type; a "nullable" without one is an error of its own (check-values.ts).
  if (!typeEntry && !has("enum") && !has("anyOf") && !has("oneOf") && !has("properties") && !has("items") && !has("$ref") && !has("nullable")) {
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

  const en = entry(node, "enum");
  if (en) {
    const at = [...place.segments, "enum"];
    if (en.value.kind !== "array") report("error", `“enum” of ${field} must be a list of the allowed values, e.g. ["new", "used"].`, at, en.value);
    else if (en.value.items.length === 0) report("error", `“enum” of ${field} is empty, so no value would be allowed.`, at, en.value);
    else {
      // Draft-07's meta-schema (as the server's Ajv has it) refuses a repeated value; later drafts allow it.
      const repeated = ctx.dialect === "draft-07" ? "error" : "warning";
      const seen = new Set<string>();
      en.value.items.forEach((item, i) => {
        const k = canonicalJson(toValue(item));
        if (seen.has(k)) report(repeated, `“enum” of ${field} lists ${JSON.stringify(toValue(item))} twice${repeated === "error" ? "; list each value once" : ""}.`, [...at, i], item);
        seen.add(k);
      });
    }
  }

  const items = entry(node, "items");
  if (items) {
    if (types && !types.includes("array")) report("warning", `“items” of ${field} is ignored: its “type” is not “array”.`, [...place.segments, "items"], keySpan(items));
    checkField(items, { segments: [...place.segments, "items"], name: `${place.name}[]` }, ctx, report);
  }
  const hasProps = has("properties");
  if (hasProps && types && !types.includes("object")) {
    report("warning", `“properties” of ${field} are ignored: its “type” is not “object”.`, place.segments, keySpan(e));
  }
  checkProperties(node, place, ctx, report);

  for (const key of ["anyOf", "oneOf"]) {
    const alts = entry(node, key);
    if (!alts) continue;
    if (alts.value.kind !== "array" || alts.value.items.length === 0) {
      report("error", `${q(key)} of ${field} must be a list of alternatives, e.g. [{ "type": "string" }, { "type": "null" }].`, [...place.segments, key], alts.value);
      continue;
    }
    alts.value.items.forEach((alt, i) => {
      if (alt.kind === "object" && entry(alt, "type")?.value.kind === "string" && (entry(alt, "type")?.value as { value: string }).value === "null") return;
      if (alt.kind === "boolean") {
        const said = alt.value ? `${field} allows any value` : "it never matches; remove it";
        return report("warning", `Alternative ${i + 1} of ${q(key)} of ${field} is ${alt.value}, so ${said}.`, [...place.segments, key, i], alt);
      }
      checkField({ key: String(i), keySpan: alt, value: alt }, { segments: [...place.segments, key, i], name: place.name }, ctx, report);
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
      // A repeated type is refused by the server (JSON Schema wants them distinct).
      if (seen.has(item.value)) {
        ok = false;
        report("error", `“type” of ${field} lists ${q(item.value)} twice; list each type once.`, [...at, i], item);
      }
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
