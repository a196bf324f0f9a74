/**
 * Rows without a field list: the shape comes from the record template. The main heading / link
 * text becomes title (or name), its href url, the first image image; then the other slots that
 * most records fill, named by their label, by what they hold (price, rating, date…), or by their
 * class (infer-names.ts); a meta line's named elements and a named list's items are read as
 * infer-split.ts says. Keys come from slots, so every row of a region has the same key set, and the
 * columns decided on the seed page (InferredColumns) are read on every later page of the run
 * (infer-apply.ts): inferred anew there, a slot the seed named "text2" could be "tags" on page 2.
 * A data table with headers is read by them (infer-table.ts).
 */
import { elementChildren, isElement, type Element } from "../dom";
import { fillFieldsSteps, type FilledRow } from "./fill";
import { assignSlotsSteps, slotsOverlap } from "./assign-slots";
import { Fits } from "./fits";
import { originOf, type Origin } from "./origin";
import { planField, type FieldPlan } from "./plan";
import type { Piece, RecordPieces } from "./pieces";
import { own } from "../lookup";
import { classKey, describeSteps, linkColumn, recordWords, type Column } from "./infer-names";
import { listSlot, metaRest } from "./infer-split";
import { candidates } from "./infer-candidates";
import { bylineDateColumns } from "./infer-bylines";
import { datelineColumns } from "./datelines";
import { laterPageRows, shiftedPiece, signatureOf, slotIdentity } from "./infer-apply";
import { tableRows } from "./infer-table";
import { slotClasses, slotPiece } from "./infer-intruders";
import { playerElements, within } from "./infer-inside";
import { mapSteps, runSteps, type Steps } from "../steps";

const MAX_COLUMNS = 10;

const nameKey = (q: string) => (/\b(?:name|names|people|person|team|staff|members?|engineers?|employees?|speakers?|authors?|contacts?)\b/i.test(q) ? "name" : "title");
const basePlan = (name: string): FieldPlan => planField(name === "url" || name === "image" ? { name, type: "string", format: "uri", required: false } : { name, type: "string", required: false });

/** A column as the seed page decided it: its key, the template slot it reads, and how. */
export interface InferredColumn extends Column {
  slot: string;
  /** The classes most of the slot's elements have: a record whose element there has none holds an intruder (infer-intruders.ts). */
  slotClasses?: string[];
  /** The slot's element path: where a later page's value is looked for first. */
  path: string;
  /** What the slot is, position aside (signatureOf), its label, element tag and classes: how a later page's value is matched to it. */
  sig: string;
  label?: string;
  tag: string;
  classes: string[];
  /** The slot is a list's items (listSlot): the value is every item's text. */
  list?: boolean;
  /** The slot is the one item of a list in every seed record: a later record's several are all read. */
  items?: boolean;
  /** The slot's text is read by another column too (a byline line's name and its date). */
  shared?: boolean;
}

/** The columns of a run: the main title/url/image fields kept, then the other columns in order. */
export interface InferredColumns {
  base: string[];
  columns: InferredColumn[];
  /** Signatures of the seed's slots left out (template text, repeats, too rare): not new on a later page. */
  rejected: string[];
}

export interface InferredRows {
  rows: FilledRow[];
  /** Null for a data table, whose own headers name its columns on every page. */
  columns: InferredColumns | null;
}

/**
 * Rows of a region, with the columns they were read by. Given `columns` (decided on the run's seed
 * page), the region is read by those and nothing is inferred: one set of columns for the whole run.
 */
export function inferRows(all: RecordPieces[], q: string, host: string, headers?: string[], columns?: InferredColumns | null): InferredRows {
  return runSteps(inferRowsSteps(all, q, host, headers, columns));
}

