/**
 * Record detection: find the region(s) of repeated records on a listing page with DOM heuristics
 * only (no model). Candidates come from microdata, data tables and repeated sibling structures;
 * they are scored (see score.ts), de-duplicated and returned best first.
 */
import { bodyElement, type Document, type Element } from "../dom";
import { PageFeatures } from "./features";
import { askedForLinks, enoughText, labelledLines, MIN_CONTENT_CHROME, MIN_SCORE, MIN_TEXT_DECLARED, minText, specList } from "./gates";
import { asksQuestions, mainRegion } from "./main-list";
import { microdataCandidates } from "./microdata";
import { repeatedCandidates, type Candidate } from "./repeated";
import { queryTerms, scoreCandidateSteps, type QueryTerms, type Scored } from "./score";
import { tableCandidates } from "./tables";
import { mapSteps, runSteps, runStepsPaused, type Steps } from "../steps";

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

function* ranking(doc: Document, options: FindRecordsOptions): Steps<Scored[]> {
  const body = bodyElement(doc);
  if (!body) return [];
  const f = yield* PageFeatures.steps(body);
  yield;
  return yield* scoredCandidatesSteps(body, f, queryTerms(options.q, options.fieldNames));
}

const rankRegions = (doc: Document, options: FindRecordsOptions): Scored[] => runSteps(ranking(doc, options));

/**
 * Every candidate region of the page, scored, best first. The same records can be found by several
 * detectors (a table's rows are also repeated siblings): only the best-scored version of each
 * record set is kept.
 */
export function scoredCandidates(body: Element, f: PageFeatures, query: QueryTerms | null, minRecords?: number): Scored[] {
  return runSteps(scoredCandidatesSteps(body, f, query, minRecords));
}

/**
 * Scoring as steps, one per candidate (and within the detectors, per table row and per parent): a
 * long table has tens of thousands of candidates, and its own rows are one candidate of as many
 * records (see steps.ts).
 */
export function* scoredCandidatesSteps(body: Element, f: PageFeatures, query: QueryTerms | null, minRecords?: number): Steps<Scored[]> {
  const candidates: Candidate[] = [...(yield* microdataCandidates(body, f)), ...(yield* tableCandidates(body, f)), ...(yield* repeatedCandidates(body, f))];
  yield;
  const ids = new Map<Element, number>();
  const idOf = (e: Element) => {
    let id = ids.get(e);
    if (id === undefined) ids.set(e, (id = ids.size));
    return id;
  };
  const best = new Map<string, Scored>();
  for (const c of candidates) {
    const s = yield* scoreCandidateSteps(c, f, query, minRecords);
    yield;
    if (!s) continue;
    const key = (yield* mapSteps(s.records, (r) => r.map(idOf).join(","))).join(";");
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

/** findRecordRegions, giving the event loop a turn between candidates (the studio's server runs it). */
export async function findRecordRegionsPaused(doc: Document, options: FindRecordsOptions, pause: () => Promise<void>): Promise<RecordRegion[]> {
  return (await runStepsPaused(ranking(doc, options), pause)).slice(0, MAX_REGIONS).map(toRegion);
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
    mainRegion(ranked, (r) => r.score >= MIN_SCORE && r.chrome >= MIN_CONTENT_CHROME && enoughText(r, query) && !specList(r), asksQuestions(query)) ??
    ranked.find((r) => askedForLinks(r, query));
  return best ? toRegion(best) : null;
}

/**
 * A short list findRecords turned down for its little text alone (no query word, nor a value the
 * query asks for, vouched for it), so that the failure can say so and how to have it read, rather
 * than blame the URL. Lines labelled "Weight: 1.2 kg" are an item's own fields, not such a list.
 */
export function shortList(doc: Document, options: FindRecordsOptions = {}): RecordRegion | null {
  return shortOf(rankRegions(doc, options), options);
}

/** shortList, giving the event loop a turn between candidates (the pipeline's failure message reads it). */
export async function shortListPaused(doc: Document, options: FindRecordsOptions, pause: () => Promise<void>): Promise<RecordRegion | null> {
  return shortOf(await runStepsPaused(ranking(doc, options), pause), options);
}

function shortOf(ranked: Scored[], options: FindRecordsOptions): RecordRegion | null {
  const query = queryTerms(options.q, options.fieldNames);
  const seen = ranked.find(
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
