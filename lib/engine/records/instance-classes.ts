/**
 * Instance numbers in class names, told apart from template classes by comparing siblings.
 *
 * templateClasses() drops long numbers (review_604121) on its own, but a short number cannot be
 * judged alone: "comment-3" numbers one comment, "col-md-4" sizes a column, "h-12" sets a height.
 * Among siblings the difference shows: an instance number gives each item its own value
 * (comment-1, comment-2, comment-3…), while a layout class takes a few values shared by many items
 * (col-md-4 ×3 beside col-md-8) or the same value on all. Only the first kind loses its number
 * (comment-#), and only within the group compared, so "col-md-4" and "col-md-8" still make two kinds
 * of column.
 */
import type { Element } from "../dom";
import { templateClasses } from "./features";
import { runSteps, STRIDE, type Steps } from "../steps";

/**
 * Distinct values a numbered stem must take before it counts as an instance number: two siblings
 * (col-md-8 beside col-md-4, a main column and a sidebar) cannot tell an id from a layout.
 */
const MIN_INSTANCE_VALUES = 3;

const DIGITS = /\d/;

/** The token with each run of digits replaced by "#": comment-12 → comment-#, w-1/2 → w-#/#. */
function numberStem(token: string): string {
  return token.replace(/\d+/g, "#");
}

/**
 * The stems that number instances among `sets` (the class tokens, or the shape paths, of each member
 * of a group; `counts` says how many members hold each numbered one): at least MIN_INSTANCE_VALUES
 * values of the stem are each held by one member only, and no member shares a value with another
 * (col-md-4 on three cards makes col-md-# a layout, whatever the other cards carry). Values held by
 * one member are stemmed first, so a group whose numbered classes are all shared costs one look-up
 * per value.
 */
function instanceStems(sets: readonly Iterable<string>[], counts: ReadonlyMap<string, number>, stemOf: (value: string) => string): Set<string> {
  const single = new Map<string, number>();
  for (const set of sets) {
    for (const v of set) {
      if (counts.get(v) !== 1) continue;
      const stem = stemOf(v);
      if (stem !== v) single.set(stem, (single.get(stem) ?? 0) + 1);
    }
  }
  const out = new Set<string>();
  for (const [stem, n] of single) if (n >= MIN_INSTANCE_VALUES) out.add(stem);
  if (out.size) for (const set of sets) for (const v of set) if ((counts.get(v) ?? 0) > 1) out.delete(stemOf(v));
  return out;
}

const tokenStem = (t: string) => (DIGITS.test(t) ? numberStem(t) : t);

/**
 * The signature (tag + template classes, as signature() in features.ts) of each element of a group
 * of siblings, with the classes that number the group's instances (see instanceStems) reduced to
 * their stem: comment-1, comment-2… all read "comment-#", and still differ from "pingback-#".
 */
export function groupSignatures(els: readonly Element[]): string[] {
  return runSteps(groupSignaturesSteps(els));
}

/** groupSignatures as steps (see steps.ts), a step every STRIDE elements: a long table has 30,000 rows. */
export function* groupSignaturesSteps(els: readonly Element[]): Steps<string[]> {
  const classes: string[][] = [];
  for (const el of els) {
    classes.push(templateClasses(el));
    if (classes.length % STRIDE === 0) yield;
  }
  // Members holding each numbered token, and how many members hold one at all.
  const counts = new Map<string, number>();
  let numbered = 0;
  for (const cls of classes) {
    let any = false;
    for (const t of cls) {
      if (!DIGITS.test(t)) continue;
      counts.set(t, (counts.get(t) ?? 0) + 1);
      any = true;
    }
    if (any) numbered++;
  }
  const stems = numbered >= MIN_INSTANCE_VALUES ? instanceStems(classes, counts, tokenStem) : null;
  yield;
  const out: string[] = [];
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    let cls = classes[i]!;
    if (stems?.size) cls = [...new Set(cls.map((t) => (counts.get(t) === 1 && stems.has(tokenStem(t)) ? tokenStem(t) : t)))].sort();
    out.push(cls.length ? `${el.tagName}.${cls.join(".")}` : el.tagName);
    if (i % STRIDE === STRIDE - 1) yield;
  }
  return out;
}

/**
 * A shape path (see PageFeatures.shape) with the numbers of its class tokens masked, tags kept:
 * /li/div.comment.comment-3/span.author → /li/div.comment.comment-#/span.author (h3 stays h3).
 */
function pathStem(path: string): string {
  return path.replace(/[^/]+/g, (step) => {
    const dot = step.indexOf(".");
    return dot < 0 ? step : step.slice(0, dot) + numberStem(step.slice(dot));
  });
}

/**
 * Members' shapes with the paths that differ between members only by an instance number merged
 * into their stem: the records of a list whose nested item is numbered (li > div.comment-1,
 * li > div.comment-2…) are alike. The same test as for siblings: a stem whose paths are each found
 * in one member only, at least MIN_INSTANCE_VALUES of them; a numbered path found as it is in
 * several members (a col-md-4 inside each card) is a template path and stays.
 *
 * `freq` counts the members holding each path; `stems` caches pathStem for the page. Null when
 * nothing is merged (then the shapes stand).
 */
export function withoutInstanceNumbers(shapes: readonly Set<string>[], freq: ReadonlyMap<string, number>, stems: Map<string, string>): Set<string>[] | null {
  const stemOf = (p: string) => {
    let s = stems.get(p);
    if (s === undefined) stems.set(p, (s = DIGITS.test(p) ? pathStem(p) : p));
    return s;
  };
  const instance = instanceStems(shapes, freq, stemOf);
  if (!instance.size) return null;
  return shapes.map((s) => {
    const out = new Set<string>();
    for (const p of s) {
      const stem = freq.get(p) === 1 ? stemOf(p) : p;
      out.add(instance.has(stem) ? stem : p);
    }
    return out;
  });
}
