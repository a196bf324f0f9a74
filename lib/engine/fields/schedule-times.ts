/**
 * Times of a conference schedule or a timetable: a cell holds "09:00–10:30" and the day is written
 * once above the grid ("Tuesday 14 May 2027" as its heading, its caption or its tab). A date-time
 * field ("start", "end") is that day at the cell's time. The day must be a whole date the page
 * writes (day, month and year, its order of day and month not in doubt); without one the field
 * stays empty rather than take a day the page does not give.
 */
import { attr, elementChildren, isElement, textContent, walkElements, type Element, type ParentNode } from "../dom";
import { dayFirstFor, parseDateOn } from "./date-order";
import { parseDateRange } from "./date-ranges";
import { clean } from "./values";

/** A time of day: "09:00", "14h00", "9:30 am", "3 pm" ("7.30pm" too, but never "9.30" alone: a price or a score). */
const TIME = String.raw`(\d{1,2})(?:[:h](\d{2})\s*(?:([ap])\.?m\b\.?)?|\s*([ap])\.?m\b\.?)`;
/** A cell's whole text: one time, or a span of two ("09:00–10:30", "from 9 am to 10:30 am"). */
const TIMES = new RegExp(`^(?:from\\s+)?${TIME}(?:\\s*(?:[-–—]|to|until|till)\\s*${TIME})?$`, "i");

type Clock = { h: number; mi: number };

/** The start and end (when written) of a text that is a time or a span of times; null otherwise. */
export function parseTimes(text: string): { start: Clock; end?: Clock } | null {
  const m = TIMES.exec(clean(text).replace(/\b(\d{1,2})\.(\d{2})(?=\s*[ap]\.?m\b)/gi, "$1:$2"));
  if (!m) return null;
  const endHalf = (m[7] ?? m[8])?.toLowerCase();
  let start = clockOf(m[1]!, m[2], (m[3] ?? m[4])?.toLowerCase());
  const end = m[5] ? clockOf(m[5], m[6], endHalf) : undefined;
  // "9:30 – 11:00 am": the start shares the end's half of the day, unless that would put it after the end.
  if (start && end && !(m[3] ?? m[4]) && endHalf) {
    const shared = clockOf(m[1]!, m[2], endHalf);
    start = shared && minutes(shared) <= minutes(end) ? shared : clockOf(m[1]!, m[2], "a");
  }
  if (!start || (m[5] && !end)) return null;
  return end ? { start, end } : { start };
}

function clockOf(hours: string, mins: string | undefined, half: string | undefined): Clock | null {
  let h = Number(hours);
  const mi = Number(mins ?? 0);
  if (mi > 59) return null;
  if (half) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (half === "p" ? 12 : 0);
  } else if (h > 23) return null;
  return { h, mi };
}
const minutes = (c: Clock) => c.h * 60 + c.mi;

/**
 * The date-time of a schedule cell's time on the day its grid is headed with, as ISO 8601 (UTC, as
 * a time without a zone is read in date-clock.ts): the start, or the end of a span for a field
 * named for the end (`high`). Null when the text is no time or the page gives the grid no day.
 */
export function scheduleDateTime(text: string, el: Element, end: boolean): string | null {
  const times = parseTimes(text);
  if (!times) return null;
  const clock = end ? times.end : times.start;
  if (!clock) return null;
  const day = dayOf(el);
  if (!day) return null;
  const [y, mo, d] = day.split("-").map(Number) as [number, number, number];
  // A span past midnight ("23:00–01:00") ends on the next day.
  const next = end && times.end && minutes(times.end) <= minutes(times.start) ? 1 : 0;
  return new Date(Date.UTC(y, mo - 1, d + next, clock.h, clock.mi)).toISOString().replace(".000Z", "Z");
}

const YEAR = /\b\d{4}\b/;

/**
 * The ISO day a heading's text names, when it names one whole day and nothing less certain: a year
 * written (so no "Today", no "Tue 14 May"), not a span of days ("14–16 May 2027": the event, not the
 * day) and no numeric date whose order of day and month the page leaves open.
 */
