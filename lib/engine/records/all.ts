/**
 * Every list of records on the page rather than the one list findRecords extracts: what NEXT-EVAL's
 * truth describes (it marks each list a page shows: listings, side lists, sometimes menus).
 *
 * Candidates come from the same detectors and score as findRecords. Then:
 *  1. Sections are replaced by their lists: a region whose records are mostly one inner list each
 *     (a heading + a list, a box per category) is a layout of sections, and its inner lists are
 *     the records; they inherit the section region's rank, and may be as short as 2 items (the
 *     sibling sections vouch for the template). Other regions need MIN_RECORDS records.
 *  2. Regions are taken best first while they rank at least MIN_RATIO × the best one and do not
 *     collide with records already taken (same elements, inside them, or around them), so no
 *     record contains another.
 * Structural page chrome (nav, header, footer, aside, navigation roles/classes) counts twice
 * against a region here: on most pages only content lists are records, and a menu beside a listing
 * rarely is one (whole-corpus comparison of 1×, 2×, 3×: 2× is best, 3× about the same).
 */
import { bodyElement, type Document, type Element } from "../dom";
import { PageFeatures, chromeFactor, parentElement } from "./features";
import { scoredCandidates } from "./index";
import type { Scored } from "./score";

export interface AllRecordsOptions {
  /** Smallest list outside sections (records per region, at least 2); default 3, as for findRecords. */
  minRecords?: number;
  /** Regions scoring below this share of the page's best region are left out; default 0.3. */
  minRatio?: number;
}

const MIN_RECORDS = 3;
const MIN_RATIO = 0.3;
/** A record is mostly one inner list when that list holds this share of its text. */
const SECTION_SHARE = 0.6;

/** Every record on the page, each a list of one or more consecutive sibling elements, in rank order. */
export function detectAllRecords(doc: Document, options: AllRecordsOptions = {}): Element[][] {
  const body = bodyElement(doc);
  if (!body) return [];
  const f = new PageFeatures(body);
  const minRecords = options.minRecords ?? MIN_RECORDS;
  // The cells of a row are its fields, never records of their own.
  const regions = scoredCandidates(body, f, null, 2).filter((r) => r.parent.tagName !== "tr");
  if (!regions.length) return [];

  const rank = new Map<Scored, number>(regions.map((r) => [r, r.score * chromeFactor(r.parent)]));
  const sections = findSections(regions, f);
  const inherited = new Set<Scored>();
  // Strongest sections first, so that sections of sections pass their rank down. Lists in page
  // chrome do not inherit: a mega-menu is a strong "section" whose lists are still menus.
  for (const [outer, inners] of [...sections].sort((a, b) => b[0].score - a[0].score)) {
    for (const inner of inners)
      if (inner.chrome >= 0.5) {
        rank.set(inner, Math.max(rank.get(inner)!, rank.get(outer)!));
        inherited.add(inner);
      }
  }
  const ranked = regions
    .filter((r) => !sections.has(r) && (r.records.length >= minRecords || inherited.has(r)))
    .sort((a, b) => rank.get(b)! - rank.get(a)!);
  if (!ranked.length) return [];
  const min = rank.get(ranked[0]!)! * (options.minRatio ?? MIN_RATIO);

  const taken = new Set<Element>();
  const aboveTaken = new Set<Element>();
  const out: Element[][] = [];
  for (const region of ranked) {
    if (rank.get(region)! < min) break;
    const elements = region.records.flat();
    if (elements.some((el) => taken.has(el) || aboveTaken.has(el) || insideTaken(el, taken))) continue;
    out.push(...region.records);
    for (const el of elements) {
      taken.add(el);
      for (let n = parentElement(el); n && !aboveTaken.has(n); n = parentElement(n)) aboveTaken.add(n);
    }
  }
  return out;
}

function insideTaken(el: Element, taken: Set<Element>): boolean {
  for (let n = parentElement(el); n; n = parentElement(n)) if (taken.has(n)) return true;
  return false;
}

/**
 * Regions whose records are mostly one inner list each, mapped to those inner lists. Inner groups
 * of one fixed size in every record are the template's fields (three <p> per card), not lists:
 * a list has as many items as there are things to list, so the sizes must vary.
 */
function findSections(regions: Scored[], f: PageFeatures): Map<Scored, Scored[]> {
  // Record element -> the regions (and record index) it belongs to.
  const owners = new Map<Element, Array<{ region: Scored; rec: number }>>();
  for (const region of regions)
    region.records.forEach((rec, i) => {
      for (const el of rec) (owners.get(el) ?? owners.set(el, []).get(el)!).push({ region, rec: i });
    });
  // Per outer region and record: the inner region that covers most of the record's text.
  const best = new Map<Scored, Map<number, { share: number; inner: Scored }>>();
  for (const inner of regions) {
    for (let n: Element | null = inner.parent; n; n = parentElement(n)) {
      for (const { region: outer, rec } of owners.get(n) ?? []) {
        if (outer === inner) continue;
        const recText = outer.records[rec]!.reduce((t, e) => t + f.get(e).text, 0);
        const share = inner.coverage / Math.max(1, recText);
        const perRecord = best.get(outer) ?? best.set(outer, new Map()).get(outer)!;
        const prev = perRecord.get(rec);
        if (!prev || share > prev.share) perRecord.set(rec, { share, inner });
      }
    }
  }
  const out = new Map<Scored, Scored[]>();
  for (const [outer, perRecord] of best) {
    const lists = [...perRecord.values()].filter((s) => s.share >= SECTION_SHARE).map((s) => s.inner);
    const sizes = new Set(lists.map((l) => l.records.length));
    if (lists.length >= outer.records.length * SECTION_SHARE && sizes.size > 1) out.set(outer, lists);
  }
  return out;
}
