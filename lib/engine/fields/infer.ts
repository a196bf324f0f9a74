/**
 * Rows without a field list: the shape comes from the record template. The main heading / link
 * text becomes title (or name), its href url, the first image image; then the other slots that
 * most records fill, named by their label, by what they hold (price, rating, date…), or by their
 * class. Keys come from slots, so every row of a region has the same key set.
 */
import { classList, elementChildren, isElement, normalizeSpace, textContent, type Element } from "../dom";
import { assignSlots, fillFields, slotsOverlap, type FilledRow } from "./fill";
import { originOf, type Origin } from "./match";
import { planField } from "./plan";
import { ratingOf, readRating } from "./ratings";
import { cellIndex, type Piece, type RecordPieces } from "./pieces";
import { camelCase, tokens } from "./spec";
import { parseDate } from "./dates";
import { EMAIL, MONEY, PHONE, STOCK, mailtoAddress, pushTo, telNumber } from "./values";
import { own, put } from "../lookup";

const MAX_COLUMNS = 10;
const GENERIC_CLASS = new Set(["item", "product", "job", "card", "list", "entry", "row", "col", "text", "muted", "small", "large", "lead", "bold", "title", "body", "content", "info", "details", "detail", "meta", "data", "value", "field", "wrapper", "inner", "outer", "container", "block", "box", "media", "link", "label", "active", "first", "last", "odd", "even", "clearfix", "left", "right", "center", "primary", "secondary", "light", "dark", "white"]);
/** Utility-class spellings (Bootstrap, Tailwind, CSS modules): they describe looks, not content. */
const UTILITY = /^(?:[a-z]{1,3}-\d|[mp][trblxy]?-|text-|font-|fw-|fs-|bg-|border|rounded|shadow|d-|flex|grid|align|justify|float|gap-|w-|h-|col-|row-|order-|offset-|btn|badge|sr-only|visually|hidden|visible|is-|has-|js-|u-|[a-z]+:)/;

const nameKey = (q: string) => (/\b(?:name|names|people|person|team|staff|members?|engineers?|employees?|speakers?|authors?|contacts?)\b/i.test(q) ? "name" : "title");

export function inferRows(all: RecordPieces[], q: string, host: string, headers?: string[]): FilledRow[] {
  const R = all.length;
  if (!R) return [];
  // (Distinct names: one caption spanning every column names none of them.)
  if (headers && new Set(headers.filter(Boolean)).size >= 2 && all.every((rp) => rp.record.every((el) => el.tagName === "tr"))) return tableRows(all, headers);
  const minPresence = R >= 3 ? Math.ceil(R * 0.5) : 1;
  const titleName = nameKey(q);
  const base = [planField({ name: titleName, type: "string", required: false }), planField({ name: "url", type: "string", format: "uri", required: false }), planField({ name: "image", type: "string", format: "uri", required: false })];
  // The main title, link and image, kept when most records have them.
  const assigned = assignSlots(base, all, host).filter((a) => a.slot !== null);
  const baseRows = fillFields(all, assigned.map((a) => a.plan), host);
  const keep = assigned.filter((a) => baseRows.filter((r) => own(r.row, a.plan.spec.name) !== undefined).length >= minPresence);
  const rows: Record<string, unknown>[] = baseRows.map((r) => Object.fromEntries(keep.map((a) => [a.plan.spec.name, own(r.row, a.plan.spec.name)]).filter(([, v]) => v !== undefined)));
  const from: Map<string, Origin>[] = baseRows.map((r) => new Map([...r.from].filter(([name]) => keep.some((a) => a.plan.spec.name === name))));
  const usedText = keep.filter((a) => a.plan.channel === "text").map((a) => a.slot!);
  const keys = new Set(keep.map((a) => a.plan.spec.name));

  // Other slots, in template order.
  const slots = new Map<string, Piece[]>();
  for (const rp of all) {
    const seen = new Set<string>();
    for (const p of rp.pieces) {
      // (Microdata values in <meta>/<link> are not shown: they make no columns of their own, though
      // one can be the record's url or image above.)
      if (seen.has(p.slot) || p.labelOnly || p.hidden || p.el.tagName === "img" || (!p.value && ratingOf(p) === null)) continue;
      seen.add(p.slot);
      pushTo(slots, p.slot, p);
    }
  }
  const words = recordWords(all);
  const ordered = [...slots].sort((a, b) => avgOrder(a[1]) - avgOrder(b[1]));
  for (const [slot, pieces] of ordered) {
    if (keys.size >= MAX_COLUMNS) break;
    if (pieces.length < minPresence || usedText.some((s) => slotsOverlap(s, slot))) continue;
    const link = linkColumn(pieces, rows);
    if (R >= 3 && pieces.filter((p) => p.constant).length > pieces.length / 2 && !link) continue;
    // A group of pieces is one value only when its parts are fragments (stars, a currency sign).
    if (isComposite(pieces[0]!.el) && !elementChildren(pieces[0]!.el).some((k) => textLen(k) <= 2)) continue;
    const { key: named, read, via } = link ?? describe(pieces, words);
    // A column that repeats another (the title again in a second element, a score shown twice) adds nothing.
    const held = all.map((rp) => rp.pieces.find((x) => x.slot === slot && !x.labelOnly));
    const values = held.map((p) => (p ? read(p) : undefined));
    if (repeats(values, rows)) continue;
    // One star of a row of stars ("★", "☆") is a piece of the rating, which reads the whole row.
    if (values.every((v) => v === undefined || (typeof v === "string" && STAR_GLYPHS.test(v)))) continue;
    const key = !link && RESERVED.has(named) ? `${named}Text` : named;
    let unique = key;
    for (let i = 2; keys.has(unique); i++) unique = `${key}${i}`;
    keys.add(unique);
    usedText.push(slot);
    values.forEach((v, r) => {
      if (v === undefined || v === null || v === "") return;
      rows[r]![unique] = v;
      from[r]!.set(unique, originOf(held[r]!, via));
    });
  }
  return rows.map((row, r) => ({ row, from: from[r]! }));
}

