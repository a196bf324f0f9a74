/**
 * Gradient-boosted decision trees for binary labels (logistic loss, Newton leaf values), small
 * enough to read: features are cut into at most `bins` quantile thresholds once, and each node's
 * best split is found from per-bin gradient histograms. Emits tree-model.ts's format; trains the
 * record selector of bench/train-records.ts.
 */
import type { TreeNode } from "./tree-model";

export interface BoostOptions {
  rounds: number;
  depth: number;
  /** Shrinkage per tree. */
  rate: number;
  /** L2 penalty on leaf values (in hessian units). */
  lambda: number;
  /** Smallest hessian sum on either side of a split. */
  minLeaf: number;
  /** Candidate thresholds per feature. */
  bins: number;
}

const DEFAULT_BOOST: BoostOptions = { rounds: 300, depth: 1, rate: 0.1, lambda: 1, minLeaf: 1, bins: 32 };

export interface Boosted {
  base: number;
  trees: TreeNode[];
}

/** Quantile thresholds of one feature: split "x ≤ t" at distinct values, at most `bins` of them. */
export function thresholds(values: readonly number[], bins: number): number[] {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  if (sorted.length <= 1) return [];
  const cuts = sorted.slice(0, -1);
  if (cuts.length <= bins) return cuts;
  const out: number[] = [];
  for (let b = 1; b <= bins; b++) out.push(cuts[Math.min(cuts.length - 1, Math.floor((b * cuts.length) / (bins + 1)))]!);
  return [...new Set(out)];
}

export function trainBoosted(X: readonly number[][], y: readonly number[], weights: readonly number[] | null, options: Partial<BoostOptions> = {}): Boosted {
  const o = { ...DEFAULT_BOOST, ...options };
  const n = X.length;
  const d = X[0]?.length ?? 0;
  const w = weights ?? X.map(() => 1);
  const wsum = w.reduce((a, b) => a + b, 0);
  const pos = w.reduce((a, b, i) => a + b * y[i]!, 0);
  const prior = Math.min(1 - 1e-6, Math.max(1e-6, pos / Math.max(wsum, 1e-12)));
  const base = Math.log(prior / (1 - prior));
  const cuts: number[][] = [];
  const bin: Uint8Array[] = [];
  for (let j = 0; j < d; j++) {
    const t = thresholds(
      X.map((x) => x[j]!),
      Math.min(o.bins, 255),
    );
    cuts.push(t);
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const v = X[i]![j]!;
      let k = 0;
      while (k < t.length && v > t[k]!) k++;
      b[i] = k;
    }
    bin.push(b);
  }
  const F = new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const trees: TreeNode[] = [];
  const all = Array.from({ length: n }, (_, i) => i);
  for (let round = 0; round < o.rounds; round++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-F[i]!));
      g[i] = w[i]! * (p - y[i]!);
      h[i] = w[i]! * Math.max(p * (1 - p), 1e-6);
    }
    const tree = grow(all, 0);
    trees.push(tree);
    // (The tree's leaves are already scaled by the rate.)
    for (let i = 0; i < n; i++) F[i] = F[i]! + valueAt(tree, i);
  }
  return { base, trees };

  function valueAt(node: TreeNode, i: number): number {
    let m = node;
    while (!("v" in m)) m = X[i]![m.f]! <= m.t ? m.l : m.r;
    return m.v;
  }

  function grow(rows: number[], level: number): TreeNode {
    let G = 0;
    let H = 0;
    for (const i of rows) {
      G += g[i]!;
      H += h[i]!;
    }
    const leaf: TreeNode = { v: (-o.rate * G) / (H + o.lambda) };
    if (level >= o.depth || rows.length < 2) return leaf;
    const parentGain = (G * G) / (H + o.lambda);
    let best = { gain: 1e-9, f: -1, b: -1 };
    for (let j = 0; j < d; j++) {
      const m = cuts[j]!.length;
      if (!m) continue;
      const hg = new Float64Array(m + 1);
      const hh = new Float64Array(m + 1);
      const bj = bin[j]!;
      for (const i of rows) {
        const k = bj[i]!;
        hg[k] = hg[k]! + g[i]!;
        hh[k] = hh[k]! + h[i]!;
      }
      let GL = 0;
      let HL = 0;
      for (let b = 0; b < m; b++) {
        GL += hg[b]!;
        HL += hh[b]!;
        const HR = H - HL;
        if (HL < o.minLeaf || HR < o.minLeaf) continue;
        const GR = G - GL;
        const gain = (GL * GL) / (HL + o.lambda) + (GR * GR) / (HR + o.lambda) - parentGain;
        if (gain > best.gain) best = { gain, f: j, b };
      }
    }
    if (best.f < 0) return leaf;
    const bj = bin[best.f]!;
    const left = rows.filter((i) => bj[i]! <= best.b);
    const right = rows.filter((i) => bj[i]! > best.b);
    return { f: best.f, t: cuts[best.f]![best.b]!, l: grow(left, level + 1), r: grow(right, level + 1) };
  }
}
