/**
 * The kinds of value records show (a price, a stock word, stars, a date, a link…), read from their
 * text and markup: they let a query's "price" vouch for items whose markup never says "price", and
 * a short list whose items show such values count as a listing.
 */
import { attr, textContent, walkElements, type Element } from "../dom";
import { parseDate } from "../fields/dates";
import { EMAIL, MONEY, PHONE, STOCK, parseRatingText } from "../fields/values";
import type { QueryTerms } from "./score";

export type ValueKind = "money" | "stock" | "rating" | "link" | "image" | "date" | "email" | "phone";

/** Query terms that name a kind of value rather than a word the page writes: "price" is met by "£52.79". */
export const KIND_OF_TERM = new Map<string, ValueKind>([
  // Query terms are singular as stem() gives them: "Preis" is "prei".
  ...["price", "cost", "amount", "salary", "pay", "fee", "wage", "prix", "prei", "precio", "prezzo"].map((t) => [t, "money"] as const),
  ...["availability", "stock", "instock", "available"].map((t) => [t, "stock"] as const),
  ...["rating", "star", "score"].map((t) => [t, "rating"] as const),
  ...["url", "link", "href", "permalink"].map((t) => [t, "link"] as const),
  ...["image", "photo", "picture", "img", "thumbnail", "thumb"].map((t) => [t, "image"] as const),
  ...["date", "posted", "published"].map((t) => [t, "date"] as const),
  ...["email", "mail"].map((t) => [t, "email"] as const),
  ...["phone", "tel", "telephone"].map((t) => [t, "phone"] as const),
]);

/**
 * Which kinds of value the records show, each in at least half of them: a price, a stock status,
 * stars, a link, a picture, a date, an email address, a phone number. Lets a query's "price" or
 * "availability" vouch for a listing whose markup never uses those words.
 */
export function valueKinds(records: readonly Element[][]): (term: string) => boolean {
  const counts = kindCounts(records);
  return (term) => (counts.get(KIND_OF_TERM.get(term)!) ?? 0) * 2 >= records.length;
}

/** Kinds of typed value (not links or pictures, which menus have too) that most records show. */
const TYPED: ValueKind[] = ["money", "stock", "rating", "date", "email", "phone"];

/**
 * Whether the records (the first five) show a link and a typed value, or two typed values, each in
 * most of them: a price and a stock status, a link and a date. Items like that are a listing however
 * short their text ("3 products": name, price, stock, stars); opening hours or a menu are not.
 */
export function showsValues(records: readonly Element[][]): boolean {
  const sample = records.slice(0, 5);
  const counts = kindCounts(sample);
  const most = (k: ValueKind) => (counts.get(k) ?? 0) * 2 > sample.length;
  const typed = TYPED.filter(most).length;
  return typed >= 2 || (typed >= 1 && most("link"));
}

/**
 * Whether most of the records (the first five) show a typed kind of value that the query's terms
 * ask for: "every product with name, price and city" over items that each show "4,50 €". What the
 * analyst asked for is there, so a short list of them is the listing however little text it has.
 * A link alone does not vouch (menus are links), nor does a picture.
 */
export function showsAskedKinds(records: readonly Element[][], query: QueryTerms | null): boolean {
  const asked = new Set(query?.terms.map((t) => KIND_OF_TERM.get(t)).filter((k) => k !== undefined && TYPED.includes(k)));
  if (!asked.size) return false;
  const sample = records.slice(0, 5);
  const counts = kindCounts(sample);
  return [...asked].some((k) => (counts.get(k!) ?? 0) * 2 > sample.length);
}

/** The typed kinds of value, then a link, that most of the records (the first five) show. */
export function shownKinds(records: readonly Element[][]): ValueKind[] {
  const sample = records.slice(0, 5);
  const counts = kindCounts(sample);
  return [...TYPED, "link" as const].filter((k) => (counts.get(k) ?? 0) * 2 > sample.length);
}

function kindCounts(records: readonly Element[][]): Map<ValueKind, number> {
  const counts = new Map<ValueKind, number>();
  for (const rec of records) {
    const found = new Set<ValueKind>();
    for (const el of rec) for (const k of kindsIn(el)) found.add(k);
    for (const k of found) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** An element's kinds of value, read once: candidate regions of a page share their records. */
const elementKinds = new WeakMap<Element, Set<ValueKind>>();

function kindsIn(el: Element): Set<ValueKind> {
  const cached = elementKinds.get(el);
  if (cached) return cached;
  const found = new Set<ValueKind>();
  elementKinds.set(el, found);
  const text = textContent(el);
  if (MONEY.test(text)) found.add("money");
  if (STOCK.test(text)) found.add("stock");
  if (parseRatingText(text) !== null || /\b(?:star|rating)\b/i.test(subtreeClasses(el))) found.add("rating");
  if (EMAIL.test(text)) found.add("email");
  if ((PHONE.exec(text)?.[0].replace(/\D/g, "").length ?? 0) >= 7) found.add("phone");
  if (text.length <= 2000 && parseDate(text) !== null) found.add("date");
  walkElements(el, (n) => {
    if (n.tagName === "a" && attr(n, "href")) found.add("link");
    if (n.tagName === "img") found.add("image");
    return true;
  });
  return found;
}

function subtreeClasses(el: Element): string {
  const out: string[] = [];
  walkElements(el, (n) => {
    out.push(attr(n, "class") ?? "");
    return out.length < 100;
  });
  return out.join(" ");
}
