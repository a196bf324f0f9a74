/**
 * The fit of a date field (a day, a range's start or end, a date without its year), for match.ts.
 */
import type { Fit } from "./match";
import type { Piece } from "./pieces";
import type { FieldPlan } from "./plan";
import { textAttr } from "./origin";
import { parseDate, parseDayMonth } from "./dates";
import { parseDateRange } from "./date-ranges";
import { yearLessDate } from "./year-less";
import { clean } from "./values";
import { gathers } from "./match-text";
import { splitBylineDate } from "./bylines";
import { splitDateline } from "./datelines";
import { approximateDateFit } from "./approximate-dates";
import { dayFirstFor } from "./date-order";
import { scheduleDateTime } from "./schedule-times";

export function dateFit(plan: FieldPlan, piece: Piece, text: string, h: number, foreignLabel: number): Fit | null {
  const { spec } = plan;
  // A dateline's date is read without its place ("Buenos Aires — 3 May": dateline-slots.ts).
  const v = piece.dateline?.date ?? text;
  const inAttr = !!piece.attrValue && parseDate(piece.attrValue) !== null;
  const source = inAttr ? piece.attrValue! : v;
  if (source.length > 80) return null;
  const format = spec.format === "date-time" ? "date-time" : "date";
  // "4–8 June 2026": a start date is the 4th, an end date the 8th (a date field is the start).
  // "04/01/2027" is read in the order the page writes its dates (date-order.ts), a range's ends too.
  const order = inAttr ? undefined : dayFirstFor(source, piece.el);
  const range = parseDateRange(source, format, order);
  const end = range && (plan.rangeEnd === "high" ? range.end : range.start);
  const d = end ?? parseDate(source, format, undefined, order);
  // A date without its year ("28 nov."): a plain field keeps it as written, a typed one takes
  // the year the page gives it, or is left out (year-less.ts).
  if (!d && !inAttr && parseDayMonth(v)) {
    const iso = spec.format ? yearLessDate(v, piece.el) : null;
    if (spec.format && !iso) return null;
    return { score: 2 + h - foreignLabel - (gathers(piece.el) ? 1 : 0), value: iso ? (spec.format === "date-time" ? `${iso}T00:00:00Z` : iso) : clean(v), attr: textAttr(piece) };
  }
  // "09:00–10:30" in a schedule headed "Tuesday 14 May 2027": that day at that time (schedule-times.ts).
  const timed = !d && format === "date-time" && !inAttr ? scheduleDateTime(v, piece.el, plan.rangeEnd === "high") : null;
  if (timed) return { score: 2 + h - foreignLabel - (gathers(piece.el) ? 1 : 0), value: timed, attr: textAttr(piece) };
  // "c. 1872", "1840–1926": no day named, as collections date their works (approximate-dates.ts).
  if (!d) return approximateDateFit(plan, piece, v, h, foreignLabel);
  // The element that holds the date itself, not a line that gathers it with other values
  // ("Episode 142 • <time>November 24, 2025</time> • 58 min"): the line would take the
  // episode and the length from their fields too.
  const s = 2 + h - foreignLabel - (gathers(piece.el) ? 1 : 0);
  // A typed date is read from the attribute (<time datetime>); an untyped one is the text shown,
  // without the byline before or after it ("3 Jan 2019 by admin", "Started by Ana · 3 Mar 2024":
  // the author is another field's).
  const shown = spec.format || (end && plan.rangeEnd) ? d : ((splitBylineDate(v) ?? splitDateline(v))?.date ?? v);
  return { score: s, value: shown, attr: spec.format && inAttr ? piece.valueAttr : textAttr(piece) };
}
