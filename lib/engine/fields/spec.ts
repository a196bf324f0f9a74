/**
 * Field specs: what one row holds. They come from the user's JSON Schema when there is one (here),
 * else from the field list written in the query (query.ts). Also the words of names (tokens) and
 * the keys made from them (camelCase).
 */
import { lookup } from "../lookup";
import { memoByString } from "./string-memo";

export type FieldType = "string" | "number" | "integer" | "boolean" | "array" | "object";
export type FieldFormat = "uri" | "email" | "date" | "date-time";

export interface FieldSpec {
  name: string;
  type: FieldType;
  format?: FieldFormat;
  description?: string;
  required: boolean;
  enum?: unknown[];
  /** The schema allows null: a field not found is written as null instead of being left out. */
  nullable?: boolean;
  /** The query wrote the type ("price (number)", "notes as text"): it is the analyst's, not a guess. */
  declared?: boolean;
  /** An object field's own properties, when its schema lists them (nested.ts fills them). */
  properties?: FieldSpec[];
  /**
   * A list field's item, when it is a flat value (lists.ts fills the list) or an object with
   * properties (object-lists.ts).
   */
  items?: FieldSpec;
  /**
   * Words one of which must name the value's element: an object's part of a generic name
   * ("company.name", "brand.logo") is the company's, not the record's own name or picture.
   */
  context?: string[];
  /**
   * The object field this is a property of, when flattenObjectFields made it ("maker" for
   * "maker.name"): in structured data it is read inside the entity that object names, never the
   * row's own (jsonld-read.ts).
   */
  parent?: string;
  /**
   * Named "<record> name" or "<record> title" after what the query calls its records ("plan name"
   * in "every plan with plan name"): the record's heading (record-noun.ts marks it); "<record> link"
   * ("video link" in "every video with …") is the record's own link.
   */
  namesRecord?: boolean;
  /** Not asked for: the record's own name, added to a query's fields that lack it (noun-column.ts). */
  implied?: boolean;
  /** The query names it in the plural without a type ("formats"): a list where records show several (plural-lists.ts). */
  plural?: boolean;
}

const TYPES = new Set<FieldType>(["string", "number", "integer", "boolean", "array", "object"]);
const FORMATS = lookup<FieldFormat>({
  uri: "uri",
  url: "uri",
  "uri-reference": "uri",
  iri: "uri",
  "iri-reference": "uri",
  email: "email",
  "idn-email": "email",
  date: "date",
  "date-time": "date-time",
});

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

/** Field specs of a row schema, in property order. An array schema describes its items. */
export function fieldSpecsFromSchema(schema: Record<string, unknown>): FieldSpec[] {
  let row = schema;
  if (!isObject(row.properties) && isObject(row.items)) row = row.items;
  const props = isObject(row.properties) ? row.properties : {};
  const required = new Set(Array.isArray(row.required) ? row.required.filter((r): r is string => typeof r === "string") : []);
  const out: FieldSpec[] = [];
  for (const [name, raw] of Object.entries(props)) {
    // `"x": false` says a row must not have x: nothing to fill, and nothing to report missing.
    if (raw === false) continue;
    const prop = isObject(raw) ? flattenAnyOf(raw) : {};
    const declared = Array.isArray(prop.type) ? prop.type : prop.type === undefined ? [] : [prop.type];
    const nullable = declared.includes("null") || prop.nullable === true;
    let type = declared.find((t): t is FieldType => TYPES.has(t as FieldType));
    if (!type && Array.isArray(prop.enum)) type = prop.enum.every((v) => typeof v === "number") ? "number" : "string";
    const spec: FieldSpec = { name, type: type ?? "string", required: required.has(name) };
    const format = typeof prop.format === "string" ? FORMATS[prop.format] : undefined;
    if (format) spec.format = format;
    if (typeof prop.description === "string" && prop.description.trim()) spec.description = prop.description.trim();
    if (Array.isArray(prop.enum)) spec.enum = prop.enum;
    if (nullable) spec.nullable = true;
    if (spec.type === "object" && isObject(prop.properties)) spec.properties = fieldSpecsFromSchema(prop);
    if (spec.type === "array" && isObject(prop.items)) {
      const [item] = fieldSpecsFromSchema({ properties: { [name]: prop.items } });
      if (item && (item.type === "object" ? !!item.properties?.length : item.type !== "array")) spec.items = item;
    }
    out.push(spec);
  }
  return out;
}

/** `anyOf: [{type: "string", format: "uri"}, {type: "null"}]` is how some tools write nullable. */
function flattenAnyOf(prop: Record<string, unknown>): Record<string, unknown> {
  const alts = Array.isArray(prop.anyOf) ? prop.anyOf : Array.isArray(prop.oneOf) ? prop.oneOf : null;
  if (prop.type !== undefined || !alts) return prop;
  const objs = alts.filter(isObject);
  const main = objs.find((a) => a.type !== "null") ?? {};
  const types = objs.map((a) => a.type).filter((t) => typeof t === "string");
  return { ...main, ...prop, type: types };
}

/** "profile page" → "profilePage", "Job-Title" → "jobTitle". */
export function camelCase(text: string): string {
  // Letters of any script are kept ("Fläche" → "fläche", "Цена" → "цена"): a header in another
  // language names its column as much as an English one does.
  const words = text
    .normalize("NFC")
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, "$1 $2")
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
  const joined = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join("");
  return /^\p{N}/u.test(joined) ? `f${joined}` : joined;
}

/** Lower-case word tokens of an identifier or label ("productPrice", "product-price" → product, price). */
export function tokens(text: string): string[] {
  // A copy: callers pop and push on what they get.
  return memoTokens(text).slice();
}

const memoTokens = memoByString((text: string): readonly string[] => tokenize(text));

function tokenize(text: string): string[] {
  return text
    // Accents folded, so that "Société" and "Téléphone" are words ("societe"), not fragments.
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    // Recomposed: other scripts' marks (Japanese dakuten) belong to their letters.
    .normalize("NFC")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    // "change7d", "volume24h", "high52w": a period glued after its word is a word of its own, as a
    // header writes it ("7d %", "Volume (24h)"); "mp3" or "h1" are no periods.
    .replace(/([a-z]{2,})(\d{1,3}[hdwmy])(?![a-z\d])/gi, "$1 $2")
    // The "f" camelCase puts before a leading number ("24h change" → "f24hChange") is no word.
    .replace(/^f(\d{1,3}[hdwmy])(?![a-z\d])/, "$1")
    .toLowerCase()
    // Words of every script ("名前", "цена", "straße"): a field named in its language is named by them.
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((t) => t.length > 0);
}
