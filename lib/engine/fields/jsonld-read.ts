/**
 * Reading a field's value from one JSON-LD entity: at the first of the field's paths that holds one
 * (see jsonld-paths.ts), typed as the field wants it (a URL, a number, a date, a price with its
 * currency…); a list field's items from every value at a path.
 */
import { planField, type Kind } from "./plan";
import { tokens, type FieldSpec } from "./spec";
import { parseDate } from "./dates";
import { mailtoAddress, parseBoolean, parseNumber, resolveUrl } from "./values";
import { DATE_PATHS, MEASURES, PATHS, RECORD_OWN, compoundPaths, entityWord, objectPlaces, valuePartPaths } from "./jsonld-paths";
import { namesPeople, splitNames } from "./person-names";
import { singular } from "../words";
import { lookup, own, put } from "../lookup";

export type Json = Record<string, unknown>;
export const isObj = (v: unknown): v is Json => !!v && typeof v === "object" && !Array.isArray(v);
const SYMBOLS = lookup<string>({ GBP: "£", USD: "$", EUR: "€", JPY: "¥", INR: "₹" });

/**
 * A value a link field can take: a URL (http, a path from the site's root, or a relative path such
 * as "product-1.html" or "img/p1.jpg"), not a name ("Acme", "Re:Build").
 */
