/**
 * Record-detection benchmark on the shared corpus (NEXT-EVAL pages and pydepta's test pages).
 *
 *   npx tsx bench/records.ts [--corpus DIR] [--only next-eval|depta] [--verbose] [--sanity]
 *
 * Figures:
 *  - "all records" (the headline for NEXT-EVAL): detectAllRecords, every list on the page, which is
 *    what NEXT-EVAL's truth describes (it marks each list a page shows, sometimes menus too);
 *  - "best region": findRecords' single region, the records the engine extracts for a query;
 *  - "disjoint": selectDisjointRegions over findRecordRegions, the earlier all-lists baseline.
 * --sanity scores the truth against itself (must be 1.000 everywhere) to check the scorer.
 * Prints figures; passes or fails nothing. Skips (exit 0) when the corpus is not present.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseHtml } from "../lib/engine/dom";
import { xpathOf } from "../lib/engine/xpath";
import { type Element } from "../lib/engine/dom";
import { detectAllRecords, findRecordRegions, findRecords, selectDisjointRegions, type RecordRegion } from "../lib/engine/records";
import { indexForScoring, scoreRecords, type PageScore } from "./lib/record-score";
import { pageConventions, type PageConventions } from "./lib/truth-conventions";
import { syntheticListing } from "./lib/synthetic";

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const corpus = path.resolve(option("corpus") ?? process.env.CORPUS_DIR ?? path.resolve(__dirname, "../../shared/corpus"));
const only = option("only");
const verbose = flag("verbose");
const sanity = flag("sanity");

const fmt = (x: number) => x.toFixed(3);
const toXPaths = (region: RecordRegion | null | undefined) => (region ? recordXPaths(region.records) : []);
const recordXPaths = (records: Element[][]) => records.map((r) => r.map(xpathOf));

interface PageRun {
  id: string;
  best: PageScore;
  all: PageScore;
  disjoint: PageScore;
  /** findRecords and detectAllRecords time, parse excluded. */
  ms: number;
  allMs: number;
  /** ALL RECORDS against the truth with records listed twice merged (PageConventions.merged). */
  allMerged: PageScore;
  sanity?: PageScore;
  conventions: PageConventions;
}

function runPage(id: string, html: string, truth: string[][]): PageRun {
  const index = indexForScoring(html);
  const doc = parseHtml(html);
  const t1 = performance.now();
  const region = findRecords(doc);
  const ms = performance.now() - t1;
  const t3 = performance.now();
  const records = detectAllRecords(doc);
  const allMs = performance.now() - t3;
  const best = scoreRecords(index, truth, toXPaths(region));
  const all = scoreRecords(index, truth, recordXPaths(records));
  const disjoint = scoreRecords(index, truth, selectDisjointRegions(findRecordRegions(doc)).flatMap((r) => toXPaths(r)));
  const conventions = pageConventions(index, truth);
  const allMerged = scoreRecords(index, conventions.merged, recordXPaths(records));
  return { id, best, all, disjoint, ms, allMs, allMerged, sanity: sanity ? scoreRecords(index, truth, truth) : undefined, conventions };
}

function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

function summarise(label: string, runs: PageRun[], pick: (r: PageRun) => PageScore) {
  const p = mean(runs.map((r) => pick(r).precision));
  const r = mean(runs.map((x) => pick(x).recall));
  const f = mean(runs.map((x) => pick(x).f1));
  const low = runs.filter((x) => pick(x).f1 < 0.5);
  console.log(`  ${label.padEnd(13)} P ${fmt(p)}  R ${fmt(r)}  F1 ${fmt(f)}   pages with F1 < 0.5: ${low.length}`);
  if (verbose && low.length) console.log(`    F1 < 0.5: ${low.map((x) => `${x.id} (${fmt(pick(x).f1)})`).join(", ")}`);
}

function timing(runs: PageRun[]) {
  for (const [label, ms] of [
    ["findRecords", runs.map((r) => r.ms)],
    ["detectAllRecords", runs.map((r) => r.allMs)],
  ] as const)
    console.log(`  time per page (${label}, parse excluded): mean ${mean(ms).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms`);
}

function nextEval() {
  const dir = path.join(corpus, "next-eval");
  const index = JSON.parse(readFileSync(path.join(dir, "index.json"), "utf8")) as Array<{ id: number; page: string; truth: string }>;
  const runs: PageRun[] = [];
  for (const entry of index) {
    const html = readFileSync(path.join(dir, entry.page), "utf8");
    const truth = JSON.parse(readFileSync(path.join(dir, entry.truth), "utf8")) as string[][];
    const run = runPage(String(entry.id), html, truth);
    runs.push(run);
    if (verbose) {
      console.log(
        `  page ${run.id.padStart(3)}: truth ${String(run.best.truth).padStart(3)}   all ${String(run.all.predicted).padStart(4)} F1 ${fmt(run.all.f1)}` +
          `   best ${String(run.best.predicted).padStart(4)} F1 ${fmt(run.best.f1)}   ${(run.ms + run.allMs).toFixed(0)} ms` +
          (run.conventions.chrome ? `   chrome ${run.conventions.chrome}` : "") +
          (run.conventions.nested ? `   nested ${run.conventions.nested}` : "") +
          (run.conventions.chrome || run.conventions.nested ? `   ceiling ${fmt(run.conventions.ceilingBoth)}` : ""),
      );
    }
  }
  console.log(`next-eval: ${runs.length} pages`);
  summarise("ALL RECORDS", runs, (r) => r.all);
  summarise("best region", runs, (r) => r.best);
  summarise("disjoint", runs, (r) => r.disjoint);
  if (sanity) summarise("truth=pred", runs, (r) => r.sanity!);
  conventions(runs);
  timing(runs);
}

