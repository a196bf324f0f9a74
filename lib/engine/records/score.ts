/**
 * Ranking of candidate regions. A region of data records covers a lot of text, in several records
 * that share one shape, each with several fields, and is not page chrome. The score multiplies
 * those signals so that any one of them being poor sinks the region:
 *   n · √(mean text) × homogeneity² × fields × chrome/link-farm × kind × query / (1 + CV of text).
 */
import { attr, classList, isElement, textContent, type Element } from "../dom";
import type { PageFeatures } from "./features";
import { chromeFactor } from "./chrome";
import { memberSimilaritiesSteps } from "./member-similarity";
import type { Candidate } from "./repeated";
import { singular } from "../words";
import { KIND_OF_TERM, valueKinds } from "./value-kinds";
import { isCustomElement } from "../fields/custom-elements";
import { runSteps, STRIDE, type Steps } from "../steps";
import { linkFarm } from "./link-farm";

export interface Scored extends Candidate {
  score: number;
  homogeneity: number;
  meanText: number;
  coverage: number;
  /** 1 = content; lower = navigation, header, footer, link farm. */
  chrome: number;
  /** 1 = no query, or none of its terms found; up to 1.8 when every term is found in the region. */
  fit: number;
}

/** Below these a "region" is not a list of records (checked before scoring). */
const MIN_RECORDS = 3;
const MIN_HOMOGENEITY = 0.4;
const MIN_MEAN_TEXT = 4;
/** Share of records with an <img>/<video> above which all-link records are cards, not a menu. */
const PICTURED = 0.8;

/** Per-record text, and the region's link text, links, leaves and records with a picture. */
export interface RecordTally {
  /** Text length of each record, in order. */
  texts: number[];
  links: number;
  anchors: number;
  leaves: number;
  pictured: number;
}

export function tallyRecords(records: readonly Element[][], f: PageFeatures): RecordTally {
  return runSteps(tallySteps(records, f));
}

/** tallyRecords as steps (see steps.ts), a step every STRIDE records. */
function* tallySteps(records: readonly Element[][], f: PageFeatures): Steps<RecordTally> {
  const tally: RecordTally = { texts: [], links: 0, anchors: 0, leaves: 0, pictured: 0 };
  for (const rec of records) {
    if (tally.texts.length % STRIDE === STRIDE - 1) yield;
    let t = 0;
    for (const el of rec) {
      const s = f.get(el);
      t += s.text;
      tally.anchors += s.links;
      tally.links += s.linkText;
      tally.leaves += s.leaves;
    }
    if (rec.some((el) => f.get(el).images > 0)) tally.pictured++;
    tally.texts.push(t);
  }
  return tally;
}

/** Null when the candidate is not a list at all; `minRecords` is lowered by detectAllRecords for sections' short lists. */
export function scoreCandidate(c: Candidate, f: PageFeatures, query: QueryTerms | null, minRecords = MIN_RECORDS): Scored | null {
  return runSteps(scoreCandidateSteps(c, f, query, minRecords));
}

/** scoreCandidate as steps (see steps.ts): a table of 30,000 rows is one candidate of as many records. */
export function* scoreCandidateSteps(c: Candidate, f: PageFeatures, query: QueryTerms | null, minRecords = MIN_RECORDS): Steps<Scored | null> {
  const n = c.records.length;
  if (n < minRecords) return null;
  const { texts, links, anchors, leaves, pictured } = yield* tallySteps(c.records, f);
  let coverage = 0;
  let withText = 0;
  for (const t of texts) {
    coverage += t;
    if (t > 0) withText++;
  }
  if (withText < minRecords) return null;
  const meanText = coverage / n;
  if (meanText < MIN_MEAN_TEXT) return null;
  const sims = yield* memberSimilaritiesSteps(c.records, f);
  const homogeneity = sims.reduce((a, b) => a + b, 0) / n;
  if (homogeneity < MIN_HOMOGENEITY && c.kind === "repeated") return null;

  const meanLeaves = leaves / n;
  const fields = meanLeaves >= 3 ? 1 : meanLeaves >= 2 ? 0.8 : 0.5;
  // Menus and link farms (link-farm.ts). Cards that (nearly) all show a picture are neither: menus
  // rarely do, listings' cards mostly do.
  const cards = pictured >= n * PICTURED;
  const navLike = !cards && linkFarm(c.records, { n, meanText, meanLeaves, links, anchors, coverage }) ? 0.3 : 1;
  const chrome = chromeFactor(c.parent) * navLike;
  // Records of one template carry comparable amounts of text; page sections do not.
  const spread = 1 + coefficientOfVariation(texts);
  const fit = query ? queryFit(c, query) : 1;
  // n · √(mean text) = √(coverage · n): neither a few huge blocks nor many empty items win alone.
  const score = (n * Math.sqrt(meanText) * Math.max(homogeneity, 0.2) ** 2 * fields * chrome * (c.bonus ?? 1) * fit) / spread;
  return { ...c, score, homogeneity, meanText, coverage, chrome, fit };
}

function coefficientOfVariation(xs: number[]): number {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  if (!mean) return 0;
  const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
  return Math.sqrt(variance) / mean;
}

export interface QueryTerms {
  terms: string[];
}

const STOP = new Set(
  "the and for with from that this all each every any list lists page pages item items record records row rows get find show give extract their them they its into per of to in on a an or by as is are be".split(" "),
);

/** Plural to singular, the same on both sides (words.ts). */
export const stem = singular;

export function queryTerms(q?: string, fieldNames?: string[]): QueryTerms | null {
  const words = [q ?? "", ...(fieldNames ?? [])]
    .join(" ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3 && !STOP.has(w))
    .map(stem);
  const terms = [...new Set(words)];
  return terms.length ? { terms } : null;
}

/**
 * How well a region matches the query / schema field names: the share of terms found in the first
 * records' class names, itemprops, ARIA labels, text, or in the table headers. Only a few records are
 * read, so this stays cheap on huge lists.
 */
function queryFit(c: Candidate, query: QueryTerms): number {
  const vocab = new Set<string>();
  const add = (s: string | undefined) => {
    if (!s) return;
    for (const w of s
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .toLowerCase()
      .split(/[^a-z0-9]+/))
      if (w.length >= 3) vocab.add(stem(w));
  };
  for (const h of c.headers ?? []) add(h);
  for (const rec of c.records.slice(0, 5)) {
    for (const el of rec) {
      const stack: Element[] = [el];
      for (let seen = 0; stack.length && seen < 200; seen++) {
        const d = stack.pop()!;
        add(classList(d).join(" "));
        add(attr(d, "itemprop"));
        add(attr(d, "aria-label"));
        add(attr(d, "data-field"));
        // A web component names its parts by slot and keeps its data in attributes named for it
        // (<product-card price="12.99"><span slot="title">…): those are its markup's words.
        add(attr(d, "slot"));
        if (isCustomElement(d)) for (const a of d.attrs) add(a.name.replace(/^data-/, ""));
        for (const k of d.childNodes) if (isElement(k)) stack.push(k);
      }
      add(textContent(el).slice(0, 2000));
    }
  }
  let shows: ((term: string) => boolean) | null = null;
  const hits = query.terms.filter((t) => vocab.has(t) || (KIND_OF_TERM.has(t) && (shows ??= valueKinds(c.records.slice(0, 5)))(t))).length;
  return 1 + (0.8 * hits) / query.terms.length;
}
