/**
 * A news dateline: the place a story was filed from, a dash, the date ("New York — 12 March 2026",
 * "LONDON – 3 May"). Read as one value it is neither a place nor a date (the whole line landed in an
 * inferred date column); split, the date is a date and the place a location. A name before the dash
 * that may be a person's ("Jordan P. — 12 March") is a byline's, not a dateline's (bylines.ts).
 */
import { parseDate, parseDayMonth, onlyDate } from "./dates";
import { parseDateOn } from "./date-order";
import { namesPlace } from "./places";
import { originOf } from "./origin";
import type { Piece } from "./pieces";
import type { Column } from "./infer-names";
import { yearLessDate } from "./year-less";

export interface Dateline {
  place: string;
  /** The date as the line shows it. */
  date: string;
}

const PLACE_DASH_DATE = /^([^\d–—]+?)\s+[–—-]\s+(.+)$/u;
/** One capitalised word, no one's full name: "Leeds", "Paris", "Zürich". */
const ONE_WORD = /^\p{Lu}[\p{L}'’-]+$/u;

/**
 * The place and the date of a dateline, when the line says nothing else; null otherwise. `loose`:
 * the line is in a slot of datelines, where any short name before the dash is the place ("Royal
 * Albert Hall — 12 March" among "New York — 3 March").
 */
export function splitDateline(text: string, loose = false): Dateline | null {
  const t = text.replace(/\s+/g, " ").trim();
  const m = t.length <= 80 ? PLACE_DASH_DATE.exec(t) : null;
  if (!m) return null;
  const [, place, date] = m as unknown as [string, string, string];
  const placeLike = ONE_WORD.test(place) || (place.split(" ").length <= 4 && (loose || namesPlace(place)));
  // A dateline's date is mostly this year's day without its year ("3 May"): year-less.ts gives it one.
  return placeLike && onlyDate(date) && (parseDate(date) || parseDayMonth(date)) ? { place, date } : null;
}

/**
 * The two columns of a slot whose pieces are mostly datelines (marked so: dateline-slots.ts):
 * "location" with the place and "date" with the date, as ISO (as written when the page gives a
 * year-less date no year). Null when they are not.
 */
export function datelineColumns(pieces: Piece[]): [Column, Column] | null {
  const marked = pieces.filter((p) => p.dateline).length;
  if (marked < pieces.length * 0.6) return null;
  const fits = (p: Piece) => p.dateline !== undefined;
  const origin = (p: Piece) => originOf(p, "text");
  const date = (p: Piece) => {
    const written = p.dateline?.date;
    return written === undefined ? undefined : (parseDateOn(written, p.el) ?? yearLessDate(written, p.el) ?? written);
  };
  return [
    { key: "location", read: (p) => p.dateline?.place, origin, fits },
    { key: "date", read: date, origin, fits },
  ];
}
