/**
 * Split tables: a table with frozen columns (standings, price lists) is often two tables side by
 * side, the frozen columns in one and the scrolling ones in the next (three when columns are frozen
 * on both sides), row i of each being the same entity. Tables that follow each other closely (a
 * common ancestor at most SPLIT_DEPTH levels up, no text between them), with as many rows but a
 * different number of columns than their neighbour (two lists of one kind side by side, "gainers"
 * and "losers", have the same columns and stay two lists) form one table whose records are row i
 * of each.
 */
import { hasVisibleText, isElement, type ChildNode, type Element } from "../dom";
import { mostFrequent, parentElement } from "./features";
import type { TableBody } from "./table-bodies";
import { widthOf } from "./table-cells";

/** How far up two tables may have to go to meet and still be one split table. */
const SPLIT_DEPTH = 4;

/** Whether two consecutive tables are parts of one table with frozen columns (see the header). */
export function halvesOfOne(a: TableBody, b: TableBody): boolean {
  if (a.rows.length !== b.rows.length || a.rows.length < 3) return false;
  const meet = close(a.table, b.table);
  if (!meet) return false;
  // Two lists of one kind side by side have the same columns: only differently wide tables pair up.
  if ((mostFrequent(a.rows.map(widthOf)) ?? 0) === (mostFrequent(b.rows.map(widthOf)) ?? 0)) return false;
  // Halves of one table touch: no heading or text of their own between them.
  return !textBetween(a.table, b.table, meet);
}

/**
 * Whether any visible text sits after `a` and before `b` (document order) below `meet`: only what
 * lies between the two is read.
 */
function textBetween(a: Element, b: Element, meet: Element): boolean {
  // Up from `a`: the siblings after each ancestor, until the one that holds `b`.
  for (let n: Element = a; n !== meet; n = parentElement(n)!) {
    const parent = parentElement(n)!;
    const siblings = parent.childNodes;
    for (let i = siblings.indexOf(n) + 1; i < siblings.length; i++) {
      const s = siblings[i]!;
      if (s === b || (isElement(s) && holds(s, b))) return textBefore(s, b);
      if (hasVisibleText(s)) return true;
    }
  }
  return false;
}

/** Whether `node` (down to, not including, `stop`) has visible text before `stop`. */
function textBefore(node: ChildNode, stop: Element): boolean {
  if (node === stop) return false;
  if (!isElement(node)) return false;
  for (const c of node.childNodes) {
    if (c === stop || (isElement(c) && holds(c, stop))) return textBefore(c, stop);
    if (hasVisibleText(c)) return true;
  }
  return false;
}

function holds(ancestor: Element, el: Element): boolean {
  for (let n = parentElement(el); n; n = parentElement(n)) if (n === ancestor) return true;
  return false;
}

/** The common ancestor of two tables when both are at most SPLIT_DEPTH levels below it. */
export function close(a: Element, b: Element): Element | null {
  const meet = commonAncestor(a, b);
  return meet && depthBelow(a, meet) <= SPLIT_DEPTH && depthBelow(b, meet) <= SPLIT_DEPTH ? meet : null;
}

export function commonAncestor(a: Element, b: Element): Element | null {
  const above = new Set<Element>();
  for (let n = parentElement(a); n; n = parentElement(n)) above.add(n);
  for (let n = parentElement(b); n; n = parentElement(n)) if (above.has(n)) return n;
  return null;
}

function depthBelow(el: Element, ancestor: Element): number {
  let d = 0;
  for (let n: Element | null = el; n && n !== ancestor; n = parentElement(n)) d++;
  return d;
}
