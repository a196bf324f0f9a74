/**
 * Typing the columns of a whole extraction: a column whose every value is a plain number, in the
 * number style of the page's language, holds numbers; any other value keeps the column text. Which
 * fields of a query may be typed so (numericQueryFields).
 */
import { tokens, type FieldSpec } from "./spec";
import type { NumberStyle } from "./values";
import { runSteps, STRIDE, type Steps } from "../steps";

/** A number as a table writes it: "1500", "-2", "3.75", "37,400,068"; not "02134", "12%", "1.2.3". */
const PLAIN_NUMBER = /^[-+−]?(?:0|[1-9]\d*|[1-9]\d{0,2}(?:,\d{3})+)(?:\.\d+)?$/;
/**
 * The same in a language that groups with dots ("37.400.068", "3,75") or with spaces ("37 400 068").
 * A comma before three digits could be either ("1,719"), so such a value keeps its column text.
 */
const DOT_PLAIN_NUMBER = /^[-+−]?(?:0|[1-9]\d*|[1-9]\d{0,2}(?:\.\d{3})+)(?:,(?!\d{3}$)\d+)?$/;
const SPACE_PLAIN_NUMBER = /^[-+−]?(?:0|[1-9]\d*|[1-9]\d{0,2}(?: \d{3})+)(?:,(?!\d{3}$)\d+)?$/;

/** How to tell and read a plain number in the page's number style. */
function plainNumbers(style: NumberStyle): { test: RegExp; read: (v: string) => number } {
  const sign = (v: string) => v.replace("−", "-");
  if (style.dotGroups) return { test: DOT_PLAIN_NUMBER, read: (v) => Number(sign(v).replace(/\./g, "").replace(",", ".")) };
  if (style.spaceGroups) return { test: SPACE_PLAIN_NUMBER, read: (v) => Number(sign(v).replace(/ /g, "").replace(",", ".")) };
  return { test: PLAIN_NUMBER, read: (v) => Number(sign(v).replace(/,/g, "")) };
}
/**
 * The signs statistics offices write in a cell that has no figure: "–" nothing, "." unknown, "x"
 * withheld, "…" not yet available, Eurostat's ":". In a column of figures each is no value, as an
 * empty cell is. (A word such as "n/a" still keeps the column text: see numericColumns.)
 */
const NO_FIGURE = /^(?:[-–—.…x×:]|\.\.\.?)$/;
/** A footnote's mark after a figure ("684.864²", "12 345*", "3.1†"): not part of the number. */
const NOTE_MARK = /(?<=\d)[¹²³⁰⁴-⁹*†‡]+$/u;
/** More digits than a double holds exactly: an id or a code, kept as written. */
const TOO_LONG = /\d(?:,?\d){15}/;

/**
 * The rows of a whole extraction: a column whose every value is a plain number holds numbers, so a
 * table of figures sorts and sums as figures. One value that is not (a code with a leading zero,
 * "n/a", a percent sign) keeps the whole column text, so a column never mixes types, across pages
 * too; an empty value (missing, null, "") decides nothing, nor does a statistics office's sign for
 * no figure ("–", ".", "x": NO_FIGURE), which a column of numbers leaves out. Every column of inferred rows, or only
 * `keys` (the text fields a query named), in the number style of the page's language (`style`:
 * "1.500" is 1500 on a German page, 1.5 on an English one). Changes the rows in place.
 */
export function numericColumns(rows: Record<string, unknown>[], keys?: Iterable<string>, style: NumberStyle = {}): Record<string, unknown>[] {
  runSteps(numericColumnsSteps(rows, keys, style));
  return rows;
}

/**
 * numericColumns as steps (see steps.ts), a step every STRIDE values: an extraction can hold
 * 100,000s of rows. `keys` undefined: every key of the rows.
 */
export function* numericColumnsSteps(rows: Record<string, unknown>[], keys?: Iterable<string>, style: NumberStyle = {}): Steps<void> {
  if (!keys) {
    const all = new Set<string>();
    for (let i = 0; i < rows.length; i++) {
      for (const k of Object.keys(rows[i]!)) all.add(k);
      if (i % STRIDE === STRIDE - 1) yield;
    }
    keys = all;
  }
  const plain = plainNumbers(style);
  const isPlain = (v: unknown) => typeof v === "string" && plain.test.test(v.replace(NOTE_MARK, "")) && !TOO_LONG.test(v.replace(/[ .]/g, ""));
  const noFigure = (v: unknown) => typeof v === "string" && NO_FIGURE.test(v.trim());
  for (const key of keys) {
    // Every value the column has is a plain number, and it has one at least.
    let any = false;
    let plainOnly = true;
    for (let i = 0; plainOnly && i < rows.length; i++) {
      if (i % STRIDE === STRIDE - 1) yield;
      const v = rows[i]![key];
      if (v === undefined || v === null || v === "" || noFigure(v)) continue;
      any = true;
      plainOnly = isPlain(v);
    }
    yield;
    if (!any || !plainOnly) continue;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      if (noFigure(r[key])) delete r[key];
      else if (typeof r[key] === "string" && r[key] !== "") r[key] = plain.read((r[key] as string).replace(NOTE_MARK, ""));
      if (i % STRIDE === STRIDE - 1) yield;
    }
  }
}

/** Codes written in digits (an ISBN, a zip code, an order number) are text however they look. */
const CODE_WORDS = new Set(["id", "isbn", "issn", "sku", "upc", "ean", "gtin", "mpn", "asin", "zip", "zipcode", "postcode", "postal", "phone", "tel", "telephone", "fax", "mobile", "code", "ref", "reference", "number", "no"]);

/**
 * The fields of a query (not a schema: its types are the analyst's contract) that numericColumns may
 * type: text fields with no format, no type the query wrote ("played as text") and no code word.
 */
export function numericQueryFields(fields: FieldSpec[]): string[] {
  return fields.filter((f) => f.type === "string" && !f.format && !f.enum && !f.declared && !tokens(f.name).some((t) => CODE_WORDS.has(t))).map((f) => f.name);
}
