/**
 * A listing's featured first item: news rivers, blogs and shops often open with a hero story drawn
 * in its own template (a bigger picture, an <h1> instead of an <h3>, its own classes), so record
 * detection, which needs repetition, leaves it out of the region that follows it.
 *
 * The element just before the region's first record (inside the region's parent, or just before
 * the parent) is taken as one more record when, read with the listing's fields, it fills every field
 * most of the listing's rows fill, and at least MIN_FIELDS of them: an item like the others, only
 * drawn bigger. A heading, an intro line or a banner fills too few of them; a block as long as
 * several records (a second listing) is not one item. Filling fields is a low bar, so the lead must
 * also look like ONE item of this listing (see looksLikeOneItem): a filter column ("Under $50",
 * "4 stars & up") or a sponsored tile fills a name, a price and a rating too. Only with fields asked
 * for: without them the columns come from the records' own template, which the lead does not share.
 */
import { attr, classList, hasVisibleText, isElement, normalizeSpace, textContent, walkElements, type Element } from "./dom";
import type { RecordRegion } from "./records";
import { parentElement } from "./records/features";
import { chromeFactor } from "./records/chrome";
import { mapSteps, runSteps, type Steps } from "./steps";

/** Fields most rows fill that the lead must fill too, at least. */
const MIN_FIELDS = 3;
/** The lead's text, at most this many times the longest record's. */
const MAX_TEXT_RATIO = 3;

const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
/** A filter or sort panel is made of these; an item to read is not. */
const FORM_TAGS = new Set(["form", "input", "select", "textarea"]);
/** A label that marks a paid placement, not one of the listing's items. */
const AD_LABEL = /^(sponsored|advertisement|advert|ad|ads|promoted|paid (post|content|partner)|anzeige|werbung|publicidad|publicité|patrocinado)$/i;
/** The same, as a class or id word ("story--sponsored", "ad-slot"). */
const AD_CLASS = /(^|[-_])(sponsored|advert|advertisement|ad|ads|promoted)($|[-_])/i;

/** The element that may be the listing's featured first item (see the header), or null. */
export function leadElement(region: RecordRegion, pageUrl: string): Element | null {
  return runSteps(leadElementSteps(region, pageUrl));
}

/** leadElement as steps (see steps.ts): every record's text and links are read, 100,000 on a long listing. */
export function* leadElementSteps(region: RecordRegion, pageUrl: string): Steps<Element | null> {
  const first = region.records[0]?.[0];
  // A table's rows follow its header row, never a featured row.
  if (!first || region.kind === "table") return null;
  let lead: Element | null = null;
  for (let n: Element | null = first; n && !lead; n = n === region.parent ? null : parentElement(n)) {
    lead = previousVisible(n);
    if (n === region.parent) break;
  }
  if (!lead || HEADING_TAGS.has(lead.tagName) || chromeFactor(lead) !== chromeFactor(first)) return null;
  // A fold, not Math.max(...): spread over 150,000 records it overflows the stack.
  let longest = 0;
  for (const r of region.records) {
    longest = Math.max(longest, r.reduce((t, el) => t + textContent(el).length, 0));
    yield;
  }
  if (textContent(lead).length > longest * MAX_TEXT_RATIO) return null;
  return (yield* looksLikeOneItem(lead, region.records, pageUrl)) ? lead : null;
}

/** Does the lead's row fill every field that most of the listing's rows fill (MIN_FIELDS at least)? */
export function leadCovers<Row>(lead: Row, rows: Row[], names: string[], filled: (row: Row, name: string) => boolean): boolean {
  const usual = names.filter((name) => rows.filter((r) => filled(r, name)).length * 2 > rows.length);
  return usual.length >= MIN_FIELDS && usual.every((name) => filled(lead, name));
}

/**
 * Is the lead one item of this listing rather than what sits beside it? It holds no form control
 * (a filter or sort panel does), carries no paid-placement label or class (a sponsored tile), links
 * to no more places than the records link to at most (a facet list links to one place per choice),
 * and links only to the hosts the records link to (an ad links to its ad server), never to this very
 * page (a filter or sort link is the page itself with a query).
 */
function* looksLikeOneItem(lead: Element, records: Element[][], pageUrl: string): Steps<boolean> {
  const within = [lead, ...descendants(lead)];
  if (within.some((el) => FORM_TAGS.has(el.tagName))) return false;
  const words = (el: Element) => [...classList(el), ...(attr(el, "id")?.split(/\s+/) ?? [])];
  if (within.some((el) => words(el).some((w) => AD_CLASS.test(w)))) return false;
  if (within.some((el) => AD_LABEL.test(normalizeSpace(textContent(el))))) return false;
  const own = linkTargets([lead], pageUrl);
  const theirs = yield* mapSteps(records, (r) => linkTargets(r, pageUrl));
  if (own.length > theirs.reduce((m, t) => Math.max(m, t.length), 0)) return false;
  const hosts = new Set(theirs.flat().map((u) => u.host));
  const page = parseUrl(pageUrl, pageUrl);
  return own.every((u) => hosts.has(u.host) && !(page && u.host === page.host && u.pathname === page.pathname));
}

/** The distinct places the elements link to, resolved against the page. */
function linkTargets(els: Element[], pageUrl: string): URL[] {
  const seen = new Map<string, URL>();
  for (const el of els) {
    for (const a of [el, ...descendants(el)]) {
      const href = a.tagName === "a" ? attr(a, "href") : undefined;
      const url = href === undefined ? null : parseUrl(href, pageUrl);
      if (url && /^https?:$/.test(url.protocol)) seen.set(url.origin + url.pathname + url.search, url);
    }
  }
  return [...seen.values()];
}

function parseUrl(href: string, base: string): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

function descendants(el: Element): Element[] {
  const out: Element[] = [];
  walkElements(el, (d) => {
    out.push(d);
  });
  return out;
}

function previousVisible(el: Element): Element | null {
  const parent = el.parentNode;
  if (!parent) return null;
  const siblings = parent.childNodes.filter(isElement);
  for (let i = siblings.indexOf(el) - 1; i >= 0; i--) {
    const s = siblings[i]!;
    if (hasVisibleText(s)) return s;
  }
  return null;
}
