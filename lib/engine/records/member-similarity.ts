/**
 * How alike the members of a candidate list are: each member's shape (its subtree's tag/class paths)
 * against the others'. The score's homogeneity, and the outlier check, read it.
 */
import type { Element } from "../dom";
import type { PageFeatures } from "./features";
import { withoutInstanceNumbers } from "./instance-classes";
import { mapSteps, runSteps, type Steps } from "../steps";

/** Mean similarity of each member's shape to the others' (profile-based, O(n · shape)). */
export function memberSimilarities(members: Element[][], f: PageFeatures): number[] {
  return runSteps(memberSimilaritiesSteps(members, f));
}

/** memberSimilarities as steps (see steps.ts): a step per member shaped and per member compared. */
export function* memberSimilaritiesSteps(members: Element[][], f: PageFeatures): Steps<number[]> {
  const n = members.length;
  let shapes = yield* mapSteps(members, (rec) => recordShape(rec, f));
  let freq = pathCounts(shapes);
  yield;
  if (n >= 3 && members.some((rec) => rec.some((el) => f.hasNumberedShape(el)))) {
    const merged = withoutInstanceNumbers(shapes, freq, f.pathStems);
    if (merged) {
      shapes = merged;
      freq = pathCounts(shapes);
    }
    yield;
  }
  // (Members without a shape: counted once, not once per such member.)
  let leafPeers: number | undefined;
  return yield* mapSteps(shapes, (s) => {
    if (n < 2) return 1;
    if (!s.size) {
      // Text-only leaves: alike when the others are leaves too.
      leafPeers ??= shapes.filter((o) => !o.size).length - 1;
      return leafPeers / (n - 1);
    }
    let sum = 0;
    for (const p of s) sum += (freq.get(p)! - 1) / (n - 1);
    return sum / s.size;
  });
}

function pathCounts(shapes: readonly Set<string>[]): Map<string, number> {
  const freq = new Map<string, number>();
  for (const s of shapes) for (const p of s) freq.set(p, (freq.get(p) ?? 0) + 1);
  return freq;
}

function recordShape(rec: Element[], f: PageFeatures): Set<string> {
  if (rec.length === 1) return f.shape(rec[0]!);
  const out = new Set<string>();
  rec.forEach((el, i) => {
    out.add(`#${i}${el.tagName}`);
    for (const p of f.shape(el)) out.add(`#${i}${p}`);
  });
  return out;
}
