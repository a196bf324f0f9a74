/**
 * Trains a learned selector for detectAllRecords' candidate lists on the NEXT-EVAL pages and
 * cross-validates it by page: every page's figure comes from a model that never saw that page.
 * An experiment, not shipped: its CV figure is compared with the hand rules' (ruleSelection) on
 * the same pages, and the engine keeps the rules unless the model is clearly better.
 *
 *   npx tsx bench/train-records.ts [--corpus DIR] [--folds 5] [--repeats 3] [--write FILE]
 *     [--target soft|purity|oracle] [--order rank|model] [--rounds 300] [--depth 1] [--rate 0.1]
 *     [--min-leaf 1] [--weight page|records] [--cache FILE] [--verbose]
 *
 * - Candidates: detectAllRecords' pool (candidatePool), loaded by bench/lib/record-candidates.ts,
 *   features from bench/lib/region-features.ts.
 * - Target (default "soft"): a list's purity, the mean over its records of the best Jaccard
 *   overlap with a truth record (the corpus score's overlap); "purity" = purity ≥ 0.5; "oracle" =
 *   in the greedy best subset of the pool.
 * - Selection: lists with probability ≥ threshold (and the most probable one), taken by hand rank
 *   ("rank", default) or by probability ("model"), skipping collisions like detectAllRecords.
 * - Each outer fold trains on the other pages; the threshold is chosen on those training pages
 *   only, by an inner 3-fold cross-validation. The held-out pages are scored with the corpus
 *   record score (mean F1 over pages). Repeats reshuffle the folds.
 * - --write FILE trains on every page (threshold from a 5-fold out-of-fold pass) and writes the
 *   model as JSON (tree-model.ts's format).
 * - --cache FILE (development) keeps the loaded candidates so that later runs skip parsing.
 * Prints figures; passes or fails nothing. Skips (exit 0) when the corpus is not present.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { trainBoosted, type BoostOptions } from "./lib/boost";
import { corpusDir } from "./lib/corpus";
import type { PageScore } from "./lib/record-score";
import { fromJson, loadPage, oracle, scoreOrder, toJson, type Cand, type PageData } from "./lib/record-candidates";
import { FEATURE_NAMES } from "./lib/region-features";
import { folds, mean, pairedDelta } from "./lib/resample";
import { probability, type TreeModel } from "./lib/tree-model";

const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const FOLDS = Number(option("folds") ?? 5);
const REPEATS = Number(option("repeats") ?? 3);
const WRITE = option("write");
/** Training target: "purity" (the label: record-candidates.ts's LABEL_PURITY), "soft" (the purity itself), "oracle" (in the greedy best subset). */
const TARGET = option("target") ?? "soft";
const WEIGHT = option("weight") ?? "page";
const ORDER = option("order") ?? "rank";
const target = (c: Cand) => (TARGET === "oracle" ? (c.oracle ? 1 : 0) : TARGET === "soft" ? c.purity : c.label);
const BOOST: Partial<BoostOptions> = {
  rounds: Number(option("rounds") ?? 300),
  depth: Number(option("depth") ?? 1),
  rate: Number(option("rate") ?? 0.1),
  lambda: 1,
  minLeaf: Number(option("min-leaf") ?? 1),
  bins: 32,
};
const THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7];

function modelOrder(page: PageData, model: Pick<TreeModel, "base" | "trees">, threshold: number): number[] {
  const ranked = page.cands.map((c, i) => ({ i, p: probability(model, c.x) }));
  // --order rank: the model only decides which lists are in; collisions go by the hand rank.
  if (ORDER !== "rank") ranked.sort((a, b) => b.p - a.p);
  const top = Math.max(...ranked.map((r) => r.p));
  return ranked.filter((r) => r.p === top || r.p >= threshold).map((r) => r.i);
}

