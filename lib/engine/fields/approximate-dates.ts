/**
 * Dates as collections, archives and catalogues write them, naming no day: a year ("1874"), about
 * a year ("c. 1872", "ca. 1880", "circa 1900"), a span of years ("1840–1926", a life; "c. 1880–82"),
 * a decade ("1870s") or a month of a year ("May 1874"), bracketed or not ("(1840–1926)" after an
 * artist's name). parseDate reads none of them, so a museum's "date" column stayed empty. A plain
 * date field keeps such a date as written; one with format date or date-time must name a day, and
 * gets none (a year is not a day: "1874-01-01" would be made up).
 */
import type { Fit } from "./match";
import type { Piece } from "./pieces";
import type { FieldPlan } from "./plan";
import { textAttr } from "./origin";
import { clean } from "./values";

const YEAR = "(?:1[0-9]|20)\\d\\d";
const CIRCA = "(?:c\\.|ca\\.|c|ca|circa|approx\\.|about)\\s*";
const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const ONE = `(?:${CIRCA})?(?:${MONTH}\\s+)?${YEAR}s?`;
/** The whole text is such a date: its end year may be shortened ("1880–82"). */
const APPROXIMATE = new RegExp(`^[(\\[]?\\s*(${ONE})(?:\\s*[–—-]\\s*((?:${CIRCA})?(?:${MONTH}\\s+)?(?:${YEAR}|\\d\\d)s?))?\\s*[)\\]]?$`, "iu");
const MARKED = new RegExp(`^[(\\[]?\\s*${CIRCA}\\d|\\d0s\\b`, "iu");

/**
 * The date as written (without brackets), or null when the text is not one of these dates alone.
 * A span must run forward ("1840–1926", "1880–82"): "1926–1840" is no span of years.
 */
export function approximateDate(text: string): string | null {
  const t = clean(text);
  const m = APPROXIMATE.exec(t);
  if (!m) return null;
  if (m[2]) {
    const [from, to] = [yearOf(m[1]!), yearOf(m[2])];
    if (from === null || to === null) return null;
    const end = to < 100 ? Math.floor(from / 100) * 100 + to : to;
    if (end < from) return null;
  }
  return t.replace(/^[(\[]\s*|\s*[)\]]$/g, "");
}

const yearOf = (part: string): number | null => {
  const m = /(\d{2,4})s?\s*$/.exec(part);
  return m ? Number(m[1]) : null;
};

/**
 * The fit of such a date for a plain date field (match-dates.ts). A year or a span of years is a
 * date only where the piece is named as the field's (class="date", a "Dates" header): a lone
 * "2019" in a car's card is its model year, "1200–1500" a range of anything. "c. 1872" and
 * "1870s" say what they are by themselves, and fit unnamed, below a named date.
 */
export function approximateDateFit(plan: FieldPlan, piece: Piece, text: string, h: number, foreignLabel: number): Fit | null {
  if (plan.spec.format) return null;
  const value = text.length <= 40 ? approximateDate(text) : null;
  if (value === null || (h <= 0 && !MARKED.test(value))) return null;
  return { score: 1.5 + h - foreignLabel, value, attr: textAttr(piece) };
}
