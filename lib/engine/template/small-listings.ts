/**
 * Small listings on a seed page, where record detection finds nothing because the listing repeats
 * too little: candidates of two similar content records (pairRegions) or an explicit list of one
 * item (singleRegions) that match the query. The pipeline accepts one only when its rows fill the
 * requested fields (see rowsFromPage).
 */
import { bodyElement, type Document, type Element } from "../dom";
import type { RecordRegion } from "../records";
import { scoredCandidates, scoredCandidatesSteps } from "../records/index";
import { PageFeatures } from "../records/features";
import { contentChildren } from "../records/repeated";
import { queryTerms, scoreCandidate, type Scored } from "../records/score";
import { runSteps, STRIDE, type Steps } from "../steps";
import { showsValues } from "../records/value-kinds";

type SmallOptions = { q?: string; fieldNames?: string[] };
interface SmallPage {
  body: Element;
  f: PageFeatures;
  query: NonNullable<ReturnType<typeof queryTerms>>;
}

/** What the small-listing readers share: the body, its features and the query (none without one). */
function smallPage(doc: Document, options: SmallOptions): SmallPage | null {
  const body = bodyElement(doc);
  const query = queryTerms(options.q, options.fieldNames);
  return body && query ? { body, f: new PageFeatures(body), query } : null;
}

/**
 * A seed page's listings of two items (pairRegions), then of one (singleRegions), best first in
 * each: the page is measured once for both.
 */
export function smallListings(doc: Document, options: SmallOptions = {}): RecordRegion[] {
  return runSteps(smallListingsSteps(doc, options));
}

/**
 * smallListings as steps (see steps.ts): on a long page where findRecords found nothing, the page
 * is measured and its candidates scored again, as long a walk as detection's own.
 */
export function* smallListingsSteps(doc: Document, options: SmallOptions = {}): Steps<RecordRegion[]> {
  const body = bodyElement(doc);
  const query = queryTerms(options.q, options.fieldNames);
  if (!body || !query) return [];
  const page = { body, f: yield* PageFeatures.steps(body), query };
  return [...pairsFrom(page, yield* scoredCandidatesSteps(body, page.f, query, 2)), ...(yield* singlesOf(page))];
}

/** A two-record region must match this much of the query (a quarter of its terms: see records' QUERY_VOUCHES). */
const PAIR_MIN_FIT = 1.2;
const PAIR_MIN_HOMOGENEITY = 0.6;
const PAIR_MIN_CHROME = 0.5;
/** Text-bearing elements per record: a record holds several fields, not one link or one line. */
const PAIR_MIN_LEAVES = 2;

/**
 * Regions of exactly two similar content records that match the query, best first — for a seed page
 * on which findRecords found nothing because the listing has only two items. Menus, footers and
 * one-line items are left out; the caller must still check that the records fill the fields.
 */
export function pairRegions(doc: Document, options: SmallOptions = {}): RecordRegion[] {
  const page = smallPage(doc, options);
  return page ? pairsFrom(page, scoredCandidates(page.body, page.f, page.query, 2)) : [];
}

/** The two-record regions among a page's candidates (scored for two records at least). */
function pairsFrom({ f }: SmallPage, candidates: Scored[]): RecordRegion[] {
  return candidates
    .filter(
      (r) =>
        r.records.length === 2 &&
        r.chrome >= PAIR_MIN_CHROME &&
        (r.fit >= PAIR_MIN_FIT || showsValues(r.records)) &&
        r.homogeneity >= PAIR_MIN_HOMOGENEITY &&
        r.records.every((rec) => rec.reduce((n, el) => n + f.get(el).leaves, 0) >= PAIR_MIN_LEAVES),
    )
    .map(({ kind, parent, records, score, headers }) => (headers ? { kind, parent, records, score, headers } : { kind, parent, records, score }));
}

/** A one-item listing's item holds several fields: a name, a price, a status… */
const SINGLE_MIN_LEAVES = 3;

/**
 * Lists of exactly one item that match the query, best first — for a seed page on which nothing
 * repeats because the listing holds a single item (a category of one product, one job opening).
 * Only an explicit list of one counts: a <ul>/<ol> in the page's content whose only item holds a
 * link and several fields, and whose classes or text carry the query's terms as a two-record region
 * must. The caller must still check that the item fills the fields.
 */
export function singleRegions(doc: Document, options: SmallOptions = {}): RecordRegion[] {
  const page = smallPage(doc, options);
  return page ? runSteps(singlesOf(page)) : [];
}

/** As steps (see steps.ts): a step every STRIDE elements of the page. */
function* singlesOf({ body, f, query }: SmallPage): Steps<RecordRegion[]> {
  const out: RecordRegion[] = [];
  const stack: Element[] = [body];
  let seen = 0;
  while (stack.length) {
    if (++seen % STRIDE === 0) yield;
    const el = stack.pop()!;
    const kids = contentChildren(el, f);
    if ((el.tagName === "ul" || el.tagName === "ol") && kids.length === 1 && kids[0]!.tagName === "li") {
      const item = kids[0]!;
      const stats = f.get(item);
      if (stats.links >= 1 && stats.leaves >= SINGLE_MIN_LEAVES) {
        const scored = scoreCandidate({ kind: "repeated", parent: el, records: [[item]] }, f, query, 1);
        if (scored && scored.chrome >= PAIR_MIN_CHROME && (scored.fit >= PAIR_MIN_FIT || showsValues(scored.records))) out.push({ kind: "repeated", parent: el, records: [[item]], score: scored.score });
      }
    }
    for (const k of kids) stack.push(k);
  }
  return out.sort((a, b) => b.score - a.score);
}
