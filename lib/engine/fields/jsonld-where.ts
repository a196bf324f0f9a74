/**
 * Where a field's value may sit in one JSON-LD entity: the paths tried in turn, from the field's
 * name and words (jsonld-paths.ts), inside the entity an object field names, or where a list
 * field's items are. jsonld-read.ts reads the value at the first that holds one.
 */
import type { Kind } from "./plan";
import { tokens, type FieldSpec } from "./spec";
import { DATE_PATHS, MEASURES, PATHS, RECORD_OWN, compoundPaths, entityWord, objectPlaces, valuePartPaths } from "./jsonld-paths";
import { singular } from "../words";
import { own } from "../lookup";

export type Json = Record<string, unknown>;
export const isObj = (v: unknown): v is Json => !!v && typeof v === "object" && !Array.isArray(v);

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

/** Where a list field's items may sit: its name, its last word's paths, singular or plural ("authors" → author). */
export function listPaths(entity: Json, field: FieldSpec): string[] {
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

/** The paths of a field, or of an object field's property (`maker.name`), best first. */
export const valuePaths = (entity: Json, field: FieldSpec, kind: Kind): string[] =>
  field.parent ? partPaths(entity, { ...field, parent: field.parent }, kind) : fieldPaths(entity, field.name, kind);
