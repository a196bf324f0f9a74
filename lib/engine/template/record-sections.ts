/**
 * The heading of the section each record sits in: events under "March 2026", a changelog's entries
 * under "v1.4.0", a table's rows under a group row ("AL West"). Sections are united into one region
 * (sections.ts), and a field that names the section (a "month", a "version", a "section") is read
 * from this heading (fields/section-fields.ts).
 *
 * Inside the region's parent, the nearest heading before the record that is not part of a record:
 * records before it are looked past, a block holding other records (the previous section) ends the
 * look at that level. Just before the region's parent only a heading that names a step of a series
 * counts (a month, a version: section-headings.ts): a page's own title above its one listing
 * ("Customer reviews", "Shop") is no section of it.
 */
import { attr, elementChildren, normalizeSpace, textContent, type Element } from "../dom";
import type { RecordRegion } from "../records";
import { parentElement } from "../records/features";
import { seriesKinds } from "./section-headings";
import { headingIn, isHeading } from "./sections";

/** How far above the region's parent a section's heading may be sought (section > div.list > ul: two). */
const MAX_CLIMB = 2;

/** Each record's section heading, in the region's record order (undefined for a record under none). */
export function recordSectionHeadings(region: RecordRegion): (Element | undefined)[] {
  const inRecords = new Set(region.records.flat());
  const holdsRecord = new Map<Element, boolean>();
  // A block holds a record when a record sits inside it: memoised, each block is asked once.
  const holds = (el: Element): boolean => {
    let known = holdsRecord.get(el);
    if (known === undefined) holdsRecord.set(el, (known = inRecords.has(el) || elementChildren(el).some(holds)));
    return known;
  };
  // What lies before each child of a parent, read in one pass over its children (a table of
  // 30,000 rows is not scanned back from every row).
  const before = new Map<Element, Map<Element, Before>>();
  const beforeOf = (n: Element, parent: Element): Before => {
    let kids = before.get(parent);
    if (!kids) {
      before.set(parent, (kids = new Map()));
      let state: Before = null;
      for (const k of elementChildren(parent)) {
        kids.set(k, state);
        if (inRecords.has(k)) continue;
        if (holds(k)) state = "records";
        else state = headingOf(k) ?? state;
      }
    }
    return kids.get(n) ?? null;
  };
  const within = (record: Element): Element | undefined => {
    for (let n: Element | null = record; n && n !== region.parent; n = parentElement(n)) {
      const parent = parentElement(n);
      if (!parent) break;
      const found = beforeOf(n, parent);
      if (found === "records") return undefined;
      if (found) return found;
    }
    return undefined;
  };
  const outside = headingBefore(region.parent);
  return region.records.map((record) => {
    const first = record[0];
    return (first && within(first)) ?? outside;
  });
}

/**
 * The nearest heading before an element among its siblings (records looked past), "records" when a
 * block holding other records (the previous section) comes first, null when neither does.
 */
type Before = Element | "records" | null;

/**
 * `el` as a section's heading: a heading element, a block whose whole text is its heading's, or a
 * table's group row (one cell across the columns). A block with more text (an advert, a filter box)
 * is not one, though it holds a heading.
 */
function headingOf(el: Element): Element | undefined {
  if (isHeading(el)) return el;
  if (el.tagName === "tr") {
    const cells = elementChildren(el).filter((c) => c.tagName === "td" || c.tagName === "th");
    const only = cells.length === 1 ? cells[0]! : undefined;
    return only && (only.tagName === "th" || Number(attr(only, "colspan") ?? 1) > 1) && textContent(only).trim() ? only : undefined;
  }
  const inside = headingIn(el);
  return inside && normalizeSpace(textContent(inside)) === normalizeSpace(textContent(el)) ? inside : undefined;
}

/** A heading that names a step of a series just before the region's parent (or a block it is alone in). */
function headingBefore(parent: Element): Element | undefined {
  let at: Element | null = parent;
  for (let climb = 0; at && climb <= MAX_CLIMB; climb++, at = parentElement(at)) {
    const above = parentElement(at);
    if (!above || at.tagName === "body") return undefined;
    const kids = elementChildren(above);
    const previous = kids[kids.indexOf(at) - 1];
    if (previous) {
      const heading = headingOf(previous);
      return heading && seriesKinds(textContent(heading)).size ? heading : undefined;
    }
  }
  return undefined;
}
