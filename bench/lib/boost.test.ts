import { describe, expect, it } from "vitest";
import { thresholds, trainBoosted } from "./boost";
import { probability, treeValue, type TreeNode } from "./tree-model";

describe("thresholds", () => {
  it("cuts between distinct values, at most `bins` of them", () => {
    expect(thresholds([3, 1, 2, 2, 1], 10)).toEqual([1, 2]);
    expect(thresholds([5, 5, 5], 10)).toEqual([]);
    const many = thresholds(
      Array.from({ length: 1000 }, (_, i) => i),
      8,
    );
    expect(many.length).toBeLessThanOrEqual(8);
    expect([...many].sort((a, b) => a - b)).toEqual(many);
  });
});

describe("tree model", () => {
  it("sends x[f] ≤ t left and sums leaf values into a probability", () => {
    const tree: TreeNode = { f: 1, t: 0.5, l: { v: -2 }, r: { v: 2 } };
    expect(treeValue(tree, [9, 0.5])).toBe(-2);
    expect(treeValue(tree, [9, 0.6])).toBe(2);
    expect(probability({ base: 0, trees: [tree, tree] }, [0, 1])).toBeCloseTo(1 / (1 + Math.exp(-4)));
    expect(probability({ base: 0, trees: [] }, [])).toBe(0.5);
  });
});

describe("trainBoosted", () => {
  // Feature 0 decides the label; feature 1 is noise.
  const X = Array.from({ length: 200 }, (_, i) => [i % 20, (i * 7919) % 13]);
  const y = X.map(([a]) => (a! >= 12 ? 1 : 0));

  it("learns a threshold on the one informative feature", () => {
    const model = trainBoosted(X, y, null, { rounds: 50, depth: 1 });
    const p = (x: number[]) => probability(model, x);
    expect(p([15, 3])).toBeGreaterThan(0.9);
    expect(p([5, 3])).toBeLessThan(0.1);
    expect(model.trees.every((t) => "v" in t || t.f === 0)).toBe(true);
  });

  it("needs depth 2 for an interaction (XOR) that stumps cannot express", () => {
    // (Unbalanced cells: on a perfectly balanced XOR no single split gains anything, so greedy
    // growth would never start.)
    const cells: Array<[number, number, number]> = [
      [0, 0, 100],
      [0, 1, 100],
      [1, 0, 100],
      [1, 1, 50],
    ];
    const Xx = cells.flatMap(([a, b, n]) => Array.from({ length: n }, () => [a, b]));
    const yx = Xx.map(([a, b]) => (a !== b ? 1 : 0));
    const acc = (depth: number) => {
      const m = trainBoosted(Xx, yx, null, { rounds: 60, depth });
      return Xx.filter((x, i) => (probability(m, x) >= 0.5 ? 1 : 0) === yx[i]).length / Xx.length;
    };
    expect(acc(2)).toBe(1);
    expect(acc(1)).toBeLessThan(0.9);
  });

  it("follows the weights: the heavier of two contradicting labels wins", () => {
    const model = trainBoosted([[1], [1]], [1, 0], [3, 1], { rounds: 100 });
    expect(probability(model, [1])).toBeCloseTo(0.75, 1);
  });

  it("accepts soft labels (a share in [0, 1]) and fits their mean", () => {
    const X2 = Array.from({ length: 40 }, (_, i) => [i % 2]);
    const model = trainBoosted(
      X2,
      X2.map(([a]) => (a ? 0.9 : 0.2)),
      null,
      { rounds: 300, lambda: 0 },
    );
    expect(probability(model, [0])).toBeCloseTo(0.2, 2);
    expect(probability(model, [1])).toBeCloseTo(0.9, 2);
  });
});
