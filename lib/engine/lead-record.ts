/**
 * A listing's featured first item: news rivers, blogs and shops often open with a hero story drawn
 * in its own template (a bigger picture, an <h1> instead of an <h3>, its own classes), so record
 * detection, which needs repetition, leaves it out of the region that follows it.
 *
 * The element just before the region's first record (inside the region's parent, or just before
 * the parent) is taken as one more record when, read with the listing's fields, it fills every field
 * most of the listing's rows fill, and at least MIN_FIELDS of them: an item like the others, only
 * drawn bigger. A heading, an intro line or a banner fills too few of them; a block as long as
 * several records (a second listing) is not one item. Only with fields asked for: without them the
 * columns come from the records' own template, which the lead does not share.
 */
import { hasVisibleText, isElement, textContent, type Element } from "./dom";
import type { RecordRegion } from "./records";
import { chromeFactor, parentElement } from "./records/features";

/** Fields most rows fill that the lead must fill too, at least. */
const MIN_FIELDS = 3;
/** The lead's text, at most this many times the longest record's. */
const MAX_TEXT_RATIO = 3;

const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** The element that may be the listing's featured first item (see the header), or null. */
export function leadElement(region: RecordRegion): Element | null {
  const first = region.records[0]?.[0];
  // A table's rows follow its header row, never a featured row.
  if (!first || region.kind === "table") return null;
  let lead: Element | null = null;
  for (let n: Element | null = first; n && !lead; n = n === region.parent ? null : parentElement(n)) {
    lead = previousVisible(n);
    if (n === region.parent) break;
  }
  if (!lead || HEADING_TAGS.has(lead.tagName) || chromeFactor(lead) !== chromeFactor(first)) return null;
  const longest = Math.max(...region.records.map((r) => r.reduce((t, el) => t + textContent(el).length, 0)));
  return textContent(lead).length <= longest * MAX_TEXT_RATIO ? lead : null;
}

/** Does the lead's row fill every field that most of the listing's rows fill (MIN_FIELDS at least)? */
export function leadCovers<Row>(lead: Row, rows: Row[], names: string[], filled: (row: Row, name: string) => boolean): boolean {
  const usual = names.filter((name) => rows.filter((r) => filled(r, name)).length * 2 > rows.length);
  return usual.length >= MIN_FIELDS && usual.every((name) => filled(lead, name));
}

function previousVisible(el: Element): Element | null {
  const parent = el.parentNode;
  if (!parent) return null;
  const siblings = parent.childNodes.filter(isElement);
  for (let i = siblings.indexOf(el) - 1; i >= 0; i--) {
    const s = siblings[i]!;
    if (hasVisibleText(s)) return s;
  }
  return null;
}
