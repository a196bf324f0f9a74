/**
 * Outliers of a list of sibling records: members shaped unlike the rest (ads, "load more" blocks
 * slipped into a list) are not records of it.
 */
import { INVISIBLE_TAGS, isElement, type Element } from "../dom";
import { mostFrequent, type PageFeatures } from "./features";
import { groupSignaturesSteps } from "./instance-classes";
import { memberSimilaritiesSteps } from "./member-similarity";
import type { Steps } from "../steps";

/** Members less alike the rest than this (and than half the median member) are outliers... */
const OUTLIER = 0.35;
/** ...or than this, for members that carry the list's template class. */
const TEMPLATE_OUTLIER = 0.15;
/** A template member whose tags (classes aside) are this alike the rest's is kept. */
const SAME_TAGS = 0.8;

/**
 * Drops members that are shaped unlike the rest (ads, "load more" blocks inside a list). A member
 * that carries the list's own template class is one of its items even when its inside varies a lot
 * (size options or none, a badge, a second price): ads and blocks slipped into a list are classed
 * otherwise. Only a member that shares almost nothing with the rest (an empty card) is dropped, and
 * not even that when its tags are the rest's: a modifier class high in a card (a "coupon" or
 * "sold-out" variant) renames every class path below it, though the card is built the same.
 */
export function* dropOutliers(records: Element[][], f: PageFeatures): Steps<Element[][]> {
  if (records.length < 4) return records;
  const sims = yield* memberSimilaritiesSteps(records, f);
  const sorted = [...sims].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  // The template class: the class signature of at least half the members.
  const sigs = yield* groupSignaturesSteps(records.map((r) => r[0]!));
  const template = mostFrequent(sigs.filter((s) => s.includes(".")), Math.ceil(records.length / 2));
  let tagSims: number[] | undefined;
  const kept: Element[][] = [];
  for (let i = 0; i < records.length; i++) {
    const floor = sigs[i] === template ? TEMPLATE_OUTLIER : OUTLIER;
    const outlier = sims[i]! < floor && sims[i]! < median * 0.5;
    if (outlier && sigs[i] === template) {
      tagSims ??= tagSimilarities(records);
      yield;
      if (tagSims[i]! >= SAME_TAGS) {
        kept.push(records[i]!);
        continue;
      }
    }
    if (!outlier) kept.push(records[i]!);
  }
  // Only a minority can be an outlier.
  return kept.length >= records.length * 0.6 ? kept : records;
}

/** Each member's mean share of its tag paths (classes left out) that the other members hold. */
function tagSimilarities(records: Element[][]): number[] {
  const shapes = records.map(tagShape);
  const freq = new Map<string, number>();
  for (const s of shapes) for (const p of s) freq.set(p, (freq.get(p) ?? 0) + 1);
  const n = records.length;
  return shapes.map((s) => {
    if (!s.size) return 0;
    let sum = 0;
    for (const p of s) sum += (freq.get(p)! - 1) / (n - 1);
    return sum / s.size;
  });
}

const MAX_PATHS = 60;
const MAX_DEPTH = 4;

/** Relative tag paths of a record's descendants, bounded as PageFeatures.shape bounds its own. */
function tagShape(record: Element[]): Set<string> {
  const out = new Set<string>();
  record.forEach((root, r) => {
    const queue: Array<{ el: Element; path: string; depth: number }> = [{ el: root, path: `#${r}`, depth: 0 }];
    for (let q = 0; q < queue.length && out.size < MAX_PATHS * record.length; q++) {
      const item = queue[q]!;
      if (item.depth >= MAX_DEPTH) continue;
      for (const c of item.el.childNodes) {
        if (!isElement(c) || INVISIBLE_TAGS.has(c.tagName)) continue;
        const path = `${item.path}/${c.tagName}`;
        out.add(path);
        queue.push({ el: c, path, depth: item.depth + 1 });
      }
    }
  });
  return out;
}
