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
import { parseDayMonth } from "./dates";
import { parseDateOn } from "./date-order";
import { yearLessDate } from "./year-less";
import { splitBylineDate } from "./bylines";
import { bylinePlan } from "./byline-doers";
import { classKey, type Column } from "./infer-names";
import { tokens } from "./spec";

/** Classes that say an element is a byline without naming a doer. */
const BYLINE_CLASS = /\b(?:byline|attribution|credits?)\b/i;

/**
 * The two columns of a slot whose pieces are mostly such lines: the doer (named by the slot's class
 * when it names one, "reviewer"; else "author") and the date. Null when they are not.
 */
export function bylineDateColumns(pieces: Piece[], skip: Set<string>): [Column, Column] | null {
  const cls = classKey(pieces[0]!.el, skip);
  const doer = cls ? bylinePlan(tokens(cls)) !== null : false;
  const bare = doer || (cls !== null && BYLINE_CLASS.test(cls));
  // A dateline among the bylines names a place, not a person: it gives the date alone (dateline-slots.ts).
  const split = (p: Piece): { name?: string; date: string } | null => (p.dateline ? { date: p.dateline.date } : splitBylineDate(p.value, bare));
  // Most slots are no such line: stop at the first misses that settle it (a 30,000-row table).
  let misses = 0;
  for (const p of pieces) if (split(p) === null && ++misses > pieces.length * 0.4) return null;
  // (Datelines alone are datelineColumns'.)
  if (pieces.every((p) => p.dateline || !split(p))) return null;
  const fits = (p: Piece) => split(p) !== null;
  const origin = (p: Piece) => originOf(p, "text");
  const date = (p: Piece) => {
    const written = split(p)?.date ?? "";
    return parseDateOn(written, p.el) ?? yearLessDate(written, p.el) ?? (parseDayMonth(written) ? written : undefined);
  };
  return [
    { key: cls && doer && !BYLINE_CLASS.test(cls) ? cls : "author", read: (p) => split(p)?.name, origin, fits },
    { key: "date", read: date, origin, fits },
  ];
}
