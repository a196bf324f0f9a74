/**
 * A plain meta line that says who and when in one text, with no element around either part: "By
 * Jordan P. · 3 days ago", "Posted by Jordan P. on 2026-03-12", "Jordan P. — 12 March 2026". Read
 * as one value it is neither a name nor a date (the whole line landed in a date column); its parts
 * are of two clearly different kinds, so an inferred reading splits it into a doer's column with the
 * name (bylines.ts reads it) and a date column with the date, as ISO. A line with anything more
 * ("· 8 min read"), or whose first part is no byline name, stays one value.
 */
import { originOf } from "./origin";
import type { Piece } from "./pieces";
import { onlyDate, parseDate } from "./dates";
import { bylinePlan, readByline, splitDateByline } from "./bylines";
import { classKey, type Column } from "./infer-names";
import { tokens } from "./spec";

export interface BylineDate {
  name: string;
  /** The date as the line shows it ("3 days ago", "12 March 2026"). */
  date: string;
}

/** A name, an attribution dash, a date: "Jordan P. — 12 March 2026". */
const NAME_DASH_DATE = /^(.+?)\s+[–—]\s+(.+)$/u;
/** Classes that say an element is a byline without naming a doer. */
const BYLINE_CLASS = /\b(?:byline|attribution|credits?)\b/i;
/** What joins the name to the date: a separator, "on", "at". */
const JOIN = /^(?:[·•|,;:–—-]\s*|(?:on|at)\s+)+/iu;
/** A person's name without a "By": two to four capitalised words ("Ann Lee", "Jordan P."), no digits. */
const PERSON = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * The name and the date a line gives, when it gives nothing else; null otherwise. A name before a
 * dash with no "By" ("Jordan P. — 12 March 2026") counts only when the element is known to be a
 * byline (`bare`, from its class): otherwise "New York — 12 March 2026" or "Royal Albert Hall — 3
 * May" (a venue, as event lists write it) would read as an author.
 */
export function splitBylineDate(text: string, bare = false): BylineDate | null {
  const t = text.replace(/\s+/g, " ").trim();
  if (!t || t.length > 100) return null;
  // "3 Jan 2019 by admin": the date first, as a forum's last post writes it.
  const first = splitDateByline(t);
  if (first) return { name: first.byline.name, date: first.date };
  let name: string | null = null;
  let rest = "";
  const by = readByline(t);
  const at = by ? t.indexOf(by.name) : -1;
  if (by && at >= 0) {
    name = by.name;
    rest = t.slice(at + by.name.length);
  } else if (bare) {
    // Without a "By", only a dash attributes: "Main Hall · 12 March" is a venue and a date.
    const m = NAME_DASH_DATE.exec(t);
    const bare = m && PERSON.test(m[1]!) ? readByline(`By ${m[1]}`) : null;
    if (bare && bare.name === m![1]) {
      name = bare.name;
      rest = m![2]!;
    }
  }
  if (!name) return null;
  const date = rest.trim().replace(JOIN, "").trim();
  return date && onlyDate(date) && parseDate(date) ? { name, date } : null;
}

/**
 * The two columns of a slot whose pieces are mostly such lines: the doer (named by the slot's class
 * when it names one, "reviewer"; else "author") and the date. Null when they are not.
 */
export function bylineDateColumns(pieces: Piece[], skip: Set<string>): [Column, Column] | null {
  const cls = classKey(pieces[0]!.el, skip);
  const doer = cls ? bylinePlan(tokens(cls)) !== null : false;
  const bare = doer || (cls !== null && BYLINE_CLASS.test(cls));
  const split = (p: Piece) => splitBylineDate(p.value, bare);
  // Most slots are no such line: stop at the first misses that settle it (a 30,000-row table).
  let misses = 0;
  for (const p of pieces) if (split(p) === null && ++misses > pieces.length * 0.4) return null;
  const fits = (p: Piece) => split(p) !== null;
  const origin = (p: Piece) => originOf(p, "text");
  return [
    { key: cls && doer && !BYLINE_CLASS.test(cls) ? cls : "author", read: (p) => split(p)?.name, origin, fits },
    { key: "date", read: (p) => parseDate(split(p)?.date ?? "") ?? undefined, origin, fits },
  ];
}
