/**
 * Rows from JSON-LD: many listing pages describe their records as schema.org data (an ItemList,
 * an array of Products / JobPostings / Persons, or a @graph). The largest group of same-typed
 * entities becomes the rows; fields are read by name with schema.org synonyms (title → name,
 * price → offers.price, company → hiringOrganization.name…).
 *
 * Here: finding the entities and choosing the group; the paths tried per field are in
 * jsonld-paths.ts, reading a value at them in jsonld-read.ts.
 */
import { attr, walkElementsSteps, type Document, type Element } from "../dom";
import { xpathOf } from "../xpath";
import { planField } from "./plan";
import { fillsList } from "./lists";
import { fillsObjectList } from "./object-lists";
import { camelCase, type FieldSpec } from "./spec";
import { parseNumber, pushTo } from "./values";
import { get, isObj, jsonLdUrl, read, readList, readObjectList, type Json } from "./jsonld-read";
import type { FieldSource } from "@/lib/extract/types";
import { own, put as putOwn } from "../lookup";
import { mapSteps, runSteps, type Steps } from "../steps";
import { parseJsonSteps } from "../json-steps";

const NOT_RECORDS = /^(?:BreadcrumbList|WebSite|WebPage|CollectionPage|SearchAction|Organization|SiteNavigationElement|ListItem|ItemList|ImageObject|Offer|AggregateOffer|PostalAddress|AggregateRating|Rating|Place|Brand|MonetaryAmount|QuantitativeValue|EntryPoint)$/;

function* scripts(doc: Document): Steps<{ data: unknown; el: Element }[]> {
  const texts: { text: string; el: Element }[] = [];
  yield* walkElementsSteps(doc, (el) => {
    if (el.tagName !== "script" || !/ld\+json/i.test(attr(el, "type") ?? "")) return;
    texts.push({ text: el.childNodes.map((n) => ("value" in n ? String(n.value) : "")).join(""), el });
    return false;
  });
  const out: { data: unknown; el: Element }[] = [];
  for (const { text, el } of texts) {
    try {
      // In steps: one script can be a 5 MB ItemList (see json-steps.ts).
      out.push({ data: yield* parseJsonSteps(text), el });
    } catch {
      // Broken JSON-LD is common; the DOM still has the records.
    }
  }
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
export function rowsFromJsonLd(doc: Document, ctx: JsonLdContext): JsonLdRow[] {
  return runSteps(rowsFromJsonLdSteps(doc, ctx));
}

type JsonLdContext = { pageUrl: string; baseUrl?: string; fields: FieldSpec[] | null };

/** rowsFromJsonLd as steps (see steps.ts): the whole page is walked for its scripts, and each entity read. */
export function* rowsFromJsonLdSteps(doc: Document, ctx: JsonLdContext): Steps<JsonLdRow[]> {
  const base = ctx.baseUrl ?? ctx.pageUrl;
  let best: { rows: JsonLdRow[]; fill: number } | null = null;
  for (const { data, el } of yield* scripts(doc)) {
    const groups = new Map<string, Json[]>();
    entities(data, groups);
    yield;
    for (const list of groups.values()) {
      if (list.length < 2) continue;
      const xpath = xpathOf(el);
      const rows = yield* mapSteps(list, (e) => ({ ...(ctx.fields ? mapFields(e, ctx.fields, base) : flatten(e, base)), xpath }));
      const wanted = ctx.fields?.length ?? 1;
      const fill = rows.reduce((s, r) => s + Object.values(r.row).filter((v) => v !== null).length, 0) / (rows.length * wanted);
      const required = (ctx.fields ?? []).filter((f) => f.required).every((f) => rows.every((r) => own(r.row, f.name) != null));
      if ((ctx.fields ? fill >= 0.5 : fill > 0) && required && (!best || rows.length * fill > best.rows.length * best.fill)) best = { rows, fill };
    }
  }
  return best?.rows ?? [];
}

export type Mapped = Pick<JsonLdRow, "row" | "fields">;

export function mapFields(entity: Json, fields: FieldSpec[], base: string): Mapped {
  const row: Record<string, unknown> = {};
  const from = new Map<string, FieldSource>();
  for (const f of fields) {
    const plan = planField(f);
    const v = fillsList(f) ? readList(entity, f, base) : fillsObjectList(f) ? readObjectList(entity, f, base) : read(entity, f, plan.kind, base, plan.rangeEnd);
    if (v !== undefined) {
      putOwn(row, f.name, v.value);
      from.set(f.name, { jsonld: v.path });
    } else if (f.nullable) putOwn(row, f.name, null);
  }
  return { row, fields: Object.fromEntries(from) };
}

/** Without fields: the entity's primitive properties, plus price and rating from their usual places. */
export function flatten(entity: Json, base: string): Mapped {
  const row: Record<string, unknown> = {};
  const from = new Map<string, FieldSource>();
  const put = (key: string, value: unknown, path: string) => {
    putOwn(row, key, value);
    if (value !== "") from.set(key, { jsonld: path });
  };
  for (const [k, v] of Object.entries(entity)) {
    if (k.startsWith("@")) continue;
    const key = camelCase(k);
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") put(key, k === "url" || k === "image" ? (jsonLdUrl(String(v), base) ?? v) : v, k);
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
