/**
 * One pass over the DOM that gathers every link with the context pagination scoring needs: whether it
 * sits in a pager-like container, its labels and class tokens, and — from a scan of each element's
 * children — whether it is the page number right after the current one. Every node is looked at a
 * bounded number of times, so the cost is linear in the page size.
 */
import { attr, isElement, textContent, type ChildNode, type Document, type Element } from "../dom";
import { isItemNavContainer, isPagerContainer, tokens } from "./lexicon";
import { analyseSequence } from "./sequence";
import { pageRef, resolveHref, stripTail } from "./urls";
import { resolveLink } from "../net/user-info";
import { STRIDE, type Steps } from "../steps";

export interface RawLink {
  el: Element;
  url: string;
  /** `url` parsed; shared, do not mutate. */
  parsed: URL;
  /** Visible text; empty for <link> elements. */
  text: string;
  /** aria-label, title and alt of images inside. */
  extraLabels: string[];
  /** class/id tokens of the link and of icons inside it. */
  ownTokens: string[];
  /** class/id tokens of the element wrapping only this link (li.next > a). */
  wrapperTokens: string[];
  rel: string[];
  /** A <link> element (metadata, normally in head): no text, not visible. */
  inHead: boolean;
  /** Levels from the link up to the nearest pager-like container, or -1. */
  pagerDistance: number;
  navDistance: number;
  /** Levels up to a container of single-item navigation (post-navigation…), or -1. */
  itemNavDistance: number;
  /** Set when the link is the page number following the marked current page. */
  afterCurrent?: { value: number; current: number };
}

interface Frame {
  node: ChildNode;
  depth: number;
  pagerDepth: number;
  navDepth: number;
  itemNavDepth: number;
}

export interface Collected {
  links: RawLink[];
  base: URL;
  pageNorm: string;
}

/** The page's links, as steps (see steps.ts), a step every STRIDE nodes: a long table is 100,000s of them. */
export function* collectLinksSteps(doc: Document, pageUrl: string): Steps<Collected | null> {
  // Without user info, as every link is resolved: the current page is recognised among them.
  const page = resolveLink(pageUrl);
  // Without a valid page URL relative links cannot be resolved, nor "current page" recognised.
  if (!page) return null;
  page.hash = "";
  const pageNorm = page.href;
  const base = findBase(doc, page);
  const links: RawLink[] = [];
  const urlOf = new Map<Element, URL | null>();
  const resolveUrl = (el: Element): URL | null => {
    let u = urlOf.get(el);
    if (u === undefined) {
      const href = attr(el, "href");
      u = href === undefined ? null : resolveHref(href, base);
      urlOf.set(el, u);
    }
    return u;
  };
  const resolve = (el: Element): string | null => resolveUrl(el)?.href ?? null;
  // The current page may be linked under another spelling: other parameter order, tracking
  // parameters, or page=1 for the unnumbered first page. Same listing + same page number = current.
  const currentRef = pageRef(page);
  const pageKey = stripTail(new URL(page.href));
  const isCurrentUrl = (url: string): boolean => {
    if (url === pageNorm) return true;
    try {
      const u = new URL(url);
      const ref = pageRef(u);
      if (!ref && !currentRef) return stripTail(u) === pageKey;
      const mine = currentRef ?? { stripped: pageKey, value: null, offset: false };
      const theirs = ref ?? { stripped: stripTail(u), value: null, offset: false };
      const first = (r: { value: number | null; offset: boolean }) => r.value ?? (r.offset ? 0 : 1);
      return mine.stripped === theirs.stripped && first(mine) === first(theirs);
    } catch {
      return false;
    }
  };
  const after = new Map<Element, { value: number; current: number }>();

  const stack: Frame[] = [];
  for (let i = doc.childNodes.length - 1; i >= 0; i--) stack.push({ node: doc.childNodes[i]!, depth: 0, pagerDepth: -1, navDepth: -1, itemNavDepth: -1 });
  let seen = 0;
  while (stack.length) {
    if (++seen % STRIDE === 0) yield;
    const frame = stack.pop()!;
    const el = frame.node;
    if (!isElement(el)) continue;
    const tag = el.tagName;
    if (tag === "script" || tag === "style" || tag === "template" || tag === "svg") continue;
    let { pagerDepth, navDepth, itemNavDepth } = frame;
    if (el.attrs.length && tag !== "body" && tag !== "html") {
      const cls = `${attr(el, "class") ?? ""} ${attr(el, "id") ?? ""}`;
      if (cls.length > 1 && isPagerContainer(cls)) pagerDepth = frame.depth;
      if (cls.length > 1 && isItemNavContainer(cls)) itemNavDepth = frame.depth;
      if (tag === "nav" || attr(el, "role") === "navigation") navDepth = frame.depth;
    } else if (tag === "nav") navDepth = frame.depth;

    if ((tag === "a" || tag === "area") && attr(el, "href") !== undefined) {
      const url = resolveUrl(el);
      if (url) links.push(makeLink(el, url, frame.depth, pagerDepth, navDepth, itemNavDepth, false));
    } else if (tag === "link") {
      // Normally in <head>; some pages put it in the body, where it means the same.
      const rel = (attr(el, "rel") ?? "").toLowerCase().split(/\s+/);
      const url = rel.includes("next") || rel.includes("prev") || rel.includes("previous") ? resolveUrl(el) : null;
      if (url) links.push(makeLink(el, url, frame.depth, -1, -1, -1, true));
    }

    if (el.childNodes.length >= 2) analyseSequence(el, resolve, isCurrentUrl, after);
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, depth: frame.depth + 1, pagerDepth, navDepth, itemNavDepth });
  }
  yield;
  for (const link of links) {
    const a = after.get(link.el);
    if (a) link.afterCurrent = a;
  }
  return { links, base, pageNorm };
}

