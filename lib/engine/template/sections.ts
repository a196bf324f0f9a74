/**
 * Listings split into sections: events by month, a changelog by version, news by day, a directory
 * by letter. Each section is a heading and its own short list, all
 * lists of one record template; record detection sees each list apart and takes the best one, so
 * the other sections' records would be dropped without a word. Here the region the page chose is
 * widened to every sibling section that holds records of its template, in page order.
 *
 * A section is the region's parent or one of its nearest ancestors, and its siblings count only
 * when they are alike (same tag, same classes, as much page chrome), reached the same way down to
 * their list, and headed (a heading before their records, inside the section or just before it)
 * as steps of one series with the region's own heading: months, days, letters, versions, numbered
 * parts (section-headings.ts). A shared class alone proves nothing: a blog's "Latest", "Sponsored"
 * and "Most popular" blocks are alike, but are other lists, and a "Popular" block would be re-added
 * on every page of the listing. A sidebar's "related events" sits elsewhere, or is classed or
 * headed otherwise, and stays out; sections headed by names (a shop's categories) are not united.
 */
import { attr, classList, elementChildren, hasVisibleText, textContent, type Element } from "../dom";
import type { RecordRegion } from "../records";
import { parentElement } from "../records/features";
import { chromeFactor } from "../records/chrome";
import { recordTemplateSteps } from "./build";
import { sameSeries, seriesKinds, type SeriesKind } from "./section-headings";
import { templateRecordsUnderSteps } from "./match";
import { matchesStep, stepOf, type RecordTemplate, type TemplateStep } from "./steps";
import { runSteps, type Steps } from "../steps";
import { appendAll } from "../append";

/** How far above the region's parent a section may be (section > div.list > ul > li: two). */
const MAX_CLIMB = 2;

const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "caption", "legend"]);
const HEADING_WORDS = /(^|[-_\s])(heading|headline|title|caption|header)([-_\s]|$)/i;

/**
 * `region` with the records of its sibling sections (see the header), or `region` itself when it
 * has none. The widened region's parent is the sections' parent, so its template (template.ts)
 * finds every section's records on the listing's other pages too.
 */
export function acrossSections(region: RecordRegion, named = false): RecordRegion {
  return runSteps(acrossSectionsSteps(region, named));
}

/** acrossSections as steps (see steps.ts): the region's template reads every record. */
export function* acrossSectionsSteps(region: RecordRegion, named = false): Steps<RecordRegion> {
  const first = region.records[0]?.[0];
  if (!first) return region;
  const template = yield* recordTemplateSteps(region);
  // From the section down to the region's parent: empty while the section is the parent itself.
  const down: TemplateStep[] = [];
  let section = region.parent;
  for (let climb = 0; climb <= MAX_CLIMB; climb++) {
    const above = parentElement(section);
    if (!above || above.tagName === "html" || section.tagName === "body") break;
    yield;
    const widened = yield* widenSteps(region, template, section, above, down, first, named);
    if (widened) return widened;
    down.unshift(stepOf(section));
    section = above;
  }
  return region;
}

/** The region widened to the sibling sections of `section` below `above`, or null; a step per sibling and per record read. */
function* widenSteps(region: RecordRegion, template: RecordTemplate, section: Element, above: Element, down: TemplateStep[], first: Element, named: boolean): Steps<RecordRegion | null> {
  const siblings = elementChildren(above).filter((s) => alike(s, section));
  if (siblings.length < 2) return null;
  // The region's own heading sets the series its siblings' headings must continue (section-headings.ts);
  // `named` sections (departments: the caller has made sure they group its records) need a heading only.
  const seriesOf = named ? headedOf : seriesKindsOf;
  const series = seriesOf(section, first);
  if (!series) return null;
  const records: Element[][] = [];
  let added = 0;
  for (const sibling of siblings) {
    if (sibling === section) {
      appendAll(records, region.records);
      continue;
    }
    yield;
    const list = follow(sibling, down);
    const found = list ? yield* templateRecordsUnderSteps(list, template) : [];
    const kinds = found.length ? seriesOf(sibling, found[0]![0]!) : null;
    if (!kinds || !sameSeries(series, kinds)) continue;
    appendAll(records, found);
    added++;
  }
  if (!added) return null;
  const out: RecordRegion = { kind: region.kind, parent: above, records, score: region.score };
  if (region.headers) out.headers = region.headers;
  return out;
}

/** Same tag and classes, and as much page chrome (a section classed or placed as a sidebar is not). */
function alike(el: Element, section: Element): boolean {
  if (el.tagName !== section.tagName || !hasVisibleText(el)) return false;
  const a = stepOf(el).classes.join(" ");
  const b = stepOf(section).classes.join(" ");
  return a === b && chromeFactor(el) === chromeFactor(section);
}

/** The one element reached from `from` by `steps` (each the only child that matches), else null. */
function follow(from: Element, steps: TemplateStep[]): Element | null {
  let at = from;
  for (const step of steps) {
    const next = elementChildren(at).filter((k) => matchesStep(k, step));
    if (next.length !== 1) return null;
    at = next[0]!;
  }
  return at;
}

/** The series kinds of the section's heading, or null when it is unheaded or its heading names no series. */
function seriesKindsOf(section: Element, firstRecord: Element): Set<SeriesKind> | null {
  const heading = headingOf(section, firstRecord);
  const kinds = heading ? seriesKinds(textContent(heading)) : null;
  return kinds?.size ? kinds : null;
}

/** Every kind: a named section's heading continues any other's. */
const NAMED = new Set<SeriesKind>(["letter", "version", "part", "date"]);

/** Any heading, as one series with every other: sections headed by names (departments). */
function headedOf(section: Element, firstRecord: Element): Set<SeriesKind> | null {
  return headingOf(section, firstRecord) ? NAMED : null;
}

/** The heading before the section's first record: the nearest inside the section, or just before the section. */
function headingOf(section: Element, firstRecord: Element): Element | null {
  for (let n: Element | null = firstRecord; n && n !== section; n = parentElement(n)) {
    const parent = parentElement(n);
    if (!parent) break;
    let nearest: Element | null = null;
    for (const before of elementChildren(parent)) {
      if (before === n) break;
      nearest = headingIn(before) ?? nearest;
    }
    if (nearest) return nearest;
  }
  const kids = elementChildren(parentElement(section) ?? section);
  const previous = kids[kids.indexOf(section) - 1];
  return previous !== undefined && isHeading(previous) ? previous : null;
}

export const isHeading = (el: Element) =>
  hasVisibleText(el) && (HEADING_TAGS.has(el.tagName) || attr(el, "role") === "heading" || classList(el).some((c) => HEADING_WORDS.test(c)));

/** `el` when it is a heading, else the first heading inside it. */
export function headingIn(el: Element): Element | null {
  if (isHeading(el)) return el;
  for (const kid of elementChildren(el)) {
    const found = headingIn(kid);
    if (found) return found;
  }
  return null;
}
