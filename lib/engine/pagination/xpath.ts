/**
 * xpathOf (dom.ts) counts earlier siblings on every call, which is quadratic when thousands of
 * candidates share one wide parent. This computes the same corpus-convention XPath with each parent's
 * sibling indexes cached for the lifetime of one call.
 */
import { isElement, type Element, type ParentNode } from "../dom";

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
