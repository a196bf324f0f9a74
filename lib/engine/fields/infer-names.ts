/**
 * What an inferred column is called and how its value is read: by its label, by a link's text, by
 * what it holds (price, rating, date…) — unless the record's own class words say which one it is
 * ("salary", "posted") — or by its class.
 */
import { attr, classList, elementChildren, isElement, langOf, type Element } from "../dom";
import { originOf, type Origin } from "./origin";
import { leadingIconDrawing } from "./icons";
import { ratingOf } from "./ratings";
import type { Piece, RecordPieces } from "./pieces";
import { camelCase, tokens } from "./spec";
import { onlyDate, parseDate } from "./dates";
import { parseDateOn } from "./date-order";

import { EMAIL, MONEY, PHONE, STOCK, mailtoAddress, telNumber } from "./values";
import { lookup } from "../lookup";
import { withoutBadges } from "./match-text";
import { semanticClasses } from "./utility-classes";
import { ENGLISH_KEYS, SYNONYMS } from "./synonyms";
import { readByline } from "./bylines";
import { bylinePlan } from "./byline-doers";
import { runSteps, STRIDE, type Steps } from "../steps";

export const GENERIC_CLASS = new Set(["item", "product", "job", "card", "list", "entry", "row", "col", "text", "muted", "small", "large", "lead", "bold", "title", "body", "content", "info", "details", "detail", "meta", "data", "value", "field", "wrapper", "inner", "outer", "container", "block", "box", "media", "link", "label", "active", "first", "last", "odd", "even", "clearfix", "left", "right", "center", "primary", "secondary", "light", "dark", "white"]);

/**
 * Class words that say which amount of money a column is: a better name than "price". Only these:
 * other words beside a price are mostly styling ("price_color", "woocommerce-Price-amount").
 */
const MONEY_NAMES = new Set(["salary", "pay", "compensation", "wage", "wages", "fee", "fees", "cost", "rent", "budget", "fare"]);
/** Class words that say which date a column is, and the key they give ("posted" → postedDate, as a query naming "posted date" gets). */
const DATE_NAMES = lookup<string>({
  posted: "postedDate", published: "publishedDate", updated: "updatedDate", created: "createdDate", modified: "modifiedDate",
  added: "addedDate", released: "releaseDate", release: "releaseDate", start: "startDate", end: "endDate", due: "dueDate",
  deadline: "deadline", expires: "expiryDate", expiry: "expiryDate", closing: "closingDate", birth: "birthDate",
});
/** "8 min read", "12 minute read": how long a post takes to read. */
const READ_TIME = /^\d+\s*(?:min(?:ute)?s?|hrs?|hours?)\.?\s+read$/i;

export interface Column {
  key: string;
  read: (p: Piece) => unknown;
  /** Where the value `read` returns was read (see originOf). */
  origin: (p: Piece) => Origin;
  /** What a value of the column's kind looks like (a date, an amount…): a later page's value that is not one is not this column's. */
  fits?: (p: Piece) => boolean;
}

/** Obfuscated class names ("kzcb", "uufqmb") are not words. */
const wordLike = (t: string) => /[aeiouy]/.test(t) && (t.length >= 8 || !/[^aeiouy\d]{4}/.test(t));

const textColumn = (key: string, read: (p: Piece) => unknown = (p) => p.value, fits?: (p: Piece) => boolean): Column => ({ key, read, origin: (p) => originOf(p, "text"), ...(fits ? { fits } : {}) });

/**
 * A link whose text is the same in every record but whose target is not ("Email", "Website",
 * "Apply") is a per-record link: a column named by its text, valued by its href.
 */
