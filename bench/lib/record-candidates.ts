/**
 * The candidate lists of one NEXT-EVAL page, as bench/train-records.ts learns from them: each list's
 * features, its purity against the page's truth records, the lists it collides with, the hand
 * rules' selection and the greedy oracle's; and the corpus record score of a selection.
 */
import { parseHtml, type Element } from "../../lib/engine/dom";
import { xpathOf } from "../../lib/engine/xpath";
import { candidatePool, ruleSelection } from "../../lib/engine/records/all";
import { parentElement } from "../../lib/engine/records/features";
import { indexForScoring, jaccard, scoreTextSets, type PageScore } from "./record-score";
import { regionFeatures } from "./region-features";

/** A list is a positive example when its records overlap truth records this much on average. */
const LABEL_PURITY = 0.5;

export interface Cand {
  x: number[];
  label: number;
  /** Mean best overlap of its records with truth records. */
  purity: number;
  /** Chosen by the greedy oracle (best subset of the pool for this page's truth). */
  oracle: boolean;
  /** Text sets of its records (element ids of the page). */
  sets: Array<Set<number>>;
  /** Indices of the candidates it collides with (shares, holds or sits in a record element). */
  collides: Set<number>;
}

export interface PageData {
  id: string;
  truth: Array<Set<number>>;
  cands: Cand[];
  /** The hand rules' selection, in the order taken. */
  rule: number[];
}

export function loadPage(id: string, html: string, truthXPaths: string[][]): PageData {
  const index = indexForScoring(html);
  const ids = new Map<string, number>();
  const toIds = (set: Set<string>) => new Set([...set].map((p) => ids.get(p) ?? ids.set(p, ids.size).get(p)!));
  const truth = truthXPaths.map((r) => toIds(index.textSet(r)));
  const doc = parseHtml(html);
  const pool = candidatePool(doc);
  if (!pool) return { id, truth, cands: [], rule: [] };
  const ruleSet = new Set(ruleSelection(pool));
  const xs = regionFeatures(pool, ruleSet);
  const owners = new Map<Element, number[]>();
  pool.regions.forEach((e, i) => {
    for (const rec of e.region.records) for (const el of rec) (owners.get(el) ?? owners.set(el, []).get(el)!).push(i);
  });
  const cands: Cand[] = pool.regions.map((e, i) => {
    const sets = e.region.records.map((rec) => toIds(index.textSet(rec.map(xpathOf))));
    const purity = sets.reduce((sum, s) => sum + Math.max(0, ...truth.map((t) => jaccard(s, t))), 0) / sets.length;
    return { x: xs[i]!, label: purity >= LABEL_PURITY ? 1 : 0, purity, oracle: false, sets, collides: new Set<number>() };
  });
  pool.regions.forEach((e, i) => {
    for (const el of e.region.records.flat())
      for (let n: Element | null = el; n; n = parentElement(n))
        for (const j of owners.get(n) ?? [])
          if (j !== i) {
            cands[i]!.collides.add(j);
            cands[j]!.collides.add(i);
          }
  });
  const rule = pool.regions.flatMap((e, i) => (ruleSet.has(e.region) ? [i] : []));
  const page = { id, truth, cands, rule };
  for (const i of oracle(page)) cands[i]!.oracle = true;
  return page;
}

/** Greedy best subset (of the allowed candidates): add the one that raises the page's F1 most while any does. */
export function oracle(page: PageData, allowed: (c: Cand) => boolean = () => true): number[] {
  const chosen: number[] = [];
  let current = 0;
  for (;;) {
    let best = -1;
    let bestF1 = current + 1e-9;
    page.cands.forEach((c, i) => {
      if (!allowed(c) || chosen.includes(i) || chosen.some((j) => c.collides.has(j))) return;
      const f1 = scoreOrder(page, [...chosen, i]).f1;
      if (f1 > bestF1) {
        bestF1 = f1;
        best = i;
      }
    });
    if (best < 0) return chosen;
    chosen.push(best);
    current = bestF1;
  }
}

/** --cache FILE (development): the loaded candidates, so that later runs skip parsing. */
export function toJson(pages: PageData[]): string {
  return JSON.stringify(pages, (_, v: unknown) => (v instanceof Set ? [...(v as Set<unknown>)] : v));
}

export function fromJson(text: string): PageData[] {
  const raw = JSON.parse(text) as Array<Omit<PageData, "truth" | "cands"> & { truth: number[][]; cands: Array<Omit<Cand, "sets" | "collides"> & { sets: number[][]; collides: number[] }> }>;
  return raw.map((p) => ({
    ...p,
    truth: p.truth.map((t) => new Set(t)),
    cands: p.cands.map((c) => ({ ...c, sets: c.sets.map((s) => new Set(s)), collides: new Set(c.collides) })),
  }));
}

export function scoreOrder(page: PageData, order: readonly number[]): PageScore {
  const taken: number[] = [];
  for (const i of order) if (!taken.some((t) => page.cands[t]!.collides.has(i))) taken.push(i);
  return scoreTextSets(
    page.truth,
    taken.flatMap((i) => page.cands[i]!.sets),
  );
}