function fit(pages: readonly PageData[]) {
  const X: number[][] = [];
  const y: number[] = [];
  const w: number[] = [];
  for (const p of pages) {
    // Each page weighs about the same whatever its number of candidates (some have hundreds)...
    const weight = 1 / Math.sqrt(Math.max(1, p.cands.length));
    for (const c of p.cands) {
      X.push(c.x);
      y.push(target(c));
      // ...or, with --weight records, a list weighs what its records move the page's F1.
      w.push(WEIGHT === "records" ? Math.min(1, c.sets.length / Math.max(1, p.truth.length)) + 0.02 : weight);
    }
  }
  return trainBoosted(X, y, w, BOOST);
}

/** The threshold that maximises mean F1 over `pages`, from out-of-fold probabilities (k inner folds). */
function tuneThreshold(pages: readonly PageData[], k: number, seed: number): number {
  const sums = THRESHOLDS.map(() => 0);
  for (const test of folds(pages, k, seed)) {
    const model = fit(pages.filter((p) => !test.includes(p)));
    for (const p of test) THRESHOLDS.forEach((t, i) => (sums[i]! += scoreOrder(p, modelOrder(p, model, t)).f1));
  }
  return THRESHOLDS[sums.indexOf(Math.max(...sums))]!;
}

function crossValidate(pages: readonly PageData[], seed: number) {
  const perPage = new Map<string, PageScore>();
  const foldF1: number[] = [];
  const chosen: number[] = [];
  for (const test of folds(pages, FOLDS, seed)) {
    const train = pages.filter((p) => !test.includes(p));
    const model = fit(train);
    const threshold = tuneThreshold(train, 3, seed + 1);
    chosen.push(threshold);
    const scores = test.map((p) => scoreOrder(p, modelOrder(p, model, threshold)));
    test.forEach((p, i) => perPage.set(p.id, scores[i]!));
    foldF1.push(mean(scores.map((s) => s.f1)));
  }
  const all = pages.map((p) => perPage.get(p.id)!);
  return {
    P: mean(all.map((s) => s.precision)),
    R: mean(all.map((s) => s.recall)),
    F1: mean(all.map((s) => s.f1)),
    foldF1,
    chosen,
    perPage,
  };
}

