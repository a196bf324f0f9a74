/**
 * End-to-end crawl benchmark on the zyte corpus (ecommerce and jobs demo sites).
 *
 *   npx tsx bench/zyte-crawl.ts [--corpus DIR] [--verbose] [--max-pages N[,N…]] [--site ecommerce|jobs]
 *
 * Each site is served from its routes.json by a static server on 127.0.0.1 (bench/lib/zyte-server.ts),
 * and for every category the REAL runPipeline runs from the category's first listing URL (on the
 * loopback origin, allowPrivate) with a schema built from the site's scored fields: live fetching,
 * record detection, pagination (findNextLink + same record template), dedupe, Ajv. The rows of each
 * category are scored against its truth with the corpus README's field-level rule (bench/lib/zyte-score.ts).
 *
 * Reported per site and overall: row precision / recall (target ≥ 0.95 each), pages fetched vs the
 * category's listing pages, time per category. Runs with maxPages 20 (the engine default) and 100
 * (categories can have many pages). --verbose lists the worst categories and why: pagination stopped
 * early (and the engine's note), a fetched page without a matching region, field mismatches, or
 * "no records" on the seed. Prints figures; passes or fails nothing. Skips when the corpus is absent.
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { runPipeline } from "../lib/engine/pipeline";
import { ExtractionError } from "../lib/engine/pipeline/messages";
import type { ExtractedRow } from "../lib/engine/page-rows";
import { corpusDir } from "./lib/corpus";
import { serveRoutes } from "./lib/zyte-server";
import {
  addScore,
  fmt,
  loadTruth,
  loadZyteSite,
  pr,
  rowKey,
  scoreRows,
  urlKey,
  zeroScore,
  zyteQuery,
  zyteSchema,
  ZYTE_SITES,
  type Score,
  type ZyteCategory,
  type ZyteSiteData,
} from "./lib/zyte-score";

const argv = process.argv.slice(2);
const verbose = argv.includes("--verbose");
const argOf = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const maxPagesList = (argOf("--max-pages") ?? "20,100")
  .split(",")
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const sites = argOf("--site") ? ZYTE_SITES.filter((s) => s === argOf("--site")) : [...ZYTE_SITES];

interface CategoryResult {
  cat: ZyteCategory;
  score: Score;
  pagesFetched: number;
  listingPages: number;
  ms: number;
  error?: string;
  notes: string[];
  /** Per listing page (1-based): truth rows, rows extracted from it, correct among them. */
  perPage: { page: number; truth: number; extracted: number; correct: number }[];
  missed: string[];
  extra: string[];
}

interface SiteResult {
  site: string;
  maxPages: number;
  score: Score;
  pagesFetched: number;
  listingPages: number;
  categories: CategoryResult[];
  ms: number;
}

async function crawlCategory(data: ZyteSiteData, origin: string, cat: ZyteCategory, maxPages: number): Promise<CategoryResult> {
  const scored = data.scoredFields;
  const truth = loadTruth(data, cat);
  const first = cat.listing_urls[0] ?? "/";
  const rows: ExtractedRow[] = [];
  let pagesFetched = 0;
  let notes: string[] = [];
  let error: string | undefined;
  const t0 = performance.now();
  try {
    const progress = await runPipeline(
      { q: zyteQuery(data.site, scored), url: origin + first, schema: zyteSchema(scored), verifyUrls: false },
      (r) => void rows.push(r),
      {
        maxPages,
        pageTimeoutMs: 10_000,
        allowPrivate: true,
        respectRobots: true,
        onProgress: (p) => {
          pagesFetched = p.pagesFetched;
          notes = p.notes;
        },
      },
    );
    pagesFetched = progress.pagesFetched;
    notes = progress.notes;
  } catch (err) {
    if (!(err instanceof ExtractionError)) throw err;
    error = err.message;
  }
  const ms = performance.now() - t0;

  const keys = rows.map((r) => rowKey(r.row, scored, r.source.page));
  const { score, missed, extra } = scoreRows(keys, truth, scored, origin + "/");

  // Where rows were lost: per listing page (?page=1 is the first page's alias).
  const pageIndex = new Map<string, number>();
  cat.listing_urls.forEach((u, i) => pageIndex.set(urlKey(u, origin + "/"), i + 1));
  pageIndex.set(urlKey(`${first}${first.includes("?") ? "&" : "?"}page=1`, origin + "/"), 1);
  const perPage = cat.listing_urls.map((_, i) => {
    const page = i + 1;
    const pageTruth = truth.filter((t) => t._page === page);
    const pageKeys = rows.filter((r) => pageIndex.get(urlKey(r.source.page, origin + "/")) === page).map((r) => rowKey(r.row, scored, r.source.page));
    const s = scoreRows(pageKeys, pageTruth, scored, origin + "/").score;
    return { page, truth: s.truth, extracted: s.extracted, correct: s.correct };
  });
  return { cat, score, pagesFetched, listingPages: cat.listing_urls.length, ms, error, notes, perPage, missed, extra };
}

