/**
 * Record detection: find the region(s) of repeated records on a listing page with DOM heuristics
 * only (no model). Candidates come from microdata, data tables and repeated sibling structures;
 * they are scored (see score.ts), de-duplicated and returned best first.
 */
import { attr, bodyElement, textContent, type Document, type Element } from "../dom";
import { chromeFactor, PageFeatures } from "./features";
import { microdataCandidates } from "./microdata";
import { isPropertyList } from "./properties";
import { repeatedCandidates, type Candidate } from "./repeated";
import { queryTerms, scoreCandidate, stem, type QueryTerms, type Scored } from "./score";
import { showsAskedKinds, showsValues } from "./value-kinds";
import { tableCandidates } from "./tables";

export type RecordKind = "table" | "microdata" | "repeated";

export interface RecordRegion {
  kind: RecordKind;
  /** The common parent of the records (their lowest common ancestor for grids and microdata). */
  parent: Element;
  /** Each record = one element, or k consecutive sibling elements (generalized node). */
  records: Element[][];
  /** Higher is better; comparable between regions of one page only. */
  score: number;
  /** For tables: header cell texts, in column order, when a header row exists. */
  headers?: string[];
}

export interface FindRecordsOptions {
  /** The user's query, e.g. "every engineer with name, role and profile page". */
  q?: string;
  /** Schema property names (e.g. ["name", "price", "url"]) when a schema is given. */
  fieldNames?: string[];
}

const MAX_REGIONS = 50;

/**
 * What findRecords accepts as "the page's records": content (not navigation/footer/link farms) and
 * real text, at least MIN_TEXT visible characters in all (about 25 words): a few short repeated
 * items such as opening hours are page furniture, not a listing.
 */
const MIN_TEXT = 150;
/** Tables with a consistent grid and microdata declare their structure: less text is enough. */
const MIN_TEXT_DECLARED = 40;
/**
 * A table whose header row names its columns, when the query names them too ("every team" over
 * Team | Score | Rating), holds what was asked for: four teams with a score and a rating are a
 * result, however short their text. Without the query's word a short headed table is as likely
 * a product page's shipping rates or a search page's empty filter counts.
 */
const MIN_TEXT_HEADED = 12;
/**
 * The score of three similar two-field records of ~50 characters is about 11: a region weaker than
 * that is not a listing (heterogeneous blocks that happen to be siblings score far lower).
 */
const MIN_SCORE = 10;
/**
 * A region in which a quarter of the query's terms appear (class names, labels, text) is what the
 * analyst asked for, even when its records are short (a team page: name, role, link): the
 * declared-structure bar applies to it.
 */
const QUERY_VOUCHES = 1.2;
const MIN_CONTENT_CHROME = 0.5;

/**
 * Scoring as steps, one per candidate: findRecords runs them straight through, findRecordsPaused
 * lets the event loop in between (a long table has tens of thousands of candidates).
 */
type Steps<T> = Generator<void, T, undefined>;

function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