/** inferRows as steps (see steps.ts): a step per record read, and per candidate column. */
export function* inferRowsSteps(all: RecordPieces[], q: string, host: string, headers?: string[], columns?: InferredColumns | null): Steps<InferredRows> {
  const R = all.length;
  if (!R) return { rows: [], columns: columns ?? null };
  if (columns) {
    const fits = new Fits(all, host);
    const assigned = (yield* assignSlotsSteps(columns.base.map(basePlan), all, host, fits)).filter((a) => a.slot !== null);
    const base = yield* fillFieldsSteps(all, assigned.map((a) => a.plan), host, fits);
    const fresh = yield* inferRowsSteps(all, q, host, headers);
    return { rows: laterPageRows(all, columns, base, fresh), columns };
  }
  // (Distinct names: one caption spanning every column names none of them.)
  if (headers && new Set(headers.filter(Boolean)).size >= 2 && all.every((rp) => rp.record.every((el) => el.tagName === "tr"))) return { rows: yield* tableRows(all, headers), columns: null };
  const minPresence = R >= 3 ? Math.ceil(R * 0.5) : 1;
  const base = [nameKey(q), "url", "image"].map(basePlan);
  // The main title, link and image, kept when most records have them.
  const fits = new Fits(all, host);
  const assigned = (yield* assignSlotsSteps(base, all, host, fits)).filter((a) => a.slot !== null);
  const baseRows = yield* fillFieldsSteps(all, assigned.map((a) => a.plan), host, fits);
  const keep = assigned.filter((a) => baseRows.filter((r) => own(r.row, a.plan.spec.name) !== undefined).length >= minPresence);
  const rows: Record<string, unknown>[] = yield* mapSteps(baseRows, (r) => Object.fromEntries(keep.map((a) => [a.plan.spec.name, own(r.row, a.plan.spec.name)]).filter(([, v]) => v !== undefined)));
  const from: Map<string, Origin>[] = yield* mapSteps(baseRows, (r) => new Map([...r.from].filter(([name]) => keep.some((a) => a.plan.spec.name === name))));
  const usedText = keep.filter((a) => a.plan.channel === "text").map((a) => a.slot!);
  const keys = new Set(keep.map((a) => a.plan.spec.name));
  const decided: InferredColumn[] = [];
  /** The elements whose text a column reads (labelled slots are keyed by label, not by path, so usedText misses what lies inside them). */
  const claimed = new Set<Element>();
  const recordEls = new Set(all.flatMap((rp) => rp.record));
  const players = playerElements(all, recordEls);

  const words = recordWords(all);
  // The record each piece is read from (the first that holds it): a look-up, not a search of every record per piece.
  const recordOf = new Map<Piece, number>();
  for (const [r, rp] of all.entries()) {
    for (const p of rp.pieces) if (!recordOf.has(p)) recordOf.set(p, r);
    yield;
  }
  for (const { slot, pieces, list, meta } of yield* candidates(all, words)) {
    if (keys.size >= MAX_COLUMNS) break;
    yield;
    const present = new Set(pieces.map((p) => recordOf.get(p) ?? -1)).size;
    // (A meta line's own elements, read before it, leave it its own text.)
    if (present < minPresence || usedText.some((s) => slotsOverlap(s, slot) && !(meta && s.startsWith(`${slot}/`)))) continue;
    const link = list || meta ? null : linkColumn(pieces, rows);
    // A link inside a labelled line a column reads ("Zu Gast: <a>Jana Becker</a> und <a>Tim</a>")
    // is part of that value: as a column of its own it repeated the label's (guests, guests2).
    if (!link && !list && claimed.size && pieces.filter((p) => within(p.el, claimed, recordEls, false)).length >= pieces.length * 0.6) continue;
    // An audio or video player's text is its controls ("▶", "0:00 / 41:00"), no record's data.
    if (!link && players.size && pieces.filter((p) => within(p.el, players, recordEls, true)).length >= pieces.length * 0.6) continue;
    if (R >= 3 && pieces.filter((p) => p.constant).length > pieces.length / 2 && !link) continue;
    // A group of pieces is one value only when its parts are fragments (stars, a currency sign).
    if (!list && isComposite(pieces[0]!.el) && !elementChildren(pieces[0]!.el).some((k) => textLen(k) <= 2)) continue;
    // (A plain line of a byline and a date, "By Jordan P. · 3 days ago", is two columns: infer-bylines.ts; so is a dateline, datelines.ts.)
    const parts = list || meta || link ? null : (bylineDateColumns(pieces, words) ?? datelineColumns(pieces));
    const columns: Column[] = parts ?? [list ? { key: list, read: (p) => p.value, origin: (p) => originOf(p, "text") } : meta ? metaColumn(pieces, words) : (link ?? (yield* describeSteps(pieces, words)))];
    for (const column of columns) {
      const candidate: InferredColumn = { ...column, slot, slotClasses: slotClasses(pieces), path: pieces[0]!.path, ...slotIdentity(pieces, all), ...(list ? { list: true } : {}), ...(parts ? { shared: true } : {}) };
      // A column that repeats another (the title again in a second element, a score shown twice) adds nothing.
      const values = yield* mapSteps(all, (rp) => readColumn(rp, candidate));
      if (yield* repeats(values.map((v) => v?.value), rows)) continue;
      // One star of a row of stars ("★", "☆") is a piece of the rating, which reads the whole row.
      if (values.every((v) => v === null || (typeof v.value === "string" && STAR_GLYPHS.test(v.value)))) continue;
      const key = !link && RESERVED.has(column.key) ? `${column.key}Text` : column.key;
      let unique = key;
      for (let i = 2; keys.has(unique); i++) unique = `${key}${i}`;
      keys.add(unique);
      // A meta line's named elements are columns of their own, after it.
      if (!meta) usedText.push(slot);
      if (!meta && !link && !list) for (const p of pieces) claimed.add(p.el);
      decided.push({ ...candidate, key: unique });
      values.forEach((v, r) => {
        if (!v) return;
        rows[r]![unique] = v.value;
        from[r]!.set(unique, candidate.origin(v.piece));
      });
    }
  }
  const sigs = new Set(decided.map((c) => c.sig));
  const rejected = [...new Set((yield* mapSteps(all, (rp) => rp.pieces.map(signatureOf))).flat())].filter((s) => !sigs.has(s));
  return { rows: rows.map((row, r) => ({ row, from: from[r]! })), columns: { base: keep.map((a) => a.plan.spec.name), columns: decided, rejected } };
}