function main() {
  const root = corpusDir(path.resolve(__dirname, "../../shared/corpus"), "next-eval");
  if (!root) {
    console.log("Corpus not present: selector training skipped.");
    return;
  }
  const dir = path.join(root, "next-eval");
  const index = JSON.parse(readFileSync(path.join(dir, "index.json"), "utf8")) as Array<{ id: number; page: string; truth: string }>;
  const t0 = Date.now();
  const cache = option("cache");
  const pages =
    cache && existsSync(cache)
      ? fromJson(readFileSync(cache, "utf8"))
      : index.map((e) =>
          loadPage(String(e.id), readFileSync(path.join(dir, e.page), "utf8"), JSON.parse(readFileSync(path.join(dir, e.truth), "utf8")) as string[][]),
        );
  if (cache && !existsSync(cache)) writeFileSync(cache, toJson(pages));
  const candidates = pages.reduce((a, p) => a + p.cands.length, 0);
  const positives = pages.reduce((a, p) => a + p.cands.filter((c) => c.label).length, 0);
  console.log(`next-eval: ${pages.length} pages, ${candidates} candidate lists (${positives} positive), loaded in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  const fmt = (x: number) => x.toFixed(3);
  const rules = pages.map((p) => scoreOrder(p, p.rule));
  const best = pages.map((p) => scoreOrder(p, p.cands.flatMap((c, i) => (c.oracle ? [i] : []))));
  const chrome = [FEATURE_NAMES.indexOf("structuralChrome"), FEATURE_NAMES.indexOf("linkFarm")];
  const content = pages.map((p) => scoreOrder(p, oracle(p, (c) => chrome.every((j) => c.x[j] === 1))));
  // Lists in a nav, header or footer rank at 0.25 (features.chromeFactor); asides at 0.5.
  const notMenus = pages.map((p) => scoreOrder(p, oracle(p, (c) => c.x[chrome[0]!]! > 0.25)));
  console.log(`  upper bounds: best subset of the pool F1 ${fmt(mean(best.map((s) => s.f1)))}; without lists in a nav/header/footer ${fmt(mean(notMenus.map((s) => s.f1)))}; ` +
    `without any chrome or link-farm list ${fmt(mean(content.map((s) => s.f1)))}`);
  if (argv.includes("--verbose")) pages.forEach((p, i) => best[i]!.f1 < 0.95 && console.log(`    page ${p.id}: best subset F1 ${fmt(best[i]!.f1)} (P ${fmt(best[i]!.precision)}, R ${fmt(best[i]!.recall)})`));
  console.log(`  hand rules (no training)  P ${fmt(mean(rules.map((s) => s.precision)))}  R ${fmt(mean(rules.map((s) => s.recall)))}  F1 ${fmt(mean(rules.map((s) => s.f1)))}`);

  const runs = Array.from({ length: REPEATS }, (_, r) => crossValidate(pages, 1000 + r));
  runs.forEach((cv, r) => {
    console.log(
      `  CV ${FOLDS}-fold by page, seed ${1000 + r}: P ${fmt(cv.P)}  R ${fmt(cv.R)}  F1 ${fmt(cv.F1)}   fold F1 ${cv.foldF1.map(fmt).join(" ")}   thresholds ${cv.chosen.join(" ")}`,
    );
  });
  const f1s = runs.map((r) => r.F1);
  console.log(
    `  CV mean over ${REPEATS} repeats: P ${fmt(mean(runs.map((r) => r.P)))}  R ${fmt(mean(runs.map((r) => r.R)))}  F1 ${fmt(mean(f1s))} (min ${fmt(Math.min(...f1s))}, max ${fmt(Math.max(...f1s))})`,
  );
  const first = runs[0]!;
  const delta = pairedDelta(
    pages.map((p) => first.perPage.get(p.id)!.f1),
    rules.map((s) => s.f1),
  );
  console.log(`  CV − hand rules, per page (seed 1000): mean ${fmt(delta.mean)}, 95% bootstrap interval [${fmt(delta.low)}, ${fmt(delta.high)}]`);
  const better = pages.filter((p, i) => first.perPage.get(p.id)!.f1 > rules[i]!.f1 + 0.01).length;
  const worse = pages.filter((p, i) => first.perPage.get(p.id)!.f1 < rules[i]!.f1 - 0.01).length;
  console.log(`  pages better / worse than the hand rules by > 0.01 F1 (seed 1000): ${better} / ${worse}`);
  if (argv.includes("--verbose"))
    pages.forEach((p, i) => {
      const cv = first.perPage.get(p.id)!;
      if (Math.abs(cv.f1 - rules[i]!.f1) > 0.01)
        console.log(`    page ${p.id.padStart(3)}: rules F1 ${fmt(rules[i]!.f1)} (${rules[i]!.predicted} rec)  CV F1 ${fmt(cv.f1)} (${cv.predicted} rec)  truth ${p.truth.length}`);
    });

  if (WRITE) {
    const threshold = tuneThreshold(pages, 5, 7);
    const boosted = fit(pages);
    const model: TreeModel = { features: [...FEATURE_NAMES], base: boosted.base, trees: boosted.trees, threshold };
    writeFileSync(WRITE, JSON.stringify({ about: `npx tsx bench/train-records.ts ${argv.join(" ")}`, boost: BOOST, ...model }));
    const inSample = pages.map((p) => scoreOrder(p, modelOrder(p, model, threshold)));
    console.log(`  wrote ${WRITE}: ${model.trees.length} trees, threshold ${threshold} (in-sample F1 ${fmt(mean(inSample.map((s) => s.f1)))}, NOT a result)`);
  }
}

main();