/**
 * What the truth's page-to-page inconsistency costs (see bench/lib/truth-conventions.ts): the
 * ceiling of a detector that follows one convention everywhere, and ALL RECORDS per kind of page.
 */
function conventions(runs: PageRun[]) {
  const c = (r: PageRun) => r.conventions;
  const chromePages = runs.filter((r) => c(r).chrome > 0);
  const nestedPages = runs.filter((r) => c(r).nested > 0);
  const plain = runs.filter((r) => !c(r).chrome && !c(r).nested);
  const sum = (xs: PageRun[], pick: (r: PageRun) => number) => xs.reduce((a, r) => a + pick(r), 0);
  console.log(`  truth conventions: ${chromePages.length} pages mark lists in nav/header/footer (${sum(chromePages, (r) => c(r).chrome)} records), ` +
    `${nestedPages.length} pages list records inside other records (${sum(nestedPages, (r) => c(r).nested)} records)`);
  console.log(`  ceiling of an otherwise perfect detector that never marks chrome lists ${fmt(mean(runs.map((r) => c(r).ceilingNoChrome)))}, ` +
    `never nests records ${fmt(mean(runs.map((r) => c(r).ceilingNoNested)))}, neither ${fmt(mean(runs.map((r) => c(r).ceilingBoth)))}`);
  const doubled = runs.filter((r) => c(r).duplicates > 0);
  console.log(`  ${doubled.length} pages list the same records twice, a wrapper holding all of an item's text beside the item ` +
    `(${sum(doubled, (r) => c(r).duplicates)} records): a detector listing each record once scores at most ${fmt(mean(runs.map((r) => c(r).ceilingNoDuplicates)))}; ` +
    `ALL RECORDS against the truth with those merged: F1 ${fmt(mean(runs.map((r) => r.allMerged.f1)))}`);
  for (const [label, xs] of [["chrome marked", chromePages], ["nested listed", nestedPages], ["neither", plain]] as const) {
    if (!xs.length) continue;
    console.log(`    ${label.padEnd(14)} ${String(xs.length).padStart(2)} pages: ALL RECORDS F1 ${fmt(mean(xs.map((r) => r.all.f1)))}, ceiling (neither) ${fmt(mean(xs.map((r) => c(r).ceilingBoth)))}`);
  }
}

function depta() {
  const dir = path.join(corpus, "depta");
  const expected = JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as { pages: Array<{ id: string; records: string[][] }> };
  const runs: PageRun[] = [];
  const exact: string[] = [];
  console.log(`depta: ${expected.pages.length} pages`);
  for (const page of expected.pages) {
    const html = readFileSync(path.join(dir, "pages", `${page.id}.html`), "utf8");
    const run = runPage(page.id, html, page.records);
    runs.push(run);
    const match = run.best.predicted === page.records.length;
    if (match) exact.push(page.id);
    console.log(`  page ${page.id}: expected ${page.records.length} records, predicted ${run.best.predicted} ${match ? "(match)" : "(MISMATCH)"}  F1 ${fmt(run.best.f1)}`);
  }
  console.log(`  record count matches: ${exact.length}/${runs.length} (pages ${exact.join(", ") || "none"})`);
  summarise("best region", runs, (r) => r.best);
  // For information only: pydepta's truth is the one region its tests pin, not every list.
  summarise("all records", runs, (r) => r.all);
  if (sanity) summarise("truth=pred", runs, (r) => r.sanity!);
  timing(runs);
}

function synthetic() {
  const html = syntheticListing(1000);
  // Warm up once so the figure is steady-state, then take the median of 5.
  findRecords(parseHtml(html));
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < 5; i++) {
    const doc = parseHtml(html);
    const t = performance.now();
    count = findRecords(doc)?.records.length ?? 0;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const t = performance.now();
  parseHtml(html);
  const parseMs = performance.now() - t;
  const allTimes: number[] = [];
  let allCount = 0;
  for (let i = 0; i < 5; i++) {
    const doc = parseHtml(html);
    const t0 = performance.now();
    allCount = detectAllRecords(doc).length;
    allTimes.push(performance.now() - t0);
  }
  allTimes.sort((a, b) => a - b);
  console.log(`synthetic 1,000-record page: ${count} records found, findRecords ${times[2]!.toFixed(1)} ms (median of 5), parse ${parseMs.toFixed(1)} ms`);
  console.log(`  detectAllRecords: ${allCount} records, ${allTimes[2]!.toFixed(1)} ms (median of 5)`);
}

if (!existsSync(corpus)) {
  console.log(`Corpus not present at ${corpus}: record benchmark skipped.`);
  process.exit(0);
}
console.log(`corpus: ${corpus}`);
if (only !== "depta") nextEval();
if (only !== "next-eval") depta();
synthetic();
