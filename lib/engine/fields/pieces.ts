/**
 * The pieces of a record: every element that can hold one field value (a text block, a link, an
 * image, a table cell, a small group such as a row of stars), with what names it: its label
 * ("Company: Acme", a <dt>, a column header, a constant "Location" text before it), its class /
 * id / itemprop / aria words, and its slot (its place in the record template, the same in every
 * record), so that one field can be mapped to the same slot across the whole region. Microdata
 * values kept in attributes (`<meta itemprop="isbn" content="…">`, `<link itemprop="url" href="…">`)
 * are pieces too: not shown, but named and valued by the page itself.
 *
 * Each record is read in record-pieces.ts; here is what needs the whole region: inline labels that
 * other records confirm, labels applied to slots, and constant (template) text.
 */
import type { Element } from "../dom";
import { baseOf, cellIndex } from "./dom-text";
import { STOCK, parseBoolean, pushTo, type NumberStyle } from "./values";
import { piecesOfRecord } from "./record-pieces";
import { alignSlots } from "./aligned-slots";
import { addHints } from "./piece-hints";
import { CTA } from "./main-link";
import { markYesNoDashes } from "./yes-no-dashes";
import { markDatelines } from "./dateline-slots";
import type { Dateline } from "./datelines";
import { passLabelsInward } from "./inner-labels";
import { addSegmentPieces } from "./text-segments";
import { markBylineNames } from "./byline-names";
import { markDotGroups } from "./number-evidence";
import { parentElement } from "../records/features";
import { mapSteps, runSteps, STRIDE, type Steps } from "../steps";

export { cellIndex };

export interface Piece {
  el: Element;
  /** Visible text, whitespace normalised. */
  text: string;
  /** The text without its label. */
  value: string;
  label?: string;
  /** Name words → weight (3 label/itemprop/header, 2 own class/id, 1 ancestors, 1.5 aria/title). */
  hints: Map<string, number>;
  href?: string;
  /** Where `href` was read: the link element (the piece's own, or the link around it), else the piece's, and its attribute (else "href"). */
  hrefEl?: Element;
  hrefAttr?: string;
  src?: string;
  /** The attribute of the piece's element `src` was read from (src, data-src, srcset…). */
  srcAttr?: string;
  /** Value-bearing attribute (content, datetime, value, data-value…). */
  attrValue?: string;
  /** The attribute `attrValue` was read from; for a hidden piece, the one its value was read from. */
  valueAttr?: string;
  heading: boolean;
  mainLink: boolean;
  /** The record's main link is not its heading: a heading outside it names the record (see mainLinkOf). */
  besideHeading?: boolean;
  /** Only a label ("Salary:") or template text that is the same in every record. */
  labelOnly: boolean;
  constant: boolean;
  /** Its text reads like a call to action ("Get started"), as most texts in its slot do (markCallsToAction). */
  callToAction?: boolean;
  slot: string;
  /** Place in the record (tag path with indexes); the slot is this, or parent@label for labelled pieces. */
  path: string;
  /** The label came from "Label: value" in the piece's own text (to be confirmed across records). */
  inline?: boolean;
  order: number;
  /** Struck-out / "was" prices. */
  struck: boolean;
  /** A microdata value held in a <meta>/<link> attribute: nothing on screen, so never a label's target. */
  hidden?: boolean;
  /** A dash in a column of yes and no marks: it says "no" (yes-no-dashes.ts). */
  yesNoDash?: boolean;
  /** A place and a date in a slot of such lines: a story's dateline, no one's byline (dateline-slots.ts). */
  dateline?: Dateline;
  /** How the record's language writes numbers ("1.200" is 1200 in German), from its lang attribute. */
  numbers?: NumberStyle;
}

export interface RecordPieces {
  record: Element[];
  pieces: Piece[];
  mainLink?: Element;
}

/**
 * Pieces of each record. `headers` are table column names (a cell's header is its label).
 * Slots and constant text are computed across all records of the region.
 */
export const collectPieces = (records: Element[][], pageUrl: string, headers?: string[]): RecordPieces[] => runSteps(collectPiecesSteps(records, pageUrl, headers));

/** collectPieces as steps (see steps.ts): a step per record read. */
export function* collectPiecesSteps(records: Element[][], pageUrl: string, headers?: string[]): Steps<RecordPieces[]> {
  const base = records[0]?.[0] ? baseOf(records[0][0], pageUrl) : pageUrl;
  const out = yield* mapSteps(records, (record) => piecesOfRecord(record, base, headers));
  yield* alignSlots(out);
  yield* confirmInlineLabels(out);
  // A step per record: on a 30,000-record page these two passes held the event loop for ~50 ms.
  for (const r of out) {
    addSegmentPieces(r);
    yield;
  }
  for (const r of out) {
    markBylineNames(r);
    yield;
  }
  for (const r of out) {
    for (const p of r.pieces) if (p.label && !p.labelOnly) labelPiece(p, p.label);
    passLabelsInward(r);
    yield;
  }
  yield* markConstants(out);
  yield* markCallsToAction(out);
  yield* markYesNoDashes(out);
  yield* markDatelines(out);
  yield* markDotGroups(out);
  return out;
}

