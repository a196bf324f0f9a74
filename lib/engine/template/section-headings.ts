/**
 * Whether a section's heading names one step of a series: a date, month, year, weekday or relative
 * day ("Today"), a letter or letter range, a version, a numbered part. Sections of one listing are
 * headed so (events by month, news by day, a directory by letter, a changelog by version); blocks
 * that only share a class ("Latest", "Sponsored", "Most popular", "Related") are headed with names,
 * and a list of names says nothing about the blocks being one listing, so those are never united.
 */

/** The series kinds `text` reads as; empty when it reads as none. Two headings of one series share a kind. */
export function seriesKinds(text: string): Set<SeriesKind> {
  const t = text.replace(/\s+/g, " ").trim();
  const kinds = new Set<SeriesKind>();
  if (!t || t.length > 60) return kinds;
  if (LETTER.test(t)) kinds.add("letter");
  if (VERSION.test(t)) kinds.add("version");
  if (PART.test(t)) kinds.add("part");
  if (isDate(t)) kinds.add("date");
  return kinds;
}

export type SeriesKind = "letter" | "version" | "part" | "date";

/** Whether two headings read as steps of one series. */
export function sameSeries(a: Set<SeriesKind>, b: Set<SeriesKind>): boolean {
  for (const kind of a) if (b.has(kind)) return true;
  return false;
}

// "A", "#", "0-9", "A–C", "A to C".
const LETTER = /^(?:\p{L}|#|0\s*[-–—]\s*9|\p{L}\s*(?:[-–—]|to)\s*\p{L})$/iu;
// "v2", "v1.4.0", "1.4 (2024-05-01)", "Version 3.1", "Release 2.0 — Chicago".
export const VERSION = /^(?:(?:version|release|v)\s*\.?\s*\d+(?:\.\d+)*|\d+(?:\.\d+){1,3})(?![\w.])/iu;
// "Part 2", "Chapter IV: ...", "Season 1", "Week 12", "Day 3", "Step 1".
const PART =
  /^(?:part|chapter|section|season|series|volume|vol\.?|book|episode|day|week|round|stage|level|step|lesson|module|unit|phase|act|issue|no\.?)\s*(?:\d+|[ivxlcdm]+)(?![\p{L}\d])/iu;

const MONTHS = "january february march april may june july august september october november december";
const WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday";
const DATE_WORDS = new Set([
  ...MONTHS.split(" "),
  ...MONTHS.split(" ").map((m) => m.slice(0, 3)),
  "sept",
  ...WEEKDAYS.split(" "),
  ...WEEKDAYS.split(" ").map((d) => d.slice(0, 3)),
  "tues",
  "thur",
  "thurs",
  // Relative days and spans, as feeds head their newest sections.
  ...["today", "yesterday", "tomorrow", "tonight", "this", "last", "next", "week", "weekend", "month", "year", "earlier", "older"],
  ...["of", "the", "st", "nd", "rd", "th"],
]);

/** Every word a date word or a number ("Friday 5th December 2025", "2025-11-20", "Dec 2025", "Today"), with one date word or year at least. */
function isDate(t: string): boolean {
  const words = t.toLowerCase().match(/\p{L}+|\d+/gu) ?? [];
  if (!words.length || t.length > 40) return false;
  let anchor = false;
  for (const w of words) {
    if (/^\d+$/.test(w)) {
      if (w.length > 4) return false;
      // A year, or a whole numeric date (20/11/2025, 2025-11-20): "0-9" or "12" alone is no date.
      if (w.length === 4 || words.filter((x) => /^\d+$/.test(x)).length >= 3) anchor = true;
    } else if (DATE_WORDS.has(w)) {
      if (!["of", "the", "st", "nd", "rd", "th", "this", "last", "next"].includes(w)) anchor = true;
    } else return false;
  }
  return anchor;
}