/** "8 min read" after a meta line's author and date; named by its class when it says something else. */
function metaColumn(pieces: Piece[], words: Set<string>): Column {
  const read = (p: Piece) => metaRest(p.el) || undefined;
  const readTime = pieces.filter((p) => /^\d+\s*(?:min(?:ute)?s?|hrs?|hours?)\.?\s+read$/i.test(metaRest(p.el))).length >= pieces.length * 0.6;
  return { key: readTime ? "readTime" : (classKey(pieces[0]!.el, words) ?? "text"), read, origin: (p) => originOf(p, "text") };
}

/** A column's value in one record of the seed page, and the piece it was read from. */
function readColumn(rp: RecordPieces, column: InferredColumn): { value: unknown; piece: Piece } | null {
  if (column.list) {
    const items = rp.pieces.filter((p) => !p.labelOnly && !p.hidden && p.value && listSlot(p) === column.slot);
    return items.length ? { value: items.map((p) => p.value), piece: items[0]! } : null;
  }
  // Where an optional element before it (a repository's topics) moved the slot along in this
  // record, the one piece of the same kind one index off is its value.
  // (An optional badge before it that took its place here is passed over: infer-intruders.ts.)
  const at = rp.pieces.find((x) => x.slot === column.slot && !x.labelOnly);
  const piece = at ? slotPiece(rp, column, at) : shiftedPiece(rp, column);
  if (!piece) return null;
  const value = column.read(piece);
  return value === undefined || value === null || value === "" ? null : { value, piece };
}

const STAR_GLYPHS = /^[\s★☆✩✪✫✬✭✮✯✰⭐]+$/;

/** Keys the main title, link and image use: a text column is never named like them. */
const RESERVED = new Set(["title", "name", "url", "image", "link"]);

/** Steps (see steps.ts): a step per column compared. */
function* repeats(values: unknown[], rows: Record<string, unknown>[]): Steps<boolean> {
  const present = values.map((v, r) => [v, r] as const).filter(([v]) => v !== undefined && v !== null && v !== "");
  if (!present.length) return true;
  const keys = new Set(rows.flatMap((r) => Object.keys(r)));
  for (const key of keys) {
    yield;
    const same = present.filter(([v, r]) => String(rows[r]![key] ?? "") === String(v)).length;
    if (same >= present.length * 0.8) return true;
  }
  return false;
}

const textLen = (el: Element): number => el.childNodes.reduce((n: number, c) => n + ("value" in c ? String(c.value).trim().length : isElement(c) ? textLen(c) : 0), 0);
const isComposite = (el: Element) => elementChildren(el).length >= 2 && !el.childNodes.some((c) => "value" in c && String(c.value).trim() !== "");
