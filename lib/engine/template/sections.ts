/**
 * Listings split into sections: events by month, a changelog by version, news by day, a directory
 * by letter, a shop's products by category. Each section is a heading and its own short list, all
 * lists of one record template; record detection sees each list apart and takes the best one, so
 * the other sections' records would be dropped without a word. Here the region the page chose is
 * widened to every sibling section that holds records of its template, in page order.
 *
 * A section is the region's parent or one of its nearest ancestors, and its siblings count only
 * when they are alike (same tag, same classes, as much page chrome), reached the same way down to
 * their list, and headed (a heading before their records, inside the section or just before it):
 * a sidebar's "related events" sits elsewhere, or is classed or headed otherwise, and stays out.
 */
import { attr, classList, elementChildren, hasVisibleText, type Element } from "../dom";
import type { RecordRegion } from "../records";
import { chromeFactor, parentElement } from "../records/features";
import { recordTemplate } from "./build";
import { templateRecordsUnder } from "./match";
import { matchesStep, stepOf, type TemplateStep } from "./steps";

/** How far above the region's parent a section may be (section > div.list > ul > li: two). */
const MAX_CLIMB = 2;

const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "caption", "legend"]);
const HEADING_WORDS = /(^|[-_\s])(heading|headline|title|caption|header)([-_\s]|$)/i;

/**
 * `region` with the records of its sibling sections (see the header), or `region` itself when it
 * has none. The widened region's parent is the sections' parent, so its template (template.ts)
 * finds every section's records on the listing's other pages too.
 */
export function acrossSections(region: RecordRegion): RecordRegion {
  const first = region.records[0]?.[0];
  if (!first) return region;
  const template = recordTemplate(region);
  // From the section down to the region's parent: empty while the section is the parent itself.
  const down: TemplateStep[] = [];
  let section = region.parent;
  for (let climb = 0; climb <= MAX_CLIMB; climb++) {
    const above = parentElement(section);
    if (!above || above.tagName === "html" || section.tagName === "body") break;
    const widened = widen(region, template, section, above, down, first);
    if (widened) return widened;
    down.unshift(stepOf(section));
    section = above;
  }
  return region;
}

function widen(region: RecordRegion, template: ReturnType<typeof recordTemplate>, section: Element, above: Element, down: TemplateStep[], first: Element): RecordRegion | null {
  const siblings = elementChildren(above).filter((s) => alike(s, section));
  if (siblings.length < 2 || !headed(section, first)) return null;
  const records: Element[][] = [];
  let added = 0;
  for (const sibling of siblings) {
    if (sibling === section) {
      records.push(...region.records);
      continue;
    }
    const list = follow(sibling, down);
    const found = list ? templateRecordsUnder(list, template) : [];
    if (!found.length || !headed(sibling, found[0]![0]!)) continue;
    records.push(...found);
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

/** A heading before the section's first record: inside the section, or just before the section. */
function headed(section: Element, firstRecord: Element): boolean {
  for (let n: Element | null = firstRecord; n && n !== section; n = parentElement(n)) {
    const parent = parentElement(n);
    if (!parent) break;
    for (const before of elementChildren(parent)) {
      if (before === n) break;
      if (holdsHeading(before)) return true;
    }
  }
  const kids = elementChildren(parentElement(section) ?? section);
  const previous = kids[kids.indexOf(section) - 1];
  return previous !== undefined && isHeading(previous);
}

const isHeading = (el: Element) =>
  hasVisibleText(el) && (HEADING_TAGS.has(el.tagName) || attr(el, "role") === "heading" || classList(el).some((c) => HEADING_WORDS.test(c)));

function holdsHeading(el: Element): boolean {
  if (isHeading(el)) return true;
  return elementChildren(el).some(holdsHeading);
}