export function headingDay(heading: Element): string | null {
  for (const t of [heading, ...descendants(heading)]) {
    const iso = t.tagName === "time" ? attr(t, "datetime") : undefined;
    if (iso && /^\d{4}-\d{2}-\d{2}(?:$|T)/.test(iso)) return iso.slice(0, 10);
  }
  const text = clean(textContent(heading));
  if (text.length > 80 || !YEAR.test(text) || parseDateRange(text)) return null;
  const numeric = /\b(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b/.exec(text);
  if (numeric && !text.includes(".") && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12 && numeric[1] !== numeric[2] && dayFirstFor(text, heading) === undefined) return null;
  return parseDateOn(text, heading);
}

function descendants(el: Element): Element[] {
  const out: Element[] = [];
  walkElements(el, (e) => void out.push(e));
  return out;
}

/** The day of the grid holding `el`: its tab's label, its table's caption, else the nearest heading above it. */
function dayOf(el: Element): string | null {
  for (let at: Element | null = el; at; at = parentOf(at)) {
    const label = tabLabel(at);
    if (label) return headingDay(label);
    const caption = at.tagName === "table" ? elementChildren(at).find((c) => c.tagName === "caption") : undefined;
    const day = caption && headingDay(caption);
    if (day) return day;
  }
  return headingAbove(el);
}

const parentOf = (el: Element): Element | null => (el.parentNode && isElement(el.parentNode) ? el.parentNode : null);

/** The element that labels a tab panel: its tab (aria-labelledby). */
function tabLabel(el: Element): Element | null {
  if (attr(el, "role") !== "tabpanel") return null;
  const ids = attr(el, "aria-labelledby")?.split(/\s+/) ?? [];
  const byId = outlineOf(rootOf(el)).ids;
  for (const id of ids) if (byId.has(id)) return byId.get(id)!;
  return null;
}

type Heading = { at: number; rank: number; el: Element };
type Outline = { order: Map<Element, number>; headings: Heading[]; ids: Map<string, Element> };
const outlines = new WeakMap<object, Outline>();

function rootOf(el: Element): ParentNode {
  let root: ParentNode = el;
  while ((root as { parentNode?: ParentNode | null }).parentNode) root = (root as { parentNode: ParentNode }).parentNode;
  return root;
}

/** The page's elements in document order and its headings (h1–h6, role=heading, a row that is one date cell). */
function outlineOf(root: ParentNode): Outline {
  const known = outlines.get(root);
  if (known) return known;
  const order = new Map<Element, number>();
  const headings: Heading[] = [];
  const ids = new Map<string, Element>();
  walkElements(root, (e) => {
    order.set(e, order.size);
    const id = attr(e, "id");
    if (id && !ids.has(id)) ids.set(id, e);
    const rank = rankOf(e);
    if (rank && !inTablist(e)) headings.push({ at: order.size - 1, rank, el: e });
  });
  const outline = { order, headings, ids };
  outlines.set(root, outline);
  return outline;
}

/** Tabs name panels, not what follows them. */
function inTablist(e: Element): boolean {
  for (let a: Element | null = e; a; a = parentOf(a)) if (attr(a, "role") === "tablist") return true;
  return false;
}

function rankOf(e: Element): number {
  const h = /^h([1-6])$/.exec(e.tagName);
  if (h) return Number(h[1]);
  if (attr(e, "role") === "heading") return Number(attr(e, "aria-level")) || 2;
  // A day row in the grid: `<tr><th colspan=3>Tuesday 14 May 2027</th></tr>`.
  if (e.tagName === "th" && e.parentNode && isElement(e.parentNode) && elementChildren(e.parentNode).length === 1) return 7;
  return 0;
}

/**
 * The day of the nearest heading above `el` that heads its section: walking back, a heading of a
 * lower rank than one already passed is that one's parent; a heading without a day of a rank as high
 * as any before stops the search (the cell is under "Workshops", not under the day above it).
 * Headings inside another record of the same template (an earlier session's title, an earlier day
 * section's heading) are that record's own.
 */
function headingAbove(el: Element): string | null {
  const { order, headings } = outlineOf(rootOf(el));
  const at = order.get(el);
  if (at === undefined) return null;
  let lo = 0;
  let hi = headings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  let above = Infinity;
  for (let i = lo - 1; i >= 0 && above > 1; i--) {
    const h = headings[i]!;
    if (h.rank >= above || insideSibling(h.el, el)) continue;
    const day = headingDay(h.el);
    if (day) return day;
    above = h.rank;
  }
  return null;
}

/** Whether `h` lies in an earlier sibling of one of `el`'s ancestors that has that ancestor's tag and classes. */
function insideSibling(h: Element, el: Element): boolean {
  const mine = new Set<Element>();
  for (let a: Element | null = el; a; a = parentOf(a)) mine.add(a);
  for (let b: Element | null = h; b; b = parentOf(b)) {
    const parent = parentOf(b);
    if (!parent || !mine.has(parent)) continue;
    // b is the child of the common ancestor on h's side; its sibling on el's side:
    const a = elementChildren(parent).find((c) => mine.has(c));
    return !!a && a !== b && a.tagName === b.tagName && (attr(a, "class") ?? "") === (attr(b, "class") ?? "") && rankOf(b) === 0;
  }
  return false;
}