export function linkColumn(pieces: Piece[], rows: Record<string, unknown>[]): Column | null {
  const hrefs = pieces.map((p) => p.href).filter((h): h is string => !!h);
  if (hrefs.length < pieces.length * 0.8 || new Set(hrefs).size < hrefs.length * 0.8) return null;
  // (A set of the rows' urls: comparing every href with every row is quadratic in a long list.)
  const urls = new Set(rows.map((r) => r.url));
  if (hrefs.some((h) => urls.has(h))) return null;
  const href = (p: Piece) => originOf(p, "href");
  if (hrefs.every((h) => h.startsWith("mailto:"))) return { key: "email", read: (p) => (p.href ? mailtoAddress(p.href) : undefined), origin: href, fits: (p) => !!p.href?.startsWith("mailto:") };
  if (hrefs.every((h) => h.startsWith("tel:"))) return { key: "phone", read: (p) => (p.href ? telNumber(p.href) : undefined), origin: href, fits: (p) => !!p.href?.startsWith("tel:") };
  // A download link's text says what it fetches ("MP3 herunterladen (68 MB)"): the file is its href.
  if (pieces.every((p) => p.el.tagName === "a" && attr(p.el, "download") !== undefined)) return { key: "downloadUrl", read: (p) => p.href, origin: href, fits: (p) => !!p.href };
  if (!pieces.every((p) => p.constant)) return null;
  const key = camelCase(pieces[0]!.text) || "link";
  return { key: /(?:url|link|website|homepage|profile|site)$/i.test(key) ? key : `${key}Url`, read: (p) => p.href, origin: href, fits: (p) => !!p.href };
}

/** Words of the records' own classes ("member" in class="member"): a field class "member-role" means role. */
export function recordWords(all: RecordPieces[]): Set<string> {
  const words = new Set<string>();
  for (const rp of all.slice(0, 5)) for (const el of rp.record) for (const c of classList(el)) for (const t of tokens(c)) words.add(t);
  // A class worn by several pieces of one record styles them; it does not name one field.
  for (const rp of all.slice(0, 5)) {
    const seen = new Map<string, number>();
    for (const p of rp.pieces) for (const c of classList(p.el)) seen.set(c, (seen.get(c) ?? 0) + 1);
    for (const [c, n] of seen) if (n > 1) for (const t of tokens(c)) words.add(t);
  }
  return words;
}

/**
 * A date as ISO 8601: from the attribute that holds it (`<time datetime>`), else from a text that
 * says nothing but the date ("Posted 3 days ago", "March 12, 2024"); the text as shown otherwise,
 * so that "Michael S. posted a comment 12 hours ago" keeps who posted.
 */
function isoDate(p: Piece): string {
  return (p.attrValue && parseDate(p.attrValue)) || (onlyDate(p.value) && parseDateOn(p.value, p.el)) || p.value;
}
const dateOrigin = (p: Piece): Origin => (p.attrValue && parseDate(p.attrValue) ? { el: p.el, attr: p.valueAttr } : originOf(p, "text"));


/** The key a class word of the pieces' own elements gives ("salary", "posted" → postedDate), if any. */
function namedBy(pieces: Piece[], names: (word: string) => string | undefined): string | undefined {
  for (const [word, weight] of pieces[0]!.hints) {
    const key = weight >= 2 ? names(word) : undefined;
    if (key) return key;
  }
  return undefined;
}

/** A column's key and how to read its value, from the majority of its pieces. */
export function describe(pieces: Piece[], skip: Set<string>): Column {
  return runSteps(describeSteps(pieces, skip));
}

