/**
 * Finds the link to a listing page's next page. Each link gets additive evidence (see
 * pagination/score.ts); links to the same URL are merged, and the best one is returned when its
 * score reaches THRESHOLD. A page without such a link has no next page (null).
 */
import type { Document, Element } from "./dom";
import { xpathFactory } from "./xpath";
import { scriptedMoreSteps } from "./pagination/load-more";
import { collectLinksSteps } from "./pagination/collect";
import { pageContext, scoreLink, THRESHOLD, type Scored } from "./pagination/score";
import { runSteps, type Steps } from "./steps";

export interface NextLink {
  /** Absolute, resolved against <base href> or the page URL, fragment removed. */
  url: string;
  element: Element;
  xpath: string;
  text: string;
  score: number;
  /** Why, e.g. "rel=next +8; in pager +2". */
  reason: string;
}

interface Group {
  best: Scored;
  agreeing: number;
  order: number;
  score: number;
}

const rank = (doc: Document, pageUrl: string): Group[] => runSteps(rankSteps(doc, pageUrl));

/**
 * Scores every link and merges links to the same URL; linear in the number of links. Steps (see
 * steps.ts): a step every STRIDE nodes collected and after each link scored.
 */
function* rankSteps(doc: Document, pageUrl: string): Steps<Group[]> {
  const collected = yield* collectLinksSteps(doc, pageUrl);
  if (!collected) return [];
  const { links, pageNorm, base } = collected;
  const ctx = pageContext(pageNorm, base, links);
  yield;
  const byUrl = new Map<string, Group>();
  for (const link of links) {
    yield;
    const s = scoreLink(link, ctx);
    if (!s || s.score <= 0) continue;
    const prev = byUrl.get(link.url);
    // Top and bottom pagers, or "Next" and the number after current, pointing at the same URL, add a
    // point — only links that have some evidence of their own count, not every link to that URL.
    const counts = s.score >= 3 ? 1 : 0;
    if (!prev) byUrl.set(link.url, { best: s, agreeing: counts, order: byUrl.size, score: s.score });
    else {
      prev.agreeing += counts;
      if (s.score > prev.best.score) prev.best = s;
      prev.score = prev.best.score + (prev.agreeing > 1 ? 1 : 0);
    }
  }
  return [...byUrl.values()];
}

/** Higher score first; ties go to the link seen first in document order. */
const better = (a: Group, b: Group) => b.score - a.score || a.order - b.order;

function toNextLink(g: Group, xpathOf: (el: Element) => string): NextLink {
  const { link, reasons } = g.best;
  return {
    url: link.url,
    element: link.el,
    xpath: xpathOf(link.el),
    text: link.text,
    score: g.score,
    reason: reasons.join("; ") + (g.agreeing > 1 ? `; ${g.agreeing} links agree +1` : ""),
  };
}

/** All links with a positive score, best first, one per URL. For debugging and the bench. */
export function nextLinkCandidates(doc: Document, pageUrl: string): NextLink[] {
  const xpathOf = xpathFactory();
  return rank(doc, pageUrl)
    .sort(better)
    .map((g) => toNextLink(g, xpathOf));
}

export function findNextLink(doc: Document, pageUrl: string): NextLink | null {
  return nextOf(rank(doc, pageUrl));
}

function nextOf(groups: Group[]): NextLink | null {
  let top: Group | null = null;
  for (const g of groups) if (!top || better(top, g) > 0) top = g;
  return top && top.score >= THRESHOLD ? toNextLink(top, xpathFactory()) : null;
}

/**
 * The page's <link rel="next"> in its head when no link on the page confirms it (findNextLink then
 * ranks it as a hint only: CMSs emit it on layouts with no pager). For a crawl that checks the next
 * page lists records like this one, that declaration is enough to try.
 */
export function declaredNextLink(doc: Document, pageUrl: string): NextLink | null {
  return declaredOf(rank(doc, pageUrl));
}

function declaredOf(groups: Group[]): NextLink | null {
  const declared = groups.find((g) => g.best.link.inHead && g.best.link.rel.includes("next"));
  return declared ? toNextLink(declared, xpathFactory()) : null;
}

/**
 * findNextLink, else declaredNextLink, else the address a script-run "Load more" names
 * (pagination/load-more.ts): what a crawl follows. As steps (see steps.ts): the links are
 * collected and scored once for the first two.
 */
export function* nextOrDeclaredSteps(doc: Document, pageUrl: string): Steps<NextLink | null> {
  const groups = yield* rankSteps(doc, pageUrl);
  const linked = nextOf(groups) ?? declaredOf(groups);
  if (linked) return linked;
  const more = yield* scriptedMoreSteps(doc, pageUrl);
  if (!more?.url) return null;
  return { url: more.url.href, element: more.el, xpath: xpathFactory()(more.el), text: more.label, score: THRESHOLD, reason: `"${more.label}" control's ${more.attr}` };
}

/**
 * The label of a "Load more" control that a script runs (a <button>, or a link to nowhere: no
 * href, "#", "javascript:"), when the page has one: the engine runs no scripts, so what it would
 * load is not read, and the task should say so rather than end as if the list were complete.
 */
export const scriptedLoadMore = (doc: Document): string | null => runSteps(scriptedLoadMoreSteps(doc));

/** scriptedLoadMore as steps (see steps.ts): a step every STRIDE elements. */
export function* scriptedLoadMoreSteps(doc: Document): Steps<string | null> {
  // (No page URL: only the label is wanted, not the address it may name.)
  return (yield* scriptedMoreSteps(doc, "about:blank"))?.label ?? null;
}
