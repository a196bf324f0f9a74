/**
 * A year at the end of a long line: a paper's venue "Advances in Neural Information Processing
 * Systems (NeurIPS), 2019", a book's imprint "Cambridge University Press, Cambridge, 1998". Number
 * fields read at most 40 characters (match-numbers.ts), so that a sentence's figures are no
 * field's; a field named a year takes the one that closes a longer line, after a comma, a dot, a
 * bracket or a space, where nothing but the year follows.
 */
import type { FieldPlan } from "./plan";

const CLOSING_YEAR = /[\p{L}\p{N})\]][.,;:·•|]?\s*[(]?((?:1[6-9]|20)\d\d)[)\]]?\.?$/u;
/** Longer than this and it is prose, whose last word is no record's year. */
const MAX_LINE = 200;

export function trailingYear(plan: FieldPlan, v: string): number | null {
  if (plan.words.get("year") !== 3 || v.length <= 40 || v.length > MAX_LINE) return null;
  const m = CLOSING_YEAR.exec(v.trim());
  return m ? Number(m[1]) : null;
}

const namesYear = (plan: FieldPlan) => plan.kind === "number" && plan.words.get("year") === 3;

/** A year field and a text field read one line apart: "…Systems (NeurIPS), 2019" is the venue, 2019 its year (shares-text.ts). */
export const sharesYearLine = (a: FieldPlan, b: FieldPlan) => (namesYear(a) && b.kind === "text") || (a.kind === "text" && namesYear(b));