/** describe as steps (see steps.ts): each test reads every piece, a step every STRIDE pieces. */
export function* describeSteps(pieces: Piece[], skip: Set<string>): Steps<Column> {
  const most = function* (test: (p: Piece) => boolean): Steps<boolean> {
    let n = 0;
    for (let i = 0; i < pieces.length; i++) {
      if (test(pieces[i]!)) n++;
      if (i % STRIDE === STRIDE - 1) yield;
    }
    return n >= pieces.length * 0.6;
  };
  const isRating = (p: Piece) => ratingOf(p) !== null;
  const isMoney = (p: Piece) => MONEY.test(p.value);
  const isStock = (p: Piece) => p.value.length <= 60 && STOCK.test(p.value);
  const isDate = (p: Piece) => p.value.length <= 40 && parseDate(p.attrValue ?? p.value) !== null;
  const isEmail = (p: Piece) => EMAIL.test(p.value);
  const isPhone = (p: Piece) => p.value.length <= 30 && (PHONE.exec(p.value)?.[0].replace(/\D/g, "").length ?? 0) >= 7;
  const isReadTime = (p: Piece) => READ_TIME.test(p.value);
  const labels = pieces.map((p) => p.label).filter((l): l is string => !!l);
  if (labels.length >= pieces.length * 0.6) {
    // A label in another language takes its English key, or the element's class when the page is
    // not in English ("Zu Gast:" on class="guests"): the column's name, not a second column.
    const label = camelCase(mode(labels));
    const english = !!ENGLISH_KEYS[label] || SYNONYMS[label] !== undefined || /^en\b/i.test(langOf(pieces[0]!.el) ?? "en");
    const cls = label && !english ? classKey(pieces[0]!.el, skip) : null;
    const key = ENGLISH_KEYS[label] ?? cls ?? label;
    if (key) return (yield* most((p) => ratingOf(p) !== null && /★|☆|star/i.test(p.text))) ? { key, read: ratingOf, origin: (p) => originOf(p, "rating") } : textColumn(key);
  }
  if (yield* most(isRating)) return { key: "rating", read: ratingOf, origin: (p) => originOf(p, "rating"), fits: isRating };
  if (yield* most(isMoney)) return textColumn(namedBy(pieces, (w) => (MONEY_NAMES.has(w) ? w : undefined)) ?? "price", (p) => withoutBadges(p.el, p.value), isMoney);
  if (yield* most(isStock)) return textColumn("availability", undefined, isStock);
  if (yield* most(isDate)) return { key: namedBy(pieces, (w) => DATE_NAMES[w]) ?? "date", read: isoDate, origin: dateOrigin, fits: isDate };
  if (yield* most(isEmail)) return textColumn("email", (p) => EMAIL.exec(p.value)?.[0], isEmail);
  if (yield* most(isPhone)) return textColumn("phone", undefined, isPhone);
  if (yield* most(isReadTime)) return textColumn("readTime", undefined, isReadTime);
  const cls = classKey(pieces[0]!.el, skip);
  // A doer's class ("author", "reviewer") over a byline: the column holds the name, not "By Jordan P.".
  const isByline = (p: Piece) => readByline(p.value) !== null;
  if (cls && bylinePlan(tokens(cls)) && (yield* most(isByline))) return textColumn(cls, (p) => readByline(p.value)?.name ?? p.value);
  // A nameless icon before the text says what it is when no class does ("<i class="icon-bed"></i> 2 beds").
  const drawings = pieces.map((p) => leadingIconDrawing(p.el)).filter((d): d is string => !!d);
  const drawn = drawings.length >= pieces.length * 0.6 ? camelCase(mode(drawings)) : "";
  return textColumn(cls ?? (drawn || ((yield* most((p) => p.value.length > 60)) ? "description" : "text")));
}

/** The first class (of the element or a wrapper around it) that says what it holds: "job-location" → location. */
export function classKey(el: Element, skip: Set<string>): string | null {
  for (let n: Element | null = el, depth = 0; n && depth < 2; n = n.parentNode && isElement(n.parentNode) ? n.parentNode : null, depth++) {
    // Utility classes (text-sm, col-md-6) say how it looks; the rest are the author's names (utility-classes.ts).
    for (const c of semanticClasses(attr(n, "class"))?.split(" ") ?? []) {
      if (/\d/.test(c) || c.length < 3) continue;
      const words = tokens(c)
        .map((t) => unglued(t, skip))
        .filter((t) => !GENERIC_CLASS.has(t) && !skip.has(t) && t.length > 2 && wordLike(t));
      if (words.length) return camelCase(words.join(" "));
    }
    if (n.parentNode && isElement(n.parentNode) && elementChildren(n.parentNode).length > 1) break;
  }
  return null;
}

/**
 * A class glued onto the record's own ("courseblockdesc" in a record classed "courseblock", as
 * CMS themes write BEM without its dashes) names a field by what follows: "desc", read as the word it
 * abbreviates ("description"; synonyms.ts lists "desc" under it). Not a word of its own, the whole
 * class would name a column "courseblockdesc".
 */
function unglued(t: string, skip: Set<string>): string {
  for (const w of skip) {
    if (w.length < 4 || t.length - w.length < 3 || !t.startsWith(w)) continue;
    const rest = t.slice(w.length);
    return Object.keys(SYNONYMS).find((word) => word.startsWith(rest) && SYNONYMS[word]!.includes(rest)) ?? rest;
  }
  return t;
}

function mode(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}
