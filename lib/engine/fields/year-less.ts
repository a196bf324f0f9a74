/**
 * Dates written without their year ("28 nov.", "Nov 28", "28. November"), as event lists and
 * forums write this year's days. A date field with format date or date-time must hold a whole date,
 * so the year is taken from what the page itself says, nearest first: a full date in the same record
 * ("28 nov. – 2 dec. 2026"), else the year most of the page's full dates give, else its "© 2026", else
 * a year in a heading ("Concerts 2026"). With none of those the value is left out rather than given
 * a year the page does not state (the current year would be a guess, wrong for an archive). A
 * plain string field keeps the text as written (match.ts).
 */
import { isText, textContent, walkElements, type ChildNode, type Document, type Element, type ParentNode } from "../dom";
import { parseDate, parseDayMonth } from "./dates";

/** How far up from the date its record may be: the card around the date's element. */
const RECORD_STEPS = 3;
const YEAR = /\b(?:19|20)\d{2}\b/;
const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d{2}\s*[-–—]\s*)?((?:19|20)\d{2})\b/i;

const pad = (n: number) => String(n).padStart(2, "0");

/** The ISO date of a year-less date's text, with the year the page gives it; null when it gives none. */
export function yearLessDate(text: string, el: Element): string | null {
  const day = parseDayMonth(text);
  if (!day) return null;
  const year = recordYear(el) ?? pageYear(rootOf(el));
  return year === null ? null : `${year}-${pad(day.mo)}-${pad(day.d)}`;
}

/** The year of a full date in the elements around this one (its record), the nearest first. */
function recordYear(el: Element): number | null {
  let at: ParentNode | null = el;
  for (let step = 0; step < RECORD_STEPS && at && "parentNode" in at && at.parentNode; step++) {
    at = at.parentNode;
    const text = textContent(at);
    if (!YEAR.test(text) || text.length > 2000) continue;
    const iso = parseDate(text);
    if (iso && text.includes(iso.slice(0, 4))) return Number(iso.slice(0, 4));
  }
  return null;
}

const rootOf = (el: Element): ParentNode => {
  let at: ParentNode = el;
  while ("parentNode" in at && at.parentNode) at = at.parentNode;
  return at;
};

const pageYears = new WeakMap<ParentNode, number | null>();

/** The page's year: most of its full dates', else its copyright's, else a heading's. Read once a page. */
function pageYear(root: ParentNode): number | null {
  if (pageYears.has(root)) return pageYears.get(root)!;
  const counts = new Map<number, number>();
  let copyright: number | null = null;
  let heading: number | null = null;
  walkElements(root as Document, (el) => {
    if (el.tagName === "script" || el.tagName === "style") return false;
    for (const node of el.childNodes as ChildNode[]) {
      if (!isText(node) || !YEAR.test(node.value) || node.value.length > 200) continue;
      const c = COPYRIGHT.exec(node.value);
      if (c) copyright ??= Number(c[1]);
      const iso = parseDate(node.value);
      if (iso && node.value.includes(iso.slice(0, 4))) counts.set(Number(iso.slice(0, 4)), (counts.get(Number(iso.slice(0, 4))) ?? 0) + 1);
      if (/^h[1-3]$/.test(el.tagName)) heading ??= Number(YEAR.exec(node.value)![0]);
    }
  });
  const [top] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  const year = top?.[0] ?? copyright ?? heading;
  pageYears.set(root, year);
  return year;
}
