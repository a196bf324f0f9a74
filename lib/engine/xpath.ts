/**
 * XPaths of elements in the browser DOM that parse5 builds: made for provenance (every row's record
 * element) and the corpus benches, and resolved back to elements.
 */
import { htmlElement, isElement, type Document, type Element, type ParentNode } from "./dom";

/**
 * Absolute XPath in the corpus convention: `[n]` on every step, n counting earlier siblings with the
 * same tag from 1, without the leading `/html[1]` (paths start at `/body[1]` or `/head[1]`).
 * (One parameter: it is passed to `map`.)
 */
export function xpathOf(el: Element): string {
  return xpathWithin(el, () => undefined);
}

/**
 * `xpathOf(el)`, where `known` gives the XPath of an ancestor (or of `el`) already worked out, such
 * as a record's for its fields: the walk stops there, instead of counting the siblings of every
 * record of a long list again.
 */
export function xpathWithin(el: Element, known: (ancestor: Element) => string | undefined): string {
  const steps: string[] = [];
  let node: Element | null = el;
  while (node && node.tagName !== "html") {
    const prefix = known(node);
    if (prefix !== undefined) return steps.length ? `${prefix}/${steps.reverse().join("/")}` : prefix;
    const parent: ParentNode | null = node.parentNode;
    let index = 1;
    if (parent) {
      for (const sibling of parent.childNodes) {
        if (sibling === node) break;
        if (isElement(sibling) && sibling.tagName === node.tagName) index++;
      }
    }
    steps.push(`${node.tagName}[${index}]`);
    node = parent && isElement(parent) ? parent : null;
  }
  return `/${steps.reverse().join("/")}`;
}

/**
 * `xpathOf` for many elements of one tree: each parent's children are numbered once, on first use,
 * and kept for the factory's lifetime. xpathOf counts a record's earlier siblings on every call,
 * which is quadratic over a long list (a 60,000-row table spent most of its minute there).
 * Make one per page and drop it with the page: it holds the tree.
 */
export function xpathFactory(): (el: Element) => string {
  const indexes = new Map<ParentNode, Map<Element, number>>();
  const indexIn = (parent: ParentNode, el: Element): number => {
    let map = indexes.get(parent);
    if (!map) {
      map = new Map();
      const counts = new Map<string, number>();
      for (const c of parent.childNodes) {
        if (!isElement(c)) continue;
        const n = (counts.get(c.tagName) ?? 0) + 1;
        counts.set(c.tagName, n);
        map.set(c, n);
      }
      indexes.set(parent, map);
    }
    return map.get(el) ?? 1;
  };
  return (el) => {
    const steps: string[] = [];
    let node: Element | null = el;
    while (node && node.tagName !== "html") {
      const parent: ParentNode | null = node.parentNode;
      steps.push(`${node.tagName}[${parent ? indexIn(parent, node) : 1}]`);
      node = parent && isElement(parent) ? parent : null;
    }
    return `/${steps.reverse().join("/")}`;
  };
}

/** Resolves an XPath made by `xpathOf` (or taken from the corpus truth). */
export function elementByXPath(doc: Document, xpath: string): Element | undefined {
  let current: ParentNode | undefined = htmlElement(doc);
  for (const step of xpath.split("/").filter(Boolean)) {
    const m = /^([a-zA-Z0-9:_-]+)\[(\d+)\]$/.exec(step);
    if (!m || !current) return undefined;
    const [, tag, n] = m;
    let count = 0;
    let found: Element | undefined;
    for (const child of current.childNodes) {
      if (isElement(child) && child.tagName === tag!.toLowerCase() && ++count === Number(n)) {
        found = child;
        break;
      }
    }
    current = found;
  }
  return current && isElement(current) ? current : undefined;
}
