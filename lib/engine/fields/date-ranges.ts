/**
 * Ranges of days as event and festival listings write them: "4–8 June 2026", "12.–14. März 2026",
 * "Aug 11 – 16, 2026", "10 Jul – 21 Jul 2026", "28 Dec 2026 – 2 Jan 2027". A date read from the
 * whole text would be whichever end the date pattern happens to meet (the last, "8 June 2026"), so
 * a "start date" got the end; each end is completed here from what the other end shares with it
 * (the month, the year) and read on its own.
 */
import { parseDate } from "./dates";

/** The dash or word between the two ends. A hyphen counts between day numbers ("12-14 June") or set apart by spaces. */
const BETWEEN = /\s*[–—]\s*|\s+-\s+|(?<=(?:^|\s)\d{1,2}\.?)-(?=\d{1,2}\.?\s)|\s+(?:to|until|till|bis|au|al)\s+/iu;
const YEAR = /\b(\d{4})\b/;
const LEADING_DAY = /^(\d{1,2})(?:st|nd|rd|th|er|\.)?/;
/** A right end that is a day (and year) alone: "16, 2026", not "13 comments". */
const DAY_ALONE = /^\d{1,2}(?:st|nd|rd|th|er|\.)?(?:,?\s+\d{4})?$/;

/** The two ends of a range of days in the text (ISO dates, start first), or null when it holds none. */
export function parseDateRange(text: string, format: "date" | "date-time" = "date", dayFirst?: boolean): { start: string; end: string } | null {
  if (text.length > 80) return null;
  const split = BETWEEN.exec(text);
  if (!split) return null;
  // "du 3 au 5 mars", "vom 12. bis 14. März", "from 4 to 8 June": the word before the first end is not part of it.
  const left = text.slice(0, split.index).trim().replace(/^(?:from|du|vom|von|del|de)\s+/i, "");
  const right = text.slice(split.index + split[0].length).trim();
  if (!/\d/.test(left) || !/\d/.test(right)) return null;
  const year = YEAR.exec(right)?.[1];
  // Both ends in the page's order of day and month (date-order.ts), as its single dates are read.
  const parse = (t: string) => parseDate(t, format, undefined, dayFirst);
  // "04/01–06/01/2027": the left end lacks the right one's year, written the same way.
  const numeric = /^\d{1,2}([/.-])\d{1,2}$/.exec(left);
  const numericYear = numeric && /^\d{1,2}([/.-])\d{1,2}\1(\d{4}|\d{2})$/.exec(right);
  const rightDay = LEADING_DAY.exec(right);
  // The left end lacks what the right one shows: its month and year ("4" of "4–8 June 2026"), or its year ("Aug 11").
  const start =
    parse(left) ??
    (numeric && numericYear && numericYear[1] === numeric[1] ? parse(`${left}${numeric[1]}${numericYear[2]}`) : null) ??
    (/^\d{1,2}(?:st|nd|rd|th|er|\.)?$/.test(left) && rightDay ? parse(left + right.slice(rightDay[0].length)) : null) ??
    (year ? parse(`${left} ${year}`) : null);
  // The right end lacks the month the left one shows ("16, 2026" of "Aug 11 – 16, 2026").
  const end = parse(right) ?? (rightDay && DAY_ALONE.test(right) && /\p{L}/u.test(left) ? parse(left.replace(/\b\d{1,2}\b/, rightDay[1]!) + right.slice(rightDay[0].length)) : null);
  return start && end && start < end ? { start, end } : null;
}
