/**
 * Every list of records on the page rather than the one list findRecords extracts: what NEXT-EVAL's
 * truth describes (it marks each list a page shows: listings, side lists, sometimes menus).
 *
 * Candidates come from the same detectors and score as findRecords. Then:
 *  1. Sections are replaced by their lists: a region whose records are mostly one inner list each
 *     (a heading + a list, a box per category) is a layout of sections, and its inner lists are
 *     the records; they share the best rank among the section region and its lists (one strong
 *     list vouches for its sibling sections' lists), and may be as short as 2 items. Other
 *     regions need MIN_RECORDS records.
 *  2. Regions are taken best first while they rank at least MIN_RATIO × the best one (a short
 *     list of rich records in an aside: ASIDE_RATIO; a list of cards, each with a picture:
 *     CARD_RATIO) and do not collide with records already taken
 *     (same elements, inside them, or around them), so no record contains another.
 * Page chrome counts twice against a region here, both kinds the score knows: structural chrome
 * (nav, header, footer, aside, navigation roles/classes) and link farms (records that are nothing
 * but links, e.g. a table of 100 rows of links beside the listing). On most pages only content
 * lists are records, and a menu beside a listing rarely is one (whole-corpus comparison of 1×, 2×,
 * 3× for structural chrome: 2× is best, 3× about the same). Lists
 * that operate the page rather than show content (a closed popup's, a calendar's days or months, a search
 * filter's options or its facet groups) rank at
 * FURNITURE × their score: left out unless nothing else is on the page.
 * furniture.ts tells those lists apart.
 */
import { bodyElement, type Document, type Element } from "../dom";
import { PageFeatures, parentElement } from "./features";
import { scoredCandidates } from "./index";
import { tallyRecords, type Scored } from "./score";
import { furniture } from "./furniture";
import { appendAll } from "../append";

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
/** Inner lists of one size in every section are lists when that size is at least this. */
const FIXED_LIST = 5;
/** Rich lists in an aside are taken down to this share of the best region's rank. */
const ASIDE_RATIO = 0.01;
/** Text leaves per record of a rich list: a menu item has one or two. */
const RICH_FIELDS = 4;
/** An aside's chrome factor (features.chromeFactor): below it are menus, navs, link farms. */
const ASIDE_CHROME = 0.5;
/**
 * Lists of cards, a picture in every record and outside page chrome, are taken down to this share of
 * the best region's rank: a row of 5 related products or articles beside a listing of 40 is one of
 * the page's lists, though it ranks far below it (the score counts records and text).
 */
const CARD_RATIO = 0.1;
/** Rank factor of a list in a closed popup or of a calendar's days: as low as a menu in a <nav>. */
const FURNITURE = 0.1;

/** Every record on the page, each a list of one or more consecutive sibling elements, in rank order. */
export function detectAllRecords(doc: Document, options: AllRecordsOptions = {}): Element[][] {
  const pool = candidatePool(doc, options);
  if (!pool?.regions.length) return [];
  return takeDisjoint(ruleSelection(pool, options.minRatio ?? MIN_RATIO));
}

/** A region that may be one of the page's lists, with what the hand rules know about it. */
export interface PoolRegion {
  region: Scored;
  /** The hand-written rank: score × chrome × furniture, raised to its section's for inherited lists. */
  rank: number;
  /** A section's inner list that took its rank from the section (or a sibling list). */
  inherited: boolean;
  /** A closed popup's list, a calendar's days or months, a search filter's options or facet groups. */
  furniture: boolean;
  /** A list of rich records in an aside (scores, related articles): see RICH_FIELDS. */
  richAside: boolean;
  /** A content list whose every record shows a picture (product tiles, article cards): see CARD_RATIO. */
  cards: boolean;
}

export interface CandidatePool {
  body: Element;
  f: PageFeatures;
  /** The lists that may be selected (sections replaced by their lists), by hand rank, best first. */
  regions: PoolRegion[];
}

/**
 * The page's candidate lists and their hand-written ranks (step 1 of the header): what the rule
 * selection chooses from, and what bench/train-records.ts trains a learned selector on. Null when
 * the page has no body.
 */