/** The page's <base href>, else the page's own URL: what its relative links resolve against. */
export function findBase(doc: Document, page: URL): URL {
  // Only the first <base href> counts, as in browsers; it is normally in <head>.
  let found: URL | null = null;
  const stack: ChildNode[] = [...doc.childNodes];
  let budget = 2000;
  while (stack.length && !found && budget-- > 0) {
    const n = stack.shift()!;
    if (!isElement(n)) continue;
    if (n.tagName === "base") {
      const href = attr(n, "href");
      // An unparsable base is ignored by browsers too.
      if (href !== undefined) found = resolveLink(href, page);
    }
    if (n.tagName === "html" || n.tagName === "head") stack.push(...n.childNodes);
  }
  return found ?? page;
}

function makeLink(
  el: Element,
  parsed: URL,
  depth: number,
  pagerDepth: number,
  navDepth: number,
  itemNavDepth: number,
  inHead: boolean,
): RawLink {
  const extraLabels: string[] = [];
  for (const name of ["aria-label", "title"]) {
    const v = attr(el, name);
    if (v) extraLabels.push(v);
  }
  const ownTokens = [...tokens(attr(el, "class")), ...tokens(attr(el, "id"))];
  // Icons and images inside the link: <i class="fa-chevron-right">, <img alt="next" src="btn_next.gif">.
  let budget = 12;
  const stack = el.childNodes.slice(0, budget);
  while (stack.length && budget-- > 0) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    ownTokens.push(...tokens(attr(n, "class")));
    if (n.tagName === "img" || n.tagName === "input") {
      const alt = attr(n, "alt") ?? attr(n, "title");
      if (alt) extraLabels.push(alt);
      const src = attr(n, "src");
      if (src) ownTokens.push(...tokens(src.replace(/^.*\//, "").replace(/\.\w+$/, "")));
    }
    const aria = attr(n, "aria-label") ?? attr(n, "title");
    if (aria) extraLabels.push(aria);
    stack.push(...n.childNodes.slice(0, budget));
  }
  const wrapperTokens: string[] = [];
  let wrapper = el.parentNode;
  for (let up = 0; up < 2 && wrapper && isElement(wrapper) && wrapper.tagName !== "body"; up++) {
    if (countElementChildren(wrapper, 3) > 2) break;
    wrapperTokens.push(...tokens(attr(wrapper, "class")), ...tokens(attr(wrapper, "id")));
    wrapper = wrapper.parentNode;
  }
  const text = inHead ? "" : textContent(el);
  return {
    el,
    url: parsed.href,
    parsed,
    text: text.length > 200 ? text.slice(0, 200) : text,
    extraLabels,
    ownTokens,
    wrapperTokens,
    rel: (attr(el, "rel") ?? "").toLowerCase().split(/\s+/).filter(Boolean),
    inHead,
    pagerDistance: pagerDepth >= 0 ? depth - pagerDepth : -1,
    navDistance: navDepth >= 0 ? depth - navDepth : -1,
    itemNavDistance: itemNavDepth >= 0 ? depth - itemNavDepth : -1,
  };
}

/** Element children, counting no further than `limit` (bounded so wide parents stay cheap). */
function countElementChildren(el: Element, limit: number): number {
  let n = 0;
  for (const c of el.childNodes) if (isElement(c) && ++n >= limit) return n;
  return n;
}
