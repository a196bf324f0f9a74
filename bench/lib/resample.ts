/**
 * Seeded resampling for the benchmarks' experiments: reproducible shuffles and folds, and a paired
 * bootstrap interval, so that a figure printed twice is the same figure.
 */
export const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Deterministic random numbers in [0, 1) (mulberry32), so folds and intervals are reproducible. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const rand = random(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function folds<T>(xs: readonly T[], k: number, seed: number): T[][] {
  const order = shuffled(xs, seed);
  return Array.from({ length: k }, (_, f) => order.filter((_, i) => i % k === f));
}

/** Mean and 95% interval (paired bootstrap over pages) of the per-page difference a − b. */
export function pairedDelta(a: readonly number[], b: readonly number[], seed = 1): { mean: number; low: number; high: number } {
  const d = a.map((x, i) => x - b[i]!);
  const rand = random(seed);
  const means: number[] = [];
  const rounds = 2000;
  for (let r = 0; r < rounds; r++) means.push(mean(d.map(() => d[Math.floor(rand() * d.length)]!)));
  means.sort((x, y) => x - y);
  return { mean: mean(d), low: means[Math.floor(rounds * 0.025)]!, high: means[Math.floor(rounds * 0.975)]! };
}
