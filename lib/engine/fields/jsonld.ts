/**
 * Rows from JSON-LD: many listing pages describe their records as schema.org data (an ItemList,
 * an array of Products / JobPostings / Persons, or a @graph). The largest group of same-typed
 * entities becomes the rows; fields are read by name with schema.org synonyms (title → name,
 * price → offers.price, company → hiringOrganization.name…).
 */
import { attr, walkElements, xpathOf, type Document, type Element } from "../dom";
import { planField, type Kind } from "./plan";
import { fillsList, singulars } from "./lists";
import { camelCase, tokens, type FieldSpec } from "./spec";
import { parseDate } from "./dates";
import { mailtoAddress, parseBoolean, parseNumber, pushTo, resolveUrl } from "./values";
import type { FieldSource } from "@/lib/extract/types";

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => !!v && typeof v === "object" && !Array.isArray(v);
const NOT_RECORDS = /^(?:BreadcrumbList|WebSite|WebPage|CollectionPage|SearchAction|Organization|SiteNavigationElement|ListItem|ItemList|ImageObject|Offer|AggregateOffer|PostalAddress|AggregateRating|Rating|Place|Brand|MonetaryAmount|QuantitativeValue|EntryPoint)$/;
const SYMBOLS: Record<string, string> = { GBP: "£", USD: "$", EUR: "€", JPY: "¥", INR: "₹" };

/** Paths tried for a field, by its words (first hit wins). */
const PATHS: Record<string, string[]> = {
  name: ["name", "title", "headline"],
  title: ["title", "name", "headline"],
  url: ["url", "@id", "mainEntityOfPage"],
  link: ["url", "@id"],
  price: ["offers.price", "offers.lowPrice", "price", "offers.priceSpecification.price"],
  currency: ["offers.priceCurrency", "priceCurrency"],
  availability: ["offers.availability", "availability"],
  stock: ["offers.availability"],
  rating: ["aggregateRating.ratingValue", "reviewRating.ratingValue", "rating"],
  reviews: ["aggregateRating.reviewCount", "aggregateRating.ratingCount"],
  image: ["image", "image.url", "thumbnailUrl", "logo"],
  company: ["hiringOrganization.name", "hiringOrganization", "worksFor.name", "brand.name", "publisher.name"],
  location: ["jobLocation.address.addressLocality", "jobLocation.name", "location.name", "address.addressLocality", "jobLocation.address.addressRegion"],
  salary: ["baseSalary", "estimatedSalary"],
  date: ["datePosted", "datePublished", "startDate", "dateCreated", "dateModified"],
  posted: ["datePosted", "datePublished"],
  author: ["author.name", "author"],
  description: ["description"],
  role: ["jobTitle", "roleName"],
  email: ["email"],
  phone: ["telephone"],
  brand: ["brand.name", "brand"],
  sku: ["sku", "gtin13", "mpn"],
};

/**
 * Fields of two or more words whose first words name an entity and whose last names one of its
 * properties ("company website", "location.country", "author url"): the entity's places, then the
 * property's names within it. Tried before the words one by one, which would read "company website"
 * as the company's name and "location country" as the city.
 */
const ENTITIES: Record<string, string[]> = {
  company: ["hiringOrganization", "worksFor", "brand", "publisher", "organizer", "seller", "offers.seller"],
  employer: ["hiringOrganization", "worksFor"],
  organization: ["hiringOrganization", "worksFor", "organizer", "publisher"],
  brand: ["brand"],
  seller: ["offers.seller", "seller"],
  author: ["author"],
  publisher: ["publisher"],
  location: ["jobLocation.address", "jobLocation", "location.address", "location", "address"],
  address: ["address", "jobLocation.address", "location.address"],
  venue: ["location", "location.address"],
};
const PROPERTIES: Record<string, string[]> = {
  name: ["name"],
  title: ["name"],
  website: ["url"],
  url: ["url", "@id"],
  link: ["url"],
  homepage: ["url"],
  logo: ["logo", "logo.url"],
  image: ["image", "logo"],
  email: ["email"],
  phone: ["telephone"],
  telephone: ["telephone"],
  city: ["addressLocality"],
  town: ["addressLocality"],
  locality: ["addressLocality"],
  country: ["addressCountry", "addressCountry.name"],
  region: ["addressRegion"],
  state: ["addressRegion"],
  street: ["streetAddress"],
  zip: ["postalCode"],
  postcode: ["postalCode"],
  postal: ["postalCode"],
};

/**
 * The paths of a field whose first word names an entity: at the first property word after it
 * ("company logo url" reads the logo); a name may be the entity itself when it is written as text
 * (`"author": "Jane"`). With no property word, the last word's own places ("company location" →
 * where the job is); none of the entity's other properties. Null when the first word names no
 * entity.
 */
