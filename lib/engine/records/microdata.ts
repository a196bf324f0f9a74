/**
 * Structured data: schema.org microdata items (itemscope) of one itemtype that sit under the same
 * enclosing item (or none) form a list. Breadcrumb and site-navigation items are chrome.
 */
import { attr, walkElementsSteps, type Element } from "../dom";
import { parentElement, type PageFeatures } from "./features";
import type { Candidate } from "./repeated";
import type { Steps } from "../steps";

const CHROME_TYPES = /BreadcrumbList|SiteNavigationElement|WPHeader|WPFooter|WPSideBar/i;

/** Steps (see steps.ts): the whole body is walked. */
export function* microdataCandidates(body: Element, f: PageFeatures): Steps<Candidate[]> {
  const groups = new Map<string, Element[]>();
  const owner = new Map<Element, number>();
  let nextId = 0;
  yield* walkElementsSteps(body, (el) => {
    if (!el.attrs.some((a) => a.name === "itemscope")) return;
    const type = attr(el, "itemtype") ?? "";
    // The enclosing item, so that e.g. a product's offers do not mix with the products.
    let up = parentElement(el);
    while (up && !up.attrs.some((a) => a.name === "itemscope")) up = parentElement(up);
    let upId = -1;
    if (up) {
      if (!owner.has(up)) owner.set(up, nextId++);
      upId = owner.get(up)!;
    }
    if (CHROME_TYPES.test(type)) return false;
    const key = `${upId} ${type}`;
    const list = groups.get(key);
    if (list) list.push(el);
    else groups.set(key, [el]);
  });
  const out: Candidate[] = [];
  for (const items of groups.values()) {
    const records = items.filter((e) => f.get(e).text > 0);
    if (records.length < 2) continue;
    const parent = commonAncestor(records);
    if (parent) out.push({ kind: "microdata", parent, records: records.map((e) => [e]), bonus: 1.5 });
  }
  return out;
}

/** Lowest common ancestor of elements (O(n · depth)). */
function commonAncestor(elements: Element[]): Element | null {
  const first = elements[0];
  if (!first) return null;
  const chain: Element[] = [];
  for (let n = parentElement(first); n; n = parentElement(n)) chain.push(n);
  const pos = new Map(chain.map((e, i) => [e, i]));
  let best = 0;
  for (const e of elements.slice(1)) {
    let n = parentElement(e);
    while (n && !pos.has(n)) n = parentElement(n);
    if (!n) return null;
    best = Math.max(best, pos.get(n)!);
  }
  return chain[best] ?? null;
}
