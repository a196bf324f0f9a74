/**
 * Scores one collected link as "the next page". Additive evidence, each with a reason so a wrong pick
 * can be explained: explicit markup (rel=next), labels (text, aria-label, title, alt), class/id
 * tokens, the numbered-pager position, the URL's page number, and the container it sits in.
 */
import { attr } from "../dom";
import type { RawLink } from "./collect";
import { classifyLabel, classifyTokens, hasChronoToken, hasDisabledToken, type LabelSignal } from "./lexicon";
import { pageRef, siteOf, stripTail, urlStep, type PageRef } from "./urls";

export interface Scored {
  link: RawLink;
  score: number;
  reasons: string[];
}

export interface PageContext {
  page: URL;
  pageRef: PageRef | null;
  pageNorm: string;
  pageKey: string;
  /** Sites that count as "this site": the page's and its <base href>'s. */
  sites: Set<string>;
  /** URLs that some link in the body leads to: what a reader of the page can actually follow. */
  shown: Set<string>;
}

/** Minimum total for a link to be returned as the next page. */
export const THRESHOLD = 5;

const LABEL_POINTS: Record<number, number> = { 3: 6, 2: 4, 1: 2 };

export function scoreLink(link: RawLink, ctx: PageContext): Scored | null {
  if (link.url === ctx.pageNorm || isDisabled(link)) return null;
  const url = link.parsed;
  // The current page under another spelling (tracking parameters, parameter order, trailing slash);
  // only links to the same path can be, which a string test finds cheaply.
  if (url.origin === ctx.page.origin && samePath(url.pathname, ctx.page.pathname) && stripTail(new URL(link.url)) === ctx.pageKey) return null;
  let score = 0;
  const reasons: string[] = [];
  const add = (points: number, why: string) => {
    score += points;
    reasons.push(`${why} ${points > 0 ? "+" : ""}${points}`);
  };

  const inItemNav = link.itemNavDistance >= 0 && link.itemNavDistance <= 6;
  const inPager = link.pagerDistance >= 0 && link.pagerDistance <= 6 && !inItemNav;
  // A <link rel=next> that no link on the page leads to is metadata the CMS emits whatever the
  // theme shows: WordPress and SEO plugins put it on magazine-style front pages and "load more"
  // layouts that show no pager. Without a visible link to confirm it, it is only a hint.
  const unshown = link.inHead && !ctx.shown.has(link.url);
  if (link.rel.includes("next")) {
    // Old blog engines put <link rel="next" title="Post title"> on articles for the adjacent post.
    const title = attr(link.el, "title");
    const adjacentPost = link.inHead && !!title && classifyLabel(title).direction !== "next";
    if (unshown) add(3, "<link rel=next> no visible link leads to");
    else add(adjacentPost ? 3 : 8, link.inHead ? "<link rel=next>" : "rel=next");
  }
  if (link.rel.includes("prev") || link.rel.includes("previous")) add(-10, "rel=prev");

  const label = bestLabel(link);
  if (label.direction === "next") {
    add(labelPoints(label), label.why);
    if (label.calendar) add(-6, "calendar label");
  } else if (label.direction === "prev") add(-8, `prev ${label.why}`);
  else if (label.direction === "edge") add(-7, `first/last ${label.why}`);

  const own = classifyTokens(link.ownTokens);
  const wrap = own === "none" ? classifyTokens(link.wrapperTokens) : "none";
  const tokDir = own !== "none" ? own : wrap;
  const tokWhy = own !== "none" ? "class" : "wrapper class";
  // A link whose own text says something else ("Fiction & Literature" with an arrow-right icon) is a
  // menu entry; class/icon hints only count for links whose text is empty, a number or a nav label.
  const ownWords = label.direction === "none" && /\p{L}{3}/u.test(link.text);
  if (tokDir === "next") add(ownWords ? 1 : own !== "none" ? 4 : 3, `${tokWhy} next`);
  else if (tokDir === "none" && label.direction === "next" && hasChronoToken([...link.ownTokens, ...link.wrapperTokens]))
    add(1, "class older/newer");
  else if (tokDir === "prev") add(-6, `${tokWhy} prev`);
  else if (tokDir === "edge") add(-5, `${tokWhy} first/last`);

  // "Next article" / "Following post", or anything in a post-navigation block, moves between single
  // items, not listing pages.
  const nextish = label.direction === "next" || link.rel.includes("next") || tokDir === "next";
  if (nextish && (label.itemNav || inItemNav)) add(inPager ? -3 : -10, "item navigation");

  if (link.afterCurrent) add(5, `page number ${link.afterCurrent.value} after current ${link.afterCurrent.current}`);

  if (inPager) add(2, "in pager");
  else if (link.navDistance >= 0 && link.navDistance <= 4) add(1, "in nav");

  if (!ctx.sites.has(siteOf(url))) add(-6, "other host");
  else {
    if (isCalendarUrl(url)) add(-6, "calendar navigation");
    // Page markers and number steps need digits in the URL.
    const step = /\d/.test(link.url) && !unshown ? urlStep(ctx.page, ctx.pageRef, url, pageRef(url)) : null;
    if (step) {
      if (step.delta === 1) add(3, step.why);
      else if (step.delta > 1 && step.delta < 2) add(1.5, step.why);
      else if (step.delta <= 0) add(-2, step.why);
    }
  }
  return { link, score, reasons };
}

function isDisabled(link: RawLink): boolean {
  const aria = attr(link.el, "aria-disabled");
  if (aria === "true") return true;
  if (attr(link.el, "disabled") !== undefined) return true;
  return hasDisabledToken(link.ownTokens) || hasDisabledToken(link.wrapperTokens);
}

/**
 * The visible text decides the direction when it has one; aria-label/title/alt can make it more
 * certain ("›" titled "Next page") or supply it for icon-only links.
 */
function bestLabel(link: RawLink): LabelSignal {
  const fromText = classifyLabel(link.text);
  let best = fromText;
  for (const extra of link.extraLabels) {
    const sig = classifyLabel(extra);
    if (sig.direction === "none") continue;
    if (fromText.direction !== "none" && sig.direction !== fromText.direction) continue;
    if (best.direction === "none" || labelPoints(sig) > labelPoints(best)) best = { ...sig, why: `label ${sig.why}` };
  }
  return best;
}

/** A bare arrow (», ›) is also used by calendars and carousels, so it needs one more signal to pass. */
const labelPoints = (l: LabelSignal) => (l.symbol ? l.strength + 1 : (LABEL_POINTS[l.strength] ?? 2));

export function pageContext(pageNorm: string, base: URL, links: readonly RawLink[]): PageContext {
  const page = new URL(pageNorm);
  const sites = new Set([siteOf(page), siteOf(base)]);
  const shown = new Set<string>();
  for (const l of links) if (!l.inHead) shown.add(l.url);
  return { page, pageRef: pageRef(page), pageNorm, pageKey: stripTail(new URL(pageNorm)), sites, shown };
}

/** Next month/week links of event calendars look like pagers but page through dates. */
function isCalendarUrl(u: URL): boolean {
  for (const [name, value] of u.searchParams) {
    if (/^(?:date|day|month|week|year|mini|cal|calendar|ym|yearmonth)$/i.test(name) && value) return true;
    if (/^\d{4}-\d{2}(?:-\d{2})?$/.test(value)) return true;
  }
  return false;
}

const samePath = (a: string, b: string) => a === b || a.replace(/\/+$/, "") === b.replace(/\/+$/, "");