function compoundPaths(words: string[]): string[] | null {
  if (words.length < 2) return null;
  const entity = ENTITIES[words[0]!];
  if (!entity) return null;
  const word = words.slice(1).find((w) => PROPERTIES[w]);
  if (!word) return PATHS[words[words.length - 1]!] ?? [];
  const names = word === "name" || word === "title";
  return entity.flatMap((e) => [...PROPERTIES[word]!.map((p) => `${e}.${p}`), ...(names ? [e] : [])]);
}

/**
 * A value a link field can take: a URL (http, a path from the site's root, or a relative path such
 * as "product-1.html" or "img/p1.jpg"), not a name ("Acme", "Re:Build").
 */
const LOOKS_LIKE_URL = (v: string) => /^(?:https?:|ftp:|\/\/|\/|\.\.?\/)/i.test(v) || (!/\s/.test(v) && !/^[a-z][a-z0-9+.-]*:/i.test(v) && (/\//.test(v) || /\.[a-z0-9]{2,5}(?:[?#]|$)/i.test(v)));

function scripts(doc: Document): { data: unknown; el: Element }[] {
  const out: { data: unknown; el: Element }[] = [];
  walkElements(doc, (el) => {
    if (el.tagName !== "script" || !/ld\+json/i.test(attr(el, "type") ?? "")) return;
    const text = el.childNodes.map((n) => ("value" in n ? String(n.value) : "")).join("");
    try {
      out.push({ data: JSON.parse(text), el });
    } catch {
      // Broken JSON-LD is common; the DOM still has the records.
    }
    return false;
  });
  return out;
}

/** Entities grouped by @type, lists unwrapped (ItemList → ListItem.item). */
function entities(data: unknown, into: Map<string, Json[]>, depth = 0) {
  if (depth > 6) return;
  if (Array.isArray(data)) return data.forEach((d) => entities(d, into, depth + 1));
  if (!isObj(data)) return;
  if (Array.isArray(data["@graph"])) entities(data["@graph"], into, depth + 1);
  const type = String(Array.isArray(data["@type"]) ? data["@type"][0] : (data["@type"] ?? ""));
  if (/BreadcrumbList|SiteNavigationElement/.test(type)) return;
  if (Array.isArray(data.itemListElement)) {
    const items = data.itemListElement.map((li) => (isObj(li) && isObj(li.item) ? { url: li.url, ...li.item } : li));
    entities(items, into, depth + 1);
    return;
  }
  if (type === "ListItem" && (data.name || data.url)) {
    pushTo(into, "ListItem", data);
    return;
  }
  if (!type || NOT_RECORDS.test(type)) return;
  pushTo(into, type, data);
}

function get(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split(".")) {
    if (Array.isArray(cur)) cur = cur[0];
    if (!isObj(cur)) return undefined;
    cur = cur[key];
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

/** A JSON-LD value as the field wants it, and the path it was read at; undefined when there is none. */
function read(entity: Json, field: FieldSpec, kind: Kind, base: string, rangeEnd?: "low" | "high"): { value: unknown; path: string } | undefined {
  const words = tokens(field.name);
  // A property of a named entity is read there or nowhere: a company without a website has none,
  // not the job's own url.
  const compound = compoundPaths(words);
  const paths = compound
    ? [field.name, ...compound]
    : [field.name, ...words.flatMap((w) => PATHS[w] ?? []), ...(PATHS[kind === "money" ? "price" : kind === "stock" ? "availability" : kind] ?? [])];
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
      return found(resolveUrl(v, base) ?? undefined);
    }
    if (kind === "stock" && typeof v === "string") v = v.replace(/^https?:\/\/schema\.org\//i, "").replace(/([a-z])([A-Z])/g, "$1 $2");
    if (kind === "stock" && typeof v === "string") v = v.charAt(0).toUpperCase() + v.slice(1).toLowerCase();
    if (kind === "money" && field.type === "string" && (typeof v === "number" || /^\d/.test(String(v)))) {
      const cur = String(get(entity, "offers.priceCurrency") ?? get(entity, "priceCurrency") ?? "");
      v = SYMBOLS[cur] ? `${SYMBOLS[cur]}${v}` : cur ? `${v} ${cur}` : String(v);
    }
    if (field.type === "number" || field.type === "integer") {
      const n = typeof v === "number" ? v : parseNumber(String(v));
      if (n === null) continue;
      return found(field.type === "integer" ? Math.round(n) : n);
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

/** Every value at a path, lists unwrapped at each step ("author.name" of two authors: two names). */
function getAll(obj: unknown, path: string): unknown[] {
  let cur: unknown[] = [obj];
  for (const key of path.split(".")) cur = cur.flatMap((c) => (Array.isArray(c) ? c : [c])).filter(isObj).map((c) => c[key]).filter((v) => v !== undefined && v !== null);
  return cur.flatMap((c) => (Array.isArray(c) ? c : [c]));
}

/**
 * A list field's items from JSON-LD: every value at the first of its places that has one ("authors"
 * reads every author's name, "images" every image, "keywords" its words), typed as the items are;
 * one text of plain words is split at its commas ("red, blue, green").
 */
function readList(entity: Json, field: FieldSpec, base: string): { value: unknown[]; path: string } | undefined {
  const item = field.items!;
  const kind = planField({ ...item, name: field.name }).kind;
  const link = item.format === "uri" || kind === "image";
  const words = tokens(field.name);
  const head = words[words.length - 1] ?? "";
  const paths = [field.name, ...[head, ...singulars(head)].flatMap((w) => PATHS[w] ?? [w])];
  for (const path of paths) {
    const values: unknown[] = [];
    for (let v of getAll(entity, path)) {
      if (isObj(v)) v = link ? (v.url ?? v.contentUrl) : (v.name ?? v.url);
      if (typeof v === "number" || typeof v === "boolean") values.push(v);
      else if (typeof v === "string" && v.trim()) values.push(v.trim());
    }
    let items: unknown[] = values;
    if (link) items = values.filter((v): v is string => typeof v === "string" && LOOKS_LIKE_URL(v)).map((v) => resolveUrl(v, base));
    else if (item.type === "number" || item.type === "integer") items = values.map((v) => (typeof v === "number" ? v : parseNumber(String(v)))).filter((n) => n !== null);
    else if (item.type === "string" && !item.format && values.length === 1 && typeof values[0] === "string") items = values[0].split(/\s*[,;]\s*/).filter(Boolean);
    items = [...new Set(items.filter((v) => v !== null && v !== undefined && v !== ""))];
    if (items.length) return { value: items, path };
  }
  return undefined;
}

export interface JsonLdRow {
  row: Record<string, unknown>;
  xpath?: string;
  /** Where each filled field was read: its path in the entity ("offers.price"). */
  fields: Record<string, FieldSource>;
}

/**
 * Rows from the page's JSON-LD list, or [] when it has none that fills the fields (at least half of
 * them on average, and every required one): then the DOM records are used instead.
 */
export function rowsFromJsonLd(doc: Document, ctx: { pageUrl: string; baseUrl?: string; fields: FieldSpec[] | null }): JsonLdRow[] {
  const base = ctx.baseUrl ?? ctx.pageUrl;
  let best: { rows: JsonLdRow[]; fill: number } | null = null;
  for (const { data, el } of scripts(doc)) {
    const groups = new Map<string, Json[]>();
    entities(data, groups);
    for (const list of groups.values()) {
      if (list.length < 2) continue;
      const xpath = xpathOf(el);
      const rows = list.map((e) => ({ ...(ctx.fields ? mapFields(e, ctx.fields, base) : flatten(e, base)), xpath }));
      const wanted = ctx.fields?.length ?? 1;
      const fill = rows.reduce((s, r) => s + Object.values(r.row).filter((v) => v !== null).length, 0) / (rows.length * wanted);
      const required = (ctx.fields ?? []).filter((f) => f.required).every((f) => rows.every((r) => r.row[f.name] != null));
      if ((ctx.fields ? fill >= 0.5 : fill > 0) && required && (!best || rows.length * fill > best.rows.length * best.fill)) best = { rows, fill };
    }
  }
  return best?.rows ?? [];
}

type Mapped = Pick<JsonLdRow, "row" | "fields">;

function mapFields(entity: Json, fields: FieldSpec[], base: string): Mapped {
  const row: Record<string, unknown> = {};
  const from = new Map<string, FieldSource>();
  for (const f of fields) {
    const plan = planField(f);
    const v = fillsList(f) ? readList(entity, f, base) : read(entity, f, plan.kind, base, plan.rangeEnd);
    if (v !== undefined) {
      row[f.name] = v.value;
      from.set(f.name, { jsonld: v.path });
    } else if (f.nullable) row[f.name] = null;
  }
  return { row, fields: Object.fromEntries(from) };
}

/** Without fields: the entity's primitive properties, plus price and rating from their usual places. */
function flatten(entity: Json, base: string): Mapped {
  const row: Record<string, unknown> = {};
  const from = new Map<string, FieldSource>();
  const put = (key: string, value: unknown, path: string) => {
    row[key] = value;
    if (value !== "") from.set(key, { jsonld: path });
  };
  for (const [k, v] of Object.entries(entity)) {
    if (k.startsWith("@")) continue;
    const key = camelCase(k);
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") put(key, k === "url" || k === "image" ? (resolveUrl(String(v), base) ?? v) : v, k);
    else if (isObj(v) && typeof v.name === "string") put(key, v.name, `${k}.name`);
  }
  const price = get(entity, "offers.price");
  if (price !== undefined && row.price === undefined) put("price", price, "offers.price");
  const currency = get(entity, "offers.priceCurrency");
  if (currency !== undefined && row.priceCurrency === undefined) put("priceCurrency", currency, "offers.priceCurrency");
  const rating = get(entity, "aggregateRating.ratingValue");
  if (rating !== undefined && row.rating === undefined) put("rating", typeof rating === "number" ? rating : (parseNumber(String(rating)) ?? rating), "aggregateRating.ratingValue");
  return { row, fields: Object.fromEntries(from) };
}