async function runStepsPaused<T>(steps: Steps<T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

function* ranking(doc: Document, options: FindRecordsOptions): Steps<Scored[]> {
  const body = bodyElement(doc);
  if (!body) return [];
  const f = new PageFeatures(body);
  yield;
  return yield* scoring(body, f, queryTerms(options.q, options.fieldNames));
}

const rankRegions = (doc: Document, options: FindRecordsOptions): Scored[] => runSteps(ranking(doc, options));

/**
 * Every candidate region of the page, scored, best first. The same records can be found by several
 * detectors (a table's rows are also repeated siblings): only the best-scored version of each
 * record set is kept.
 */
export function scoredCandidates(body: Element, f: PageFeatures, query: QueryTerms | null, minRecords?: number): Scored[] {
  return runSteps(scoring(body, f, query, minRecords));
}

function* scoring(body: Element, f: PageFeatures, query: QueryTerms | null, minRecords?: number): Steps<Scored[]> {
  const candidates: Candidate[] = [...microdataCandidates(body, f), ...tableCandidates(body, f), ...repeatedCandidates(body, f)];
  yield;
  const ids = new Map<Element, number>();
  const idOf = (e: Element) => {
    let id = ids.get(e);
    if (id === undefined) ids.set(e, (id = ids.size));
    return id;
  };
  const best = new Map<string, Scored>();
  for (const c of candidates) {
    const s = scoreCandidate(c, f, query, minRecords);
    yield;
    if (!s) continue;
    const key = s.records.map((r) => r.map(idOf).join(",")).join(";");
    const prev = best.get(key);
    if (!prev || s.score > prev.score) best.set(key, s);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

const toRegion = ({ kind, parent, records, score, headers }: Scored): RecordRegion =>
  headers ? { kind, parent, records, score, headers } : { kind, parent, records, score };

/** All plausible record regions of the page, best first (menus and footers included, ranked low). */
export function findRecordRegions(doc: Document, options: FindRecordsOptions = {}): RecordRegion[] {
  return rankRegions(doc, options).slice(0, MAX_REGIONS).map(toRegion);
}

/**
 * The page's records: the best content region with real text, or null when there is none. An
 * item's own page lists its fields (a spec list, price and stock lines): they are not records, so
 * a detail page has none. (detectAllRecords keeps such lists: NEXT-EVAL's truth marks rows of key
 * figures as records.)
 */
export function findRecords(doc: Document, options: FindRecordsOptions = {}): RecordRegion | null {
  return bestRegion(rankRegions(doc, options), options);
}

/** findRecords, giving the event loop a turn between candidates (the studio's server runs it). */
export async function findRecordsPaused(doc: Document, options: FindRecordsOptions, pause: () => Promise<void>): Promise<RecordRegion | null> {
  return bestRegion(await runStepsPaused(ranking(doc, options), pause), options);
}

function bestRegion(ranked: Scored[], options: FindRecordsOptions): RecordRegion | null {
  const query = queryTerms(options.q, options.fieldNames);
  const best =
    ranked.find(
      (r) =>
        r.chrome >= MIN_CONTENT_CHROME &&
        r.coverage >= minText(r, query) &&
        r.score >= MIN_SCORE &&
        !specList(r),
    ) ?? ranked.find((r) => askedForLinks(r, query));
  return best ? toRegion(best) : null;
}

/**
 * The text a region must show to be the page's records (see MIN_TEXT and the bars below it). A short
 * list is vouched for by the query's words in it, by the kinds of value the query asks for (its
 * "price" met by "4,50 €" in every item), or, whatever the query, by a link and a typed value each.
 */
function minText(r: Scored, query: QueryTerms | null): number {
  if (r.kind === "table" && headersNamed(r, query)) return MIN_TEXT_HEADED;
  const vouched = r.fit >= QUERY_VOUCHES || showsValues(r.records) || showsAskedKinds(r.records, query);
  return r.kind === "repeated" && !vouched ? MIN_TEXT : MIN_TEXT_DECLARED;
}

/**
 * A short list findRecords turned down for its little text alone (no query word, nor a value the
 * query asks for, vouched for it), so that the failure can say so and how to have it read, rather
 * than blame the URL. Lines labelled "Weight: 1.2 kg" are an item's own fields, not such a list.
 */
export function shortList(doc: Document, options: FindRecordsOptions = {}): RecordRegion | null {
  const query = queryTerms(options.q, options.fieldNames);
  const seen = rankRegions(doc, options).find(
    (r) =>
      r.chrome >= MIN_CONTENT_CHROME &&
      r.score >= MIN_SCORE &&
      r.coverage >= MIN_TEXT_DECLARED &&
      r.coverage < minText(r, query) &&
      !specList(r) &&
      !labelledLines(r.records),
  );
  return seen ? toRegion(seen) : null;
}

/** Records that each start with a different label and a colon: one item's fields, one per line. */
function labelledLines(records: readonly Element[][]): boolean {
  const labels = records.map((rec) => /^([^:：]{1,40})[:：]/.exec(rec.map((el) => textContent(el)).join(" "))?.[1]?.trim().toLowerCase());
  return labels.every((l) => l !== undefined) && new Set(labels).size === labels.length;
}

/**
 * Whether one of the query's words (singular, as queryTerms gives them) is a word of a column
 * header that names what the rows are ("Team", "Club"), not an attribute any small table has:
 * "every product with name and price" does not make a product page's Name | Price shipping table
 * its listing.
 */
function headersNamed(r: Scored, query: QueryTerms | null): boolean {
  if (!query || !r.headers?.length) return false;
  const words = new Set(
    r.headers
      .flatMap((h) => h.toLowerCase().split(/[^\p{L}\p{N}]+/u))
      .filter((w) => w && !ATTRIBUTE_WORDS.has(w))
      .map(stem),
  );
  return query.terms.some((t) => !ATTRIBUTE_WORDS.has(t) && words.has(t));
}

/** Header words of attributes, not of things: every small table of a detail page has some. */
const ATTRIBUTE_WORDS = new Set(
  "name title price cost fee rate size date time day url link image description type value amount total qty quantity number no count unit color colour weight length width height method option options detail details info note notes status".split(" "),
);

/**
 * An item's own list of properties (label: value rows). A table whose header row names its columns
 * ("Description | Amount") is a table of records, however varied its values.
 */
const specList = (r: Scored) => !(r.kind === "table" && r.headers?.length) && isPropertyList(r.records);

/**
 * A list of links in the page's content that the query names ("every category with name and url"
 * on a shop's home page: an <ol id="categories"> of ten links). Such a list looks like a menu (all
 * link text), so it is never the page's records by default; when nothing else is, and the list is
 * named by the query's terms, it is what the analyst asked for. Named means by the list's own
 * class or id, or its items' (id="categories", class="category-li"): a tab menu with a "Reviews
 * (0)" tab is not the reviews. Lists in a nav, header, footer or aside are still menus, whatever
 * the query says.
 */
function askedForLinks(r: Scored, query: QueryTerms | null): boolean {
  if (!query) return false;
  const placement = chromeFactor(r.parent);
  return (
    placement === 1 &&
    namedBy(r, query) &&
    r.fit >= QUERY_VOUCHES &&
    r.coverage >= MIN_TEXT_DECLARED &&
    r.score / r.chrome >= MIN_SCORE &&
    !specList(r)
  );
}

/** Whether a query term is in the class or id of the list, its parent, or its first items. */
function namedBy(r: Scored, query: QueryTerms): boolean {
  const names: string[] = [];
  const own = (el: Element) => names.push(attr(el, "class") ?? "", attr(el, "id") ?? "");
  own(r.parent);
  const up = r.parent.parentNode;
  if (up && "tagName" in up) own(up as Element);
  for (const rec of r.records.slice(0, 3)) for (const el of rec) own(el);
  const words = new Set(
    names
      .join(" ")
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 3)
      .map(stem),
  );
  return query.terms.some((t) => words.has(t));
}

/**
 * Every list on the page rather than the best one: regions taken best first, skipping any that
 * overlaps (contains, or sits inside, or shares) the records already taken, and any scoring below
 * `minRatio` × the best score.
 */
export function selectDisjointRegions(regions: RecordRegion[], minRatio = 0.2): RecordRegion[] {
  const top = regions[0];
  if (!top) return [];
  const taken = new Set<Element>();
  const aboveTaken = new Set<Element>();
  const out: RecordRegion[] = [];
  for (const region of regions) {
    if (region.score < top.score * minRatio) break;
    const elements = region.records.flat();
    const overlaps = elements.some((el) => {
      if (aboveTaken.has(el)) return true;
      for (let n: Element | null = el; n; n = n.parentNode && "tagName" in n.parentNode ? n.parentNode : null) if (taken.has(n)) return true;
      return false;
    });
    if (overlaps) continue;
    out.push(region);
    for (const el of elements) {
      taken.add(el);
      for (let n = el.parentNode; n && "tagName" in n; n = n.parentNode) aboveTaken.add(n);
    }
  }
  return out;
}
