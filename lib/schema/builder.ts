import type { FieldType } from "@/lib/engine/fields/spec";
import { isObj, parseJson, stringifyJson, withKeyAfter, type Json, type JsonObject, type JsonSyntaxError } from "./ordered-json";

/**
 * The field table ⇄ row JSON Schema mapping. The schema TEXT is the source of truth: the table is
 * derived from it, and every table edit rewrites the text while keeping everything the table does not
 * show (unknown keywords, enum, items, nested properties, title, key order) exactly as it was
 * (the text is read and written with ordered-json.ts, never JSON.parse).
 */

/** "" (none), one the table offers (FIELD_FORMATS), or any other the schema names (kept as written). */
export type BuilderFormat = string;

export interface BuilderField {
  name: string;
  type: FieldType;
  format: BuilderFormat;
  description: string;
  required: boolean;
}

export const FIELD_TYPES: readonly FieldType[] = ["string", "number", "integer", "boolean", "array", "object"];
export const FIELD_FORMATS: readonly BuilderFormat[] = ["", "uri", "email", "date", "date-time"];

export type FieldEdit =
  | { kind: "add"; field?: Partial<BuilderField> }
  | { kind: "remove"; index: number }
  | { kind: "rename"; index: number; name: string }
  | { kind: "update"; index: number; patch: Partial<Omit<BuilderField, "name">> }
  | { kind: "move"; from: number; to: number };

export type EditResult = { text: string } | { error: string };

interface Doc {
  root: JsonObject;
  props: JsonObject;
  required: string[];
  fields: BuilderField[];
}

const asText = (v: Json | undefined) => (v === undefined ? "" : stringifyJson(v).replace(/\s+/g, " "));

/** Why the table cannot show a field's schema, or its row. */
function fieldFrom(name: string, raw: Json, required: boolean): BuilderField | string {
  const cannot = (why: string) => `The field table cannot show “${name}”: ${why} Edit it in the JSON.`;
  if (!isObj(raw)) return cannot(`its schema is ${asText(raw)}, not an object.`);
  const declared = raw.get("type");
  // ["string", "null"] (nullable) shows as string; the null is kept on type changes.
  const types = Array.isArray(declared) ? declared.filter((t) => t !== "null") : [declared];
  const type = types.length === 1 ? FIELD_TYPES.find((t) => t === types[0]) : undefined;
  if (declared === undefined) return cannot("it has no “type” (anyOf, $ref or enum alone).");
  if (!type) return cannot(`its “type” is ${asText(declared)}.`);
  // JSON Schema allows any format: one the table does not offer is shown, and kept, as written.
  const format = raw.get("format") ?? "";
  if (typeof format !== "string") return cannot(`its “format” is ${asText(format)}, not text.`);
  const description = raw.get("description") ?? "";
  if (typeof description !== "string") return cannot("its “description” is not text.");
  return { name, type, format, description, required };
}

function readDoc(text: string): Doc | { error: string } | JsonSyntaxError {
  if (text.trim() === "") return { root: new Map(), props: new Map(), required: [], fields: [] };
  const parsed = parseJson(text);
  if ("error" in parsed) return parsed;
  const root = parsed.value;
  if (!isObj(root)) return { error: "The schema must be a JSON object to show it as a table." };
  const type = root.get("type");
  if (type !== undefined && type !== "object") {
    return { error: `The field table edits a row schema ("type": "object"); this one has "type": ${asText(type)}.` };
  }
  const props = root.get("properties") ?? new Map();
  if (!isObj(props)) return { error: 'The schema\'s "properties" must be an object to show it as a table.' };
  const req = root.get("required") ?? [];
  if (!Array.isArray(req) || !req.every((r) => typeof r === "string")) {
    return { error: 'The schema\'s "required" must be a list of field names to show it as a table.' };
  }
  const required = req as string[];
  const fields: BuilderField[] = [];
  for (const [name, raw] of props) {
    const field = fieldFrom(name, raw, required.includes(name));
    if (typeof field === "string") return { error: field };
    fields.push(field);
  }
  return { root, props, required, fields };
}

/**
 * The table rows of a schema text, or the sentence saying why it cannot be shown as a table
 * (`invalidJson` when the text is not JSON: the editor's problem list already says where).
 */
export function fieldsFromSchemaText(text: string): { fields: BuilderField[] } | { error: string } | JsonSyntaxError {
  const doc = readDoc(text);
  return "error" in doc ? doc : { fields: doc.fields };
}

/** A field name the table would give a new row: field1, field2, … whichever is free. */
export function nextFieldName(taken: Iterable<string>): string {
  const names = new Set(taken);
  let n = names.size + 1;
  while (names.has(`field${n}`)) n++;
  return `field${n}`;
}

const nameProblem = (name: string, others: Iterable<string>): string | null => {
  if (name.trim() === "") return "A field needs a name.";
  for (const other of others) if (other === name) return `There is already a field called “${name}”.`;
  return null;
};

/**
 * One table edit applied to the schema text. Returns the new text (2-space JSON), or a sentence when
 * the edit is refused: a name that is empty or taken, a row that does not exist, a schema the table
 * cannot show. Never throws.
 */
