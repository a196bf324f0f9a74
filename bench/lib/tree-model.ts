/**
 * A boosted-trees binary classifier as data (what bench/lib/boost.ts trains): a base log-odds plus
 * the sum of the trees' leaf values, through the logistic function.
 */

/** A tree node: go left when x[f] ≤ t; a leaf holds its additive log-odds value v. */
export type TreeNode = { f: number; t: number; l: TreeNode; r: TreeNode } | { v: number };

export interface TreeModel {
  /** Names of the features, in vector order, at training time. */
  features: readonly string[];
  /** Log-odds before any tree. */
  base: number;
  trees: readonly TreeNode[];
  /** Decision threshold on the probability. */
  threshold: number;
}

export function treeValue(node: TreeNode, x: readonly number[]): number {
  let n = node;
  while (!("v" in n)) n = x[n.f]! <= n.t ? n.l : n.r;
  return n.v;
}

/** Probability of the positive class for feature vector x. */
export function probability(model: Pick<TreeModel, "base" | "trees">, x: readonly number[]): number {
  let z = model.base;
  for (const tree of model.trees) z += treeValue(tree, x);
  return 1 / (1 + Math.exp(-z));
}