/**
 * "Sign up", "Download", "Join": a call to action when most records' texts in its place read like
 * one (a pricing grid's buttons); where the others are names, it is one too (a book called "Join"
 * in a catalogue whose links are the titles).
 */
function* markCallsToAction(all: RecordPieces[]): Steps<void> {
  const bySlot = new Map<string, Piece[]>();
  for (const r of all) {
    for (const p of r.pieces) if (CTA.test(p.text)) pushTo(bySlot, p.slot, p);
    yield;
  }
  const sizes = new Map<string, number>();
  for (const r of all) {
    for (const p of r.pieces) if (bySlot.has(p.slot)) sizes.set(p.slot, (sizes.get(p.slot) ?? 0) + 1);
    yield;
  }
  for (const [slot, list] of bySlot) if (list.length * 2 >= sizes.get(slot)!) for (const p of list) p.callToAction = true;
}

function labelPiece(p: Piece, label: string) {
  p.label = label;
  addHints(p.hints, label, 3, true);
  // (From the aligned slot, not the path: an optional element before it moves the path along.)
  p.slot = `${p.slot.split("@")[0]!.replace(/\[\d+\]$/, "")}@${label.toLowerCase()}`;
}

/**
 * "Company: Acme" is a label only if other records say "Company:" too: a title such as "Art and
 * Fear: Observations…" is one text. Headings and main links are never split.
 */
function* confirmInlineLabels(all: RecordPieces[]): Steps<void> {
  const counts = new Map<string, number>();
  for (const r of all) {
    for (const p of r.pieces) if (p.inline) counts.set(p.label!.toLowerCase(), (counts.get(p.label!.toLowerCase()) ?? 0) + 1);
    yield;
  }
  for (const r of all) {
    yield;
    for (const p of r.pieces) {
      if (!p.inline) continue;
      const shared = all.length < 3 || (counts.get(p.label!.toLowerCase()) ?? 0) >= 2;
      if (shared && !p.heading && !p.mainLink) continue;
      p.inline = false;
      p.label = undefined;
      p.value = p.text;
    }
  }
}

/**
 * Text that is the same in (nearly) every record is template text: a label ("Location") or a button
 * ("Add to basket"), not a value. Short constant text right before a value labels that value.
 */
function* markConstants(all: RecordPieces[]): Steps<void> {
  if (all.length < 3) return;
  const bySlot = new Map<string, Piece[]>();
  for (const r of all) {
    for (const p of r.pieces) pushTo(bySlot, p.slot, p);
    yield;
  }
  for (const list of bySlot.values()) {
    const counts = new Map<string, number>();
    for (let i = 0; i < list.length; i++) {
      const p = list[i]!;
      counts.set(p.text, (counts.get(p.text) ?? 0) + 1);
      if (i % STRIDE === STRIDE - 1) yield;
    }
    // The first text to reach the top count (a loop, not Math.max(...): a slot can hold 30,000 texts).
    let top = 0;
    let text: string | undefined;
    for (const [t, n] of counts) {
      if (n > top) [top, text] = [n, t];
    }
    yield;
    if (!text || top < Math.max(3, 0.8 * all.length)) continue;
    for (const p of list) if (p.text === text) p.constant = true;
  }
  yield;
  for (const r of all) {
    yield;
    for (let i = 0; i + 1 < r.pieces.length; i++) {
      const p = r.pieces[i]!;
      const next = r.pieces[i + 1]!;
      // Values can be constant too ("In stock" everywhere): only plain words can be a label (a
      // separator, "•" or "|", is not one).
      const short = /\p{L}/u.test(p.text) && p.text.length <= 30 && p.text.split(/\s+/).length <= 4 && !/\d/.test(p.text) && !STOCK.test(p.text) && parseBoolean(p.text) === null && !p.heading;
      const contains = next.el.childNodes.includes(p.el as never) || p.el.childNodes.includes(next.el as never);
      if (p.constant && short && !p.href && !next.constant && !next.label && !next.hidden && !contains && !listPeers(p.el, next.el) && sameParentOrSibling(p.el, next.el)) {
        p.labelOnly = true;
        labelPiece(next, p.text.replace(/[:：]$/, ""));
      }
    }
  }
}

/**
 * Two items of one list (<li>red</li><li>t4</li>): peers, the first is a value every record
 * happens to share ("red" in every card's tags), never the second's label.
 */
function listPeers(a: Element, b: Element): boolean {
  return a.tagName === "li" && b.tagName === "li" && parentElement(a) === parentElement(b);
}

function sameParentOrSibling(a: Element, b: Element): boolean {
  const pa = parentElement(a);
  return !!pa && (pa === parentElement(b) || pa === parentElement(parentElement(b) ?? b));
}