export function applyFieldEdit(text: string, edit: FieldEdit): EditResult {
  const doc = readDoc(text);
  if ("error" in doc) return doc;
  let { root, props } = doc;
  let required = doc.required;
  const names = [...props.keys()];
  const outOfRange = (i: number) => !Number.isInteger(i) || i < 0 || i >= names.length;
  const rowError = { error: "That field is no longer in the schema." };

  switch (edit.kind) {
    case "add": {
      const name = edit.field?.name ?? nextFieldName(names);
      const problem = nameProblem(name, names);
      if (problem) return { error: problem };
      if (!root.has("type")) root = new Map<string, Json>([["type", "object"], ...root]);
      props = new Map(props).set(name, new Map([["type", "string"]]));
      props = updateField(props, name, { name, type: "string", format: "", description: "", required: false }, { ...edit.field });
      if (edit.field?.required) required = [...required, name];
      break;
    }
    case "remove": {
      if (outOfRange(edit.index)) return rowError;
      const name = names[edit.index]!;
      props = new Map(props);
      props.delete(name);
      required = required.filter((r) => r !== name);
      break;
    }
    case "rename": {
      if (outOfRange(edit.index)) return rowError;
      const from = names[edit.index]!;
      if (edit.name === from) return { text: serialise(doc, root, props, required) };
      const problem = nameProblem(edit.name, names);
      if (problem) return { error: problem };
      props = new Map([...props].map(([k, v]) => [k === from ? edit.name : k, v]));
      required = required.map((r) => (r === from ? edit.name : r));
      break;
    }
    case "update": {
      if (outOfRange(edit.index)) return rowError;
      const field = doc.fields[edit.index]!;
      props = updateField(props, field.name, field, edit.patch);
      const want = edit.patch.required;
      if (want === true && !required.includes(field.name)) required = [...required, field.name];
      if (want === false) required = required.filter((r) => r !== field.name);
      break;
    }
    case "move": {
      if (outOfRange(edit.from) || outOfRange(edit.to)) return rowError;
      const order = [...names];
      const [moved] = order.splice(edit.from, 1);
      order.splice(edit.to, 0, moved!);
      props = new Map(order.map((k) => [k, props.get(k)!]));
      break;
    }
  }
  return { text: serialise(doc, root, props, required) };
}

/** Items as the table writes them for a new list: `{"type": …}` and perhaps a format, nothing else. */
function isTableItems(items: Json | undefined): boolean {
  if (!isObj(items)) return false;
  const type = items.get("type");
  if (typeof type !== "string" || type === "array" || type === "object") return false;
  return [...items.keys()].every((k) => k === "type" || (k === "format" && typeof items.get("format") === "string"));
}

/** Writes only what the patch changes, so a no-op patch leaves the field's schema untouched. */
function updateField(
  props: JsonObject,
  name: string,
  current: BuilderField,
  patch: Partial<Omit<BuilderField, "name">>,
): JsonObject {
  let prop = new Map(props.get(name) as JsonObject);
  let format = current.format;
  if (patch.type !== undefined && patch.type !== current.type) {
    const declared = prop.get("type");
    prop.set("type", Array.isArray(declared) ? declared.map((t) => (t === "null" ? t : patch.type!)) : patch.type);
    // A list needs its items' schema to be filled: a list of what the field was ("uri" text → a list
    // of links), or of text.
    if (patch.type === "array" && !prop.has("items")) {
      const item = new Map<string, Json>([["type", current.type === "array" || current.type === "object" ? "string" : current.type]]);
      if (format !== "" && patch.format === undefined) item.set("format", format);
      prop.set("items", item);
    }
    // Leaving a list: items mean nothing on text or numbers. Only items the table itself would have
    // written (a bare type, perhaps a format) go; hand-written ones stay, as everything the table
    // does not show. A list of links turned back into text is a link again.
    if (current.type === "array" && patch.type !== "array" && isTableItems(prop.get("items"))) {
      const items = prop.get("items") as JsonObject;
      prop.delete("items");
      const itemFormat = items.get("format");
      if (patch.type === "string" && patch.format === undefined && format === "" && typeof itemFormat === "string") {
        prop = withKeyAfter(prop, "type", "format", itemFormat);
        format = itemFormat;
      }
    }
    // A format only means something on text; keeping "uri" on an integer would confuse validators.
    if (patch.type !== "string" && patch.format === undefined && format !== "") {
      prop.delete("format");
      format = "";
    }
  }
  if (patch.format !== undefined && patch.format !== format) {
    if (patch.format === "") prop.delete("format");
    else prop = withKeyAfter(prop, "type", "format", patch.format);
  }
  if (patch.description !== undefined && patch.description !== current.description) {
    if (patch.description === "") prop.delete("description");
    else prop.set("description", patch.description);
  }
  return new Map(props).set(name, prop);
}

function serialise(doc: Doc, root: JsonObject, props: JsonObject, required: string[]): string {
  let out = new Map(root).set("properties", props);
  if (required.length > 0) out = withKeyAfter(out, "properties", "required", required);
  // The table owns "required": when its last name goes, so does the keyword (draft-04 forbids []).
  // A list that was already empty is not the table's doing and stays as written.
  else if (doc.required.length > 0) out.delete("required");
  return stringifyJson(out);
}