/** Why a category lost rows, in a line. */
function diagnose(c: CategoryResult): string {
  const why: string[] = [];
  if (c.error) why.push(`failed: ${c.error.slice(0, 90)}`);
  if (!c.error && c.pagesFetched < c.listingPages) {
    const note = c.notes.find((n) => /pagination stopped/i.test(n));
    why.push(`pagination stopped early (${c.pagesFetched}/${c.listingPages} pages)${note ? `: ${note.slice(0, 110)}` : ": no next link found"}`);
  }
  const fetched = c.error ? 0 : c.pagesFetched;
  const noRegion = c.perPage.filter((p) => p.page <= fetched && p.truth > 0 && p.extracted === 0);
  if (noRegion.length) why.push(`page${noRegion.length > 1 ? "s" : ""} without region: ${noRegion.map((p) => `${p.page} (${p.truth} rows)`).join(", ")}`);
  const partial = c.perPage.filter((p) => p.page <= fetched && p.extracted > 0 && (p.correct < p.truth || p.correct < p.extracted));
  if (partial.length) why.push(`field/row mismatches on page ${partial.map((p) => `${p.page} (${p.correct}/${p.extracted}/${p.truth})`).join(", ")}`);
  if (c.missed[0]) why.push(`e.g. missed ${c.missed[0].slice(0, 120)}`);
  if (c.extra[0]) why.push(`e.g. extra ${c.extra[0].slice(0, 120)}`);
  return why.join("; ");
}

async function crawlSite(corpus: string, site: string, maxPages: number): Promise<SiteResult> {
  const data = loadZyteSite(corpus, site);
  const server = await serveRoutes(data.dir, data.routes);
  const t0 = performance.now();
  const categories: CategoryResult[] = [];
  try {
    for (const cat of data.categories) categories.push(await crawlCategory(data, server.origin, cat, maxPages));
  } finally {
    await server.close();
  }
  return {
    site,
    maxPages,
    score: categories.reduce((a, c) => addScore(a, c.score), zeroScore()),
    pagesFetched: categories.reduce((a, c) => a + c.pagesFetched, 0),
    listingPages: categories.reduce((a, c) => a + c.listingPages, 0),
    categories,
    ms: performance.now() - t0,
  };
}

const line = (label: string, s: Score, extra: string) => {
  const { p, r, f1 } = pr(s);
  return `${label.padEnd(10)} rows ${String(s.correct).padStart(4)} correct / ${String(s.extracted).padStart(4)} extracted / ${String(s.truth).padStart(4)} truth  P ${fmt(p)}  R ${fmt(r)}  F1 ${fmt(f1)}${extra}`;
};

async function main() {
  const corpus = corpusDir(path.resolve(__dirname, "../../shared/corpus"), "zyte");
  if (!corpus) {
    console.log("bench/zyte-crawl: corpus not found (give --corpus DIR or CORPUS_DIR); skipped.");
    return;
  }
  for (const maxPages of maxPagesList) {
    console.log(`\n== runPipeline on loopback, maxPages ${maxPages} ==`);
    let overall = zeroScore();
    let fetched = 0;
    let listing = 0;
    for (const site of sites) {
      const r = await crawlSite(corpus, site, maxPages);
      overall = addScore(overall, r.score);
      fetched += r.pagesFetched;
      listing += r.listingPages;
      const times = r.categories.map((c) => c.ms).sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)] ?? 0;
      const slowest = r.categories.reduce<CategoryResult | null>((a, c) => (!a || c.ms > a.ms ? c : a), null);
      const failed = r.categories.filter((c) => c.error).length;
      const rightlyFailed = r.categories.filter((c) => c.error && c.score.truth === 0).length;
      const short = r.categories.filter((c) => !c.error && c.pagesFetched < c.listingPages).length;
      console.log(
        line(
          site,
          r.score,
          `  | ${r.categories.length} categories (${failed} failed, ${rightlyFailed} of them with empty truth; ${short} stopped early)  pages ${r.pagesFetched}/${r.listingPages}` +
            `  time ${(r.ms / 1000).toFixed(1)} s, per category median ${median.toFixed(0)} ms, max ${slowest ? `${slowest.ms.toFixed(0)} ms (#${slowest.cat.id}, ${slowest.listingPages} pages)` : "-"}`,
        ),
      );
      if (verbose) {
        const worst = r.categories
          .map((c) => ({ c, ...pr(c.score) }))
          .filter((x) => x.f1 < 1)
          .sort((a, b) => a.f1 - b.f1 || b.c.score.truth - a.c.score.truth)
          .slice(0, 15);
        for (const { c, f1 } of worst) {
          console.log(
            `   ${String(c.cat.id).padStart(5)} ${c.cat.name.slice(0, 26).padEnd(26)} ${c.score.correct}/${c.score.extracted}/${c.score.truth}  F1 ${fmt(f1)}  pages ${c.pagesFetched}/${c.listingPages}  ${c.ms.toFixed(0)} ms  ${diagnose(c)}`,
          );
        }
        const lostNoRegion = r.categories.reduce((a, c) => a + c.perPage.filter((p) => p.page <= (c.error ? 0 : c.pagesFetched) && p.extracted === 0).reduce((b, p) => b + p.truth, 0), 0);
        const lostUnfetched = r.categories.reduce((a, c) => a + c.perPage.filter((p) => p.page > (c.error ? 0 : c.pagesFetched)).reduce((b, p) => b + p.truth, 0), 0);
        console.log(`   truth rows lost: ${lostUnfetched} on pages not fetched (or seed failed), ${lostNoRegion} on fetched pages without rows`);
      }
    }
    console.log(line("overall", overall, `  | pages ${fetched}/${listing}`));
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
