/**
 * Reading a field's value from one JSON-LD entity: at the first of the field's paths that holds one
 * (jsonld-where.ts), typed as the field wants it (a URL, a number, a date, a price with its
 * currency…); a list field's items from every value at a path.
 */
import { planField, type Kind } from "./plan";
import type { FieldSpec } from "./spec";
import { parseDate } from "./dates";
import { mailtoAddress, parseBoolean, parseNumber, resolveUrl } from "./values";
import { get, isObj, listPaths, valuePaths, type Json } from "./jsonld-where";
import { namesPeople, splitNames } from "./person-names";
import { lookup, own, put } from "../lookup";

export { get, isObj, type Json };

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

/** A JSON-LD value as the field wants it, and the path it was read at; undefined when there is none. */
export function read(entity: Json, field: FieldSpec, kind: Kind, base: string, rangeEnd?: "low" | "high"): { value: unknown; path: string } | undefined {
  for (let path of valuePaths(entity, field, kind)) {
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
