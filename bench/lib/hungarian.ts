/**
 * Maximum-weight one-to-one assignment (Kuhn–Munkres, O(n²·m) with potentials, n ≤ m).
 *
 * The record score pairs predicted and truth records so that the summed overlap is as large as
 * possible; minimising Σ(1 − overlap) over a full assignment of the smaller side is the same thing.
 */

/** Solves a dense n×m matrix (n ≤ m) for minimum cost; returns, for each row, its column. */
function minCostRows(cost: Float64Array, n: number, m: number): Int32Array {
  const INF = Number.POSITIVE_INFINITY;
  // 1-based arrays as in the classic formulation; column 0 is the virtual start.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1); // p[j] = row matched to column j (0 = none)
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(INF);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = INF;
      let j1 = 0;
      const row = (i0 - 1) * m;
      const ui0 = u[i0]!;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost[row + j - 1]! - ui0 - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  const rowToCol = new Int32Array(n).fill(-1);
  for (let j = 1; j <= m; j++) if (p[j]! > 0) rowToCol[p[j]! - 1] = j - 1;
  return rowToCol;
}

export interface Assignment {
  /** Sum of the weights of the chosen pairs. */
  total: number;
  /** [row, column] pairs with a positive weight. */
  pairs: Array<[number, number]>;
}

/**
 * Maximum-weight assignment for a dense weight matrix given as rows (weights ≥ 0, e.g. Jaccard
 * overlaps). Zero-weight pairs are never reported.
 */
function maxWeightAssignment(weights: number[][]): Assignment {
  const rows = weights.length;
  const cols = rows ? Math.max(...weights.map((r) => r.length)) : 0;
  if (!rows || !cols) return { total: 0, pairs: [] };
  const transpose = rows > cols;
  const n = transpose ? cols : rows;
  const m = transpose ? rows : cols;
  let maxW = 0;
  for (const r of weights) for (const w of r) if (w > maxW) maxW = w;
  const cost = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const w = transpose ? (weights[j]?.[i] ?? 0) : (weights[i]?.[j] ?? 0);
      cost[i * m + j] = maxW - w;
    }
  }
  const match = minCostRows(cost, n, m);
  const pairs: Array<[number, number]> = [];
  let total = 0;
  for (let i = 0; i < n; i++) {
    const j = match[i]!;
    if (j < 0) continue;
    const r = transpose ? j : i;
    const c = transpose ? i : j;
    const w = weights[r]?.[c] ?? 0;
    if (w > 0) {
      pairs.push([r, c]);
      total += w;
    }
  }
  return { total, pairs };
}

/**
 * Same as maxWeightAssignment for a sparse matrix (edges with weight > 0 between `rows` rows and
 * `cols` columns). Zero edges add nothing, so each connected component of the edge graph can be
 * solved on its own: exact, and fast when predictions line up with truth (mostly 1×1 components).
 */
export function sparseMaxWeightAssignment(rows: number, cols: number, edges: Array<{ row: number; col: number; weight: number }>): Assignment {
  const parent = new Int32Array(rows + cols).map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const e of edges) {
    const a = find(e.row);
    const b = find(rows + e.col);
    if (a !== b) parent[a] = b;
  }
  const components = new Map<number, Array<{ row: number; col: number; weight: number }>>();
  for (const e of edges) {
    if (!(e.weight > 0)) continue;
    const root = find(e.row);
    const list = components.get(root);
    if (list) list.push(e);
    else components.set(root, [e]);
  }
  let total = 0;
  const pairs: Array<[number, number]> = [];
  for (const list of components.values()) {
    if (list.length === 1) {
      total += list[0]!.weight;
      pairs.push([list[0]!.row, list[0]!.col]);
      continue;
    }
    const rowIds = [...new Set(list.map((e) => e.row))];
    const colIds = [...new Set(list.map((e) => e.col))];
    const rowPos = new Map(rowIds.map((r, i) => [r, i]));
    const colPos = new Map(colIds.map((c, i) => [c, i]));
    const dense = rowIds.map(() => new Array<number>(colIds.length).fill(0));
    for (const e of list) dense[rowPos.get(e.row)!]![colPos.get(e.col)!] = e.weight;
    const sub = maxWeightAssignment(dense);
    total += sub.total;
    for (const [r, c] of sub.pairs) pairs.push([rowIds[r]!, colIds[c]!]);
  }
  return { total, pairs };
}