/** A data table names its columns: one key per header, the cell text as value, plus the row's main link. */
function tableRows(all: RecordPieces[], headers: string[]): FilledRow[] {
  const keys: (string | null)[] = [];
  const used = new Set<string>();
  for (const h of headers) {
    let key = camelCase(h.replace(/%/g, " pct").replace(/#/g, " num"));
    if (!key) {
      keys.push(null);
      continue;
    }
    for (let i = 2, base = key; used.has(key); i++) key = `${base}${i}`;
    used.add(key);
    keys.push(key);
  }
  const urlKey = used.has("url") ? "link" : "url";
  return all.map((rp) => {
    const row: Record<string, unknown> = {};
    const from = new Map<string, Origin>();
    for (const cell of rp.record.flatMap((tr) => elementChildren(tr))) {
      if (cell.tagName !== "td" && cell.tagName !== "th") continue;
      const key = keys[cellIndex(cell, rp.record)];
      const piece = rp.pieces.find((p) => p.el === cell);
      const text = normalizeSpace(textContent(cell));
      if (!key || Object.hasOwn(row, key)) continue;
      const rating = piece && !text ? readRating(piece) : null;
      if (text) {
        put(row, key, text);
        from.set(key, { el: cell });
      } else if (rating) {
        put(row, key, rating.value);
        from.set(key, { el: cell, attr: rating.attr });
      }
    }
    const link = rp.pieces.find((p) => p.mainLink && p.href);
    if (link && !used.has(urlKey)) {
      put(row, urlKey, link.href);
      from.set(urlKey, originOf(link, "href"));
    }
    return { row, from };
  });
}

const STAR_GLYPHS = /^[\s★☆✩✪✫✬✭✮✯✰⭐]+$/;

/** Keys the main title, link and image use: a text column is never named like them. */
const RESERVED = new Set(["title", "name", "url", "image", "link"]);

function repeats(values: unknown[], rows: Record<string, unknown>[]): boolean {
  const present = values.map((v, r) => [v, r] as const).filter(([v]) => v !== undefined && v !== null && v !== "");
  if (!present.length) return true;
  const keys = new Set(rows.flatMap((r) => Object.keys(r)));
  for (const key of keys) {
    const same = present.filter(([v, r]) => String(rows[r]![key] ?? "") === String(v)).length;
    if (same >= present.length * 0.8) return true;
  }
  return false;
}

/** Obfuscated class names ("kzcb", "uufqmb") are not words. */
const wordLike = (t: string) => /[aeiouy]/.test(t) && (t.length >= 8 || !/[^aeiouy\d]{4}/.test(t));

const avgOrder = (ps: Piece[]) => ps.reduce((s, p) => s + p.order, 0) / ps.length;
const textLen = (el: Element): number => el.childNodes.reduce((n: number, c) => n + ("value" in c ? String(c.value).trim().length : isElement(c) ? textLen(c) : 0), 0);
const isComposite = (el: Element) => elementChildren(el).length >= 2 && !el.childNodes.some((c) => "value" in c && String(c.value).trim() !== "");

interface Column {
  key: string;
  read: (p: Piece) => unknown;
  /** How `read` reads a piece: its text, its link or its rating (where the value comes from, see originOf). */
  via: "text" | "href" | "rating";
}

/**
 * A link whose text is the same in every record but whose target is not ("Email", "Website",
 * "Apply") is a per-record link: a column named by its text, valued by its href.
 */
function linkColumn(pieces: Piece[], rows: Record<string, unknown>[]): Column | null {
  const hrefs = pieces.map((p) => p.href).filter((h): h is string => !!h);
  if (hrefs.length < pieces.length * 0.8 || new Set(hrefs).size < hrefs.length * 0.8) return null;
  if (hrefs.some((h) => rows.some((r) => r.url === h))) return null;
  if (hrefs.every((h) => h.startsWith("mailto:"))) return { key: "email", read: (p) => (p.href ? mailtoAddress(p.href) : undefined), via: "href" };
  if (hrefs.every((h) => h.startsWith("tel:"))) return { key: "phone", read: (p) => (p.href ? telNumber(p.href) : undefined), via: "href" };
  if (!pieces.every((p) => p.constant)) return null;
  const key = camelCase(pieces[0]!.text) || "link";
  return { key: /(?:url|link|website|homepage|profile|site)$/i.test(key) ? key : `${key}Url`, read: (p) => p.href, via: "href" };
}

/** Words of the records' own classes ("member" in class="member"): a field class "member-role" means role. */
function recordWords(all: RecordPieces[]): Set<string> {
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

/** A column's key and how to read its value, from the majority of its pieces. */
function describe(pieces: Piece[], skip: Set<string>): Column {
  const most = (test: (p: Piece) => boolean) => pieces.filter(test).length >= pieces.length * 0.6;
  const labels = pieces.map((p) => p.label).filter((l): l is string => !!l);
  const text = (p: Piece) => p.value;
  if (labels.length >= pieces.length * 0.6) {
    const key = camelCase(mode(labels));
    if (key) return most((p) => ratingOf(p) !== null && /★|☆|star/i.test(p.text)) ? { key, read: ratingOf, via: "rating" } : { key, read: text, via: "text" };
  }
  if (most((p) => ratingOf(p) !== null)) return { key: "rating", read: ratingOf, via: "rating" };
  if (most((p) => MONEY.test(p.value))) return { key: "price", read: text, via: "text" };
  if (most((p) => p.value.length <= 60 && STOCK.test(p.value))) return { key: "availability", read: text, via: "text" };
  if (most((p) => p.value.length <= 40 && parseDate(p.attrValue ?? p.value) !== null)) return { key: "date", read: text, via: "text" };
  if (most((p) => EMAIL.test(p.value))) return { key: "email", read: (p) => EMAIL.exec(p.value)?.[0], via: "text" };
  if (most((p) => p.value.length <= 30 && (PHONE.exec(p.value)?.[0].replace(/\D/g, "").length ?? 0) >= 7)) return { key: "phone", read: text, via: "text" };
  const cls = classKey(pieces[0]!.el, skip);
  return { key: cls ?? (most((p) => p.value.length > 60) ? "description" : "text"), read: text, via: "text" };
}

/** The first class (of the element or a wrapper around it) that says what it holds: "job-location" → location. */
function classKey(el: Element, skip: Set<string>): string | null {
  for (let n: Element | null = el, depth = 0; n && depth < 2; n = n.parentNode && isElement(n.parentNode) ? n.parentNode : null, depth++) {
    for (const c of classList(n)) {
      if (UTILITY.test(c) || /\d/.test(c) || c.length < 3) continue;
      const words = tokens(c).filter((t) => !GENERIC_CLASS.has(t) && !skip.has(t) && t.length > 2 && wordLike(t));
      if (words.length) return camelCase(words.join(" "));
    }
    if (n.parentNode && isElement(n.parentNode) && elementChildren(n.parentNode).length > 1) break;
  }
  return null;
}

function mode(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}
