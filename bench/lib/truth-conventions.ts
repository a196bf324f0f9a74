/**
 * How NEXT-EVAL's truth marks records, page by page, and what the truth's own inconsistency costs a
 * detector that follows one convention on every page.
 *
 * Two choices vary between pages of the truth:
 *  - page chrome: some pages mark every list in a nav, header or footer (menus, footer columns),
 *    most mark none;
 *  - nesting: some pages list each item twice, the item and a wrapper inside it (li and li > div),
 *    or a menu and its submenus; most list each item once. When the wrapper holds all of the item's
 *    text, the two are the same record to the score (the same text set) listed twice: `duplicates`
 *    counts those, and no detector that lists each record once can match them.
 * A detector sees one page at a time and has no way to know which choice the annotator made there.
 * The ceiling below scores the truth, with the marked chrome or nested records taken out, against the
 * whole truth: what a detector that is perfect in every other way would score if it never marked
 * chrome lists, or never nested records (as takeDisjoint never does).
 */
import { attr, type Element } from "../../lib/engine/dom";
import { parentElement } from "../../lib/engine/records/features";
import { scoreRecords, type TextIndex } from "./record-score";

const CHROME_ROLES = new Set(["navigation", "banner", "contentinfo", "menu", "menubar"]);
/** A header or footer inside one of these is that section's, not the page's (as ARIA maps them). */
const SECTIONING = new Set(["article", "aside", "main", "nav", "section"]);

/**
 * Inside page chrome: a nav, the page's header or footer (not one inside a main, article, section…),
 * or an element with one of their roles. A <main> ends the climb.
 */
export function inStructuralChrome(el: Element): boolean {
  for (let n: Element | null = el; n && n.tagName !== "body"; n = parentElement(n)) {
    if (n.tagName === "main" || attr(n, "role") === "main") return false;
    if (n.tagName === "nav" || CHROME_ROLES.has(attr(n, "role") ?? "")) return true;
    if ((n.tagName === "header" || n.tagName === "footer") && !withinSection(n)) return true;
  }
  return false;
}

function withinSection(el: Element): boolean {
  for (let n = parentElement(el); n && n.tagName !== "body"; n = parentElement(n)) if (SECTIONING.has(n.tagName)) return true;
  return false;
}

/** Records one of whose elements sits strictly below an element of another truth record. */
export function nestedRecords(truth: readonly string[][]): Set<number> {
  const elements = new Set(truth.flat());
  const out = new Set<number>();
  truth.forEach((rec, i) => {
    for (const xp of rec) {
      for (let p = xp.slice(0, xp.lastIndexOf("/")); p.lastIndexOf("/") > 0; p = p.slice(0, p.lastIndexOf("/"))) {
        if (elements.has(p)) {
          out.add(i);
          return;
        }
      }
    }
  });
  return out;
}

/** Records whose text set (what the score compares) equals an earlier record's. */
export function duplicateRecords(index: TextIndex, truth: readonly string[][]): Set<number> {
  const seen = new Set<string>();
  const out = new Set<number>();
  truth.forEach((rec, i) => {
    const key = [...index.textSet(rec)].sort().join("\n");
    if (seen.has(key)) out.add(i);
    else seen.add(key);
  });
  return out;
}

export interface PageConventions {
  /** Truth records inside nav/header/footer. */
  chrome: number;
  /** Truth records nested in another truth record. */
  nested: number;
  /** Truth records with the same text set as an earlier one: the same record listed again. */
  duplicates: number;
  /** The truth with those left out: what a detector that lists each record once is scored against. */
  merged: string[][];
  /** F1 of a perfect detector that lists each record once. */
  ceilingNoDuplicates: number;
  /** F1 of a perfect detector that never marks chrome lists / never nests records / neither. */
  ceilingNoChrome: number;
  ceilingNoNested: number;
  ceilingBoth: number;
}

export function pageConventions(index: TextIndex, truth: readonly string[][]): PageConventions {
  const chromeSet = new Set<number>();
  truth.forEach((rec, i) => {
    const el = index.byPath.get(rec[0]!);
    if (el && inStructuralChrome(el)) chromeSet.add(i);
  });
  const nestedSet = nestedRecords(truth);
  const keep = (drop: (i: number) => boolean) => truth.filter((_, i) => !drop(i));
  const duplicateSet = duplicateRecords(index, truth);
  const merged = keep((i) => duplicateSet.has(i));
  return {
    chrome: chromeSet.size,
    nested: nestedSet.size,
    duplicates: duplicateSet.size,
    merged,
    ceilingNoDuplicates: scoreRecords(index, truth, merged).f1,
    ceilingNoChrome: scoreRecords(index, truth, keep((i) => chromeSet.has(i))).f1,
    ceilingNoNested: scoreRecords(index, truth, keep((i) => nestedSet.has(i))).f1,
    ceilingBoth: scoreRecords(index, truth, keep((i) => chromeSet.has(i) || nestedSet.has(i))).f1,
  };
}