const LOOKS_LIKE_URL = (v: string) => /^(?:https?:|ftp:|\/\/|\/|\.\.?\/)/i.test(v) || (!/\s/.test(v) && !/^[a-z][a-z0-9+.-]*:/i.test(v) && (/\//.test(v) || /\.[a-z0-9]{2,5}(?:[?#]|$)/i.test(v)));

/**
 * A URL written in JSON-LD, made absolute. Structured data has no document around it to be
 * relative to in the browser's sense, and "www.shop.example/p1" there is the shop's page, not a
 * path under the current one; other values resolve against the page as links do.
 */
export function jsonLdUrl(v: string, base: string): string | null {
  return resolveUrl(/^www\.[^\s/]+\.[a-z]{2,}(?:[/?#:]|$)/i.test(v) ? `https://${v}` : v, base);
}

export function get(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split(".")) {
    if (Array.isArray(cur)) cur = cur[0];
    if (!isObj(cur)) return undefined;
    // Own members only: an entity has no "constructor" of its own (lookup.ts).
    cur = own(cur, key);
  }
  return Array.isArray(cur) ? cur[0] : cur;
}

/**
 * What an object in place of a value stands for, and its key: an organisation's name, a page's url,
 * a QuantitativeValue range (baseSalary.value) at the end the field names, else its low end.
 */
function inner(v: Json, rangeEnd?: "low" | "high"): [string, unknown] {
  if (v.name != null) return ["name", v.name];
  if (v.url != null) return ["url", v.url];
  if (!isObj(v.value)) return ["value", v.value];
  const q = v.value;
  if (q.value != null) return ["value.value", q.value];
  const [first, second] = rangeEnd === "high" ? ["maxValue", "minValue"] : ["minValue", "maxValue"];
  return q[first] != null ? [`value.${first}`, q[first]] : [`value.${second}`, q[second]];
}

/**
 * Where a field's value may sit in an entity, best first:
 *  1. its own name, and for a field of several words that name in camelCase wherever it sits
 *     (priceCurrency in offers, reviewCount in aggregateRating), nearest first;
 *  2. a property of a named entity ("company website"), there or nowhere: a company without a
 *     website has none, not the job's own url (compoundPaths);
 *  3. for a date, a word that says which date ("closing date" → validThrough, not datePosted), and
 *     then no other date;
 *  4. the places of its last word (before "per"), the thing the field is ("price currency" is a
 *     currency); when that word has none and measures the others ("review count", MEASURES), the
 *     other words' places; when no such place is found, the places of its kind (a "cost" is a price).
 * Trying every word's places in order read "price currency" as the price and "salary currency" as
 * the salary.
 */
function fieldPaths(entity: Json, name: string, kind: Kind): string[] {
  const words = tokens(name);
  const named = words.length > 1 ? nearestKey(entity, camelCase(words)) : undefined;
  const own = [name, ...(named ? [named] : [])];
  const compound = compoundPaths(words);
  if (compound) return [...own, ...compound];
  // A date with a word saying which is that date or none: an offer without an end date has no
  // "valid until", not the date it was published.
  const which = kind === "date" ? words.flatMap((w) => DATE_PATHS[w] ?? []) : [];
  if (which.length) return [...own, ...which];
  // A rate is the thing before "per": "salary per year" is a salary.
  const per = words.indexOf("per");
  const thing = per > 0 ? words.slice(0, per) : words;
  const head = thing[thing.length - 1] ?? "";
  const headPaths = pathsOf(head);
  const wordPaths = headPaths.length || !MEASURES.has(head) ? headPaths : thing.slice(0, -1).flatMap(pathsOf);
  const kindPaths = wordPaths.length ? [] : (PATHS[kind === "money" ? "price" : kind === "stock" ? "availability" : kind] ?? []);
  return [...own, ...wordPaths, ...kindPaths];
}

const pathsOf = (word: string) => PATHS[word] ?? PATHS[singular(word)] ?? [];
const camelCase = (words: string[]) => words.map((w, i) => (i ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join("");

/** The path of the nearest member named `key` in the entity (breadth first, three levels down). */
function nearestKey(entity: Json, key: string): string | undefined {
  let level: Array<[Json, string]> = [[entity, ""]];
  for (let depth = 0; depth < 3 && level.length; depth++) {
    const next: Array<[Json, string]> = [];
    for (const [obj, at] of level) {
      if (own(obj, key) !== undefined) return at + key;
      for (const [k, v] of Object.entries(obj)) {
        const first = Array.isArray(v) ? v[0] : v;
        if (isObj(first)) next.push([first, `${at}${k}.`]);
      }
    }
    level = next;
  }
  return undefined;
}

/**
 * The paths of an object field's property (`maker: { name }`): read as a field of the entity the
 * object names (objectPlaces, or a member named as the object in the singular or plural: "offer" →
 * offers), or not at all. Never the row's own paths: a product with no manufacturer or brand has no
 * maker, and "maker.name" read like "name" would be the product's. A name may be that entity
 * itself, written as text (`"brand": "Acme"`). An object that names no entity at all
 * (`pricing: { price, currency }`) is read in the row's own entity, but not for the row's own name,
 * page or picture (RECORD_OWN).
 */
function partPaths(entity: Json, field: FieldSpec & { parent: string }, kind: Kind): string[] {
  const part = partName(field);
  const places = placesOf(entity, field.parent);
  if (!places) return RECORD_OWN.has(tokens(part).pop() ?? "") ? [] : fieldPaths(entity, part, kind);
  const names = /^(?:name|title)$/.test(tokens(part).pop() ?? "");
  return places.flatMap((place) => {
    const within = get(entity, place);
    const paths = [...valuePartPaths(field.parent, part), ...fieldPaths(isObj(within) ? within : {}, part, kind)];
    return [...paths.map((p) => `${place}.${p}`), ...(names ? [place] : [])];
  });
}

/**
 * Where an object field's entity may sit in this entity: objectPlaces, and a member named as the
 * object in the other number ("offer" → offers). Null when the object names no entity and the
 * entity has no member so named: the object is then a group of the row's own values.
 */
function placesOf(entity: Json, object: string): string[] | null {
  const one = singular(object);
  const members = Object.keys(entity).filter((k) => k !== object && singular(k) === one);
  const places = [...objectPlaces(object), ...members];
  return entityWord(object) || places.some((p) => get(entity, p) !== undefined) ? places : null;
}

/** An object's property's own name: "name" of "maker.name" (nested.ts joins them with a dot). */
const partName = (field: FieldSpec & { parent: string }) => field.name.slice(field.parent.length + 1);

/** A JSON-LD value as the field wants it, and the path it was read at; undefined when there is none. */
export function read(entity: Json, field: FieldSpec, kind: Kind, base: string, rangeEnd?: "low" | "high"): { value: unknown; path: string } | undefined {
  const paths = field.parent ? partPaths(entity, { ...field, parent: field.parent }, kind) : fieldPaths(entity, field.name, kind);
  for (let path of paths) {
    let v = get(entity, path);
    if (isObj(v)) {
      // An organisation in place of a link is its page, not its name.
      const [key, value] = (kind === "link" || kind === "image") && v.url != null ? ["url", v.url] : inner(v, rangeEnd);
      path = `${path}.${key}`;
      v = value;
    }
    if (v === undefined || v === null || v === "") continue;
    const found = (value: unknown) => (value === undefined ? undefined : { value, path });
    if (kind === "link" || kind === "image") {
      if (typeof v !== "string" || !LOOKS_LIKE_URL(v.trim())) continue;
      return found(jsonLdUrl(v, base) ?? undefined);
    }
    if (kind === "stock" && typeof v === "string") v = v.replace(/^https?:\/\/schema\.org\//i, "").replace(/([a-z])([A-Z])/g, "$1 $2");
    if (kind === "stock" && typeof v === "string") v = v.charAt(0).toUpperCase() + v.slice(1).toLowerCase();
    if (kind === "money" && field.type === "string" && (typeof v === "number" || /^\d/.test(String(v)))) {
      const cur = String(get(entity, "offers.priceCurrency") ?? get(entity, "priceCurrency") ?? "");
      v = SYMBOLS[cur] ? `${SYMBOLS[cur]}${v}` : cur ? `${v} ${cur}` : String(v);
    }
    if (field.type === "number" || field.type === "integer") {
      const n = typeof v === "number" ? v : parseNumber(String(v));
      // A fraction is not this integer field's value (4.6 is a rating, not a count of ratings).
      if (n === null || (field.type === "integer" && !Number.isInteger(n))) continue;
      return found(n);
    }
    if (field.type === "boolean") return found(typeof v === "boolean" ? v : (parseBoolean(String(v)) ?? undefined));
    if (field.format === "date" || field.format === "date-time") return found(parseDate(String(v), field.format) ?? undefined);
    // schema.org writes e-mail addresses as mailto: links too.
    if (kind === "email" && typeof v === "string" && /^mailto:/i.test(v)) return found(mailtoAddress(v));
    if (typeof v === "object") continue;
    return found(String(v));
  }
  return undefined;
}

/** Where a list field's items may sit: its name, its last word's paths, singular or plural ("authors" → author). */
function listPaths(entity: Json, field: FieldSpec): string[] {
  // A list that is an object's property (`company: { tags }`) is the object's entity's, as in read().
  const name = field.parent ? partName({ ...field, parent: field.parent }) : field.name;
  const words = tokens(name);
  const head = words[words.length - 1] ?? "";
  const paths = [name, ...[...new Set([head, singular(head)])].flatMap((w) => PATHS[w] ?? [w])];
  if (!field.parent) return paths;
  const places = placesOf(entity, field.parent);
  if (places) return places.flatMap((place) => paths.map((p) => `${place}.${p}`));
  return RECORD_OWN.has(head) ? [] : paths;
}

/**
 * A list of objects (`authors: [{name, url}]`): every object at the first of the list's paths that
 * holds objects (or names of them: "author": "Cy Twombly"), each property read as a field of that
 * object. An object missing a required property is left out, as on the page (object-lists.ts).
 */
export function readObjectList(entity: Json, field: FieldSpec, base: string): { value: Json[]; path: string } | undefined {
  const parts = (field.items!.properties ?? []).filter((p) => p.type !== "object" && p.type !== "array");
  const plans = parts.map((p) => ({ spec: p, plan: planField(p) }));
  for (const path of listPaths(entity, field)) {
    const objects: Json[] = [];
    // "author": "Ann Lee, Bob Stone" names two people, two objects (person-names.ts).
    for (let v of getAll(entity, path).flatMap((v) => (typeof v === "string" && namesPeople(path) ? splitNames(v) : [v]))) {
      // "author": "Cy Twombly" is a person written by name: an object whose name is that text
      // (at the property itself; "author.name" is a path to a part, not to the objects).
      // A text that is a link is the entity's page ("author": "https://…/people/ann").
      if (typeof v === "string" && v.trim() && !path.includes(".")) v = LOOKS_LIKE_URL(v.trim()) && /^(?:https?:|\/)/i.test(v.trim()) ? { url: v.trim() } : { name: v.trim() };
      if (!isObj(v)) continue;
      const obj: Json = {};
      for (const { spec, plan } of plans) {
        const got = read(v, spec, plan.kind, base, plan.rangeEnd);
        if (got !== undefined) put(obj, spec.name, got.value);
        else if (spec.nullable) put(obj, spec.name, null);
      }
      const complete = parts.every((p) => !p.required || (own(obj, p.name) !== undefined && (own(obj, p.name) !== null || p.nullable)));
      if (complete && Object.values(obj).some((x) => x !== null && x !== "")) objects.push(obj);
    }
    if (objects.length) return { value: objects, path };
  }
  return undefined;
}

/** Every value at a path, lists unwrapped at each step ("author.name" of two authors: two names). */
function getAll(obj: unknown, path: string): unknown[] {
  let cur: unknown[] = [obj];
  for (const key of path.split(".")) cur = cur.flatMap((c) => (Array.isArray(c) ? c : [c])).filter(isObj).map((c) => own(c, key)).filter((v) => v !== undefined && v !== null);
  return cur.flatMap((c) => (Array.isArray(c) ? c : [c]));
}

/**
 * A list field's items from JSON-LD: every value at the first of its places that has one ("authors"
 * reads every author's name, "images" every image, "keywords" its words), typed as the items are;
 * one text of plain words is split at its commas ("red, blue, green"), a text of people by name.
 */
export function readList(entity: Json, field: FieldSpec, base: string): { value: unknown[]; path: string } | undefined {
  const item = field.items!;
  const kind = planField({ ...item, name: field.name }).kind;
  const link = item.format === "uri" || kind === "image";
  for (const path of listPaths(entity, field)) {
    const values: unknown[] = [];
    for (let v of getAll(entity, path)) {
      if (isObj(v)) v = link ? (v.url ?? v.contentUrl) : (v.name ?? v.url);
      if (typeof v === "number" || typeof v === "boolean") values.push(v);
      else if (typeof v === "string" && v.trim()) values.push(v.trim());
    }
    let items: unknown[] = values;
    if (link) items = values.filter((v): v is string => typeof v === "string" && LOOKS_LIKE_URL(v)).map((v) => jsonLdUrl(v, base));
    else if (item.type === "number" || item.type === "integer") items = values.map((v) => (typeof v === "number" ? v : parseNumber(String(v)))).filter((n) => n !== null);
    // A text of people is split by name ("Ann Lee, Bob Stone", but "Smith, John" is one), any
    // other one text at its commas ("red, blue, green").
    else if (item.type === "string" && !item.format && namesPeople(path)) items = values.flatMap((v) => (typeof v === "string" ? splitNames(v) : [v]));
    else if (item.type === "string" && !item.format && values.length === 1 && typeof values[0] === "string") items = values[0].split(/\s*[,;]\s*/).filter(Boolean);
    items = [...new Set(items.filter((v) => v !== null && v !== undefined && v !== ""))];
    if (items.length) return { value: items, path };
  }
  return undefined;
}