export function candidatePool(doc: Document, options: AllRecordsOptions = {}): CandidatePool | null {
  const body = bodyElement(doc);
  if (!body) return null;
  const f = new PageFeatures(body);
  const minRecords = options.minRecords ?? MIN_RECORDS;
  // The cells of a row are its fields, never records of their own.
  const regions = scoredCandidates(body, f, null, 2).filter((r) => r.parent.tagName !== "tr");
  if (!regions.length) return { body, f, regions: [] };

  const furnished = new Set(regions.filter(furniture));
  const rank = new Map<Scored, number>(regions.map((r) => [r, r.score * r.chrome * (furnished.has(r) ? FURNITURE : 1)]));
  const sections = findSections(regions, f);
  const inherited = new Set<Scored>();
  // Strongest sections first, so that sections of sections pass their rank down. Lists in page
  // chrome do not inherit: a mega-menu is a strong "section" whose lists are still menus; nor do
  // a date picker's months (the best inner list shares its rank with its siblings).
  for (const [outer, inners] of [...sections].sort((a, b) => b[0].score - a[0].score)) {
    const content = inners.filter((inner) => inner.chrome >= 0.5 && !furnished.has(inner));
    let shared = rank.get(outer)!;
    for (const inner of content) shared = Math.max(shared, rank.get(inner)!);
    for (const inner of content) {
      rank.set(inner, Math.max(rank.get(inner)!, shared));
      inherited.add(inner);
    }
  }
  const eligible = regions
    .filter((r) => !sections.has(r) && (r.records.length >= minRecords || inherited.has(r)))
    .map((region) => ({
      region,
      rank: rank.get(region)!,
      inherited: inherited.has(region),
      furniture: furnished.has(region),
      richAside: !furnished.has(region) && richAside(region, f),
      cards: !furnished.has(region) && cards(region, f),
    }))
    .sort((a, b) => b.rank - a.rank);
  return { body, f, regions: eligible };
}

/**
 * The hand rule (step 2 of the header): regions ranking at least minRatio × the best one, rich
 * lists in an aside ranking at least ASIDE_RATIO × the best one, and lists of cards ranking at least
 * CARD_RATIO × the best one.
 */
export function ruleSelection(pool: CandidatePool, minRatio = MIN_RATIO): Scored[] {
  const top = pool.regions[0];
  if (!top) return [];
  const ratio = (r: PoolRegion) => Math.min(minRatio, r.richAside ? ASIDE_RATIO : r.cards ? CARD_RATIO : minRatio);
  return pool.regions.filter((r) => r.rank >= top.rank * ratio(r)).map((r) => r.region);
}

/**
 * An aside holds menus (a few links per item) and content beside the page's listing: scores,
 * related articles, top sellers, whose items carry several fields each. Such a list is short, so it
 * ranks far below a listing of dozens, yet it is one of the page's lists. The aside's own factor
 * (0.5, and nothing else: no link farm, no nav or header around it) and RICH_FIELDS text leaves per
 * record tell it from the aside's menus.
 */
function richAside(r: Scored, f: PageFeatures): boolean {
  if (r.chrome !== ASIDE_CHROME) return false;
  return tallyRecords(r.records, f).leaves >= r.records.length * RICH_FIELDS;
}

/**
 * Cards: every record shows a picture, and the list is content (the score's chrome factor is 1: no
 * nav, header, footer or aside around it, not a link farm). Menus rarely picture every item;
 * product tiles, article teasers and profile cards do.
 */
function cards(r: Scored, f: PageFeatures): boolean {
  return r.chrome === 1 && r.records.every((rec) => rec.some((el) => f.get(el).images > 0));
}

/**
 * The records of the given regions, taken in order, skipping any region that collides with records
 * already taken (same elements, inside them, or around them), so no record contains another.
 */
function takeDisjoint(ordered: readonly Scored[]): Element[][] {
  const taken = new Set<Element>();
  const aboveTaken = new Set<Element>();
  const out: Element[][] = [];
  for (const region of ordered) {
    const elements = region.records.flat();
    if (elements.some((el) => taken.has(el) || aboveTaken.has(el) || insideTaken(el, taken))) continue;
    appendAll(out, region.records);
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
    // ...except that five or more items in every section is a list cut to one length (top 5, 7
    // per box), not a template's few fields.
    const listLike = sizes.size > 1 || Math.min(...sizes) >= FIXED_LIST;
    if (lists.length >= outer.records.length * SECTION_SHARE && listLike) out.set(outer, lists);
  }
  return out;
}
