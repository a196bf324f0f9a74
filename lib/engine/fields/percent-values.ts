/**
 * A field named a percentage ("changePercent", "percent change", "pct") reads the number the text
 * writes with "%": a quote's change "+1.23 (+0.54%)" is +0.54 percent, where the first number, a
 * change in price, was taken. A text with one percentage only: "12% of 40%" says neither.
 */
import type { Fit } from "./match";
import type { Piece } from "./pieces";
import type { FieldPlan } from "./plan";
import { textAttr } from "./origin";
import { parseNumber, type NumberStyle } from "./values";

const PERCENT_WORD = /^(?:percent|percents|percentage|percentages|pct|pc)$/;
const PERCENTS = /([+\-−]?)\s?(\d[\d.,\u00a0\u202f ]*?)\s?(?:%|％|percent\b|per cent\b)/giu;

export const namesPercent = (plan: FieldPlan) => [...plan.words].some(([w, n]) => n >= 2 && PERCENT_WORD.test(w));

/** The percentage the text writes, signed; null when it writes none or several. */
export function percentIn(text: string, style?: NumberStyle): number | null {
  const all = [...text.matchAll(PERCENTS)];
  if (all.length !== 1) return null;
  const [, sign, digits] = all[0]!;
  const n = parseNumber(digits!.replace(/[\u00a0\u202f ]/g, ""), false, style);
  return n === null ? null : sign === "-" || sign === "−" ? -n : n;
}

/** The fit of a percentage for a number field named one (match-numbers.ts); null for any other field or text. */
export function percentFit(plan: FieldPlan, piece: Piece, v: string, h: number, numbers: NumberStyle | undefined, foreignLabel: number): Fit | null {
  if (!namesPercent(plan) || !/[%％]|per ?cent/i.test(v)) return null;
  const n = percentIn(v, numbers);
  if (n === null || (plan.spec.type === "integer" && !Number.isInteger(n))) return null;
  return { score: 1 + h - foreignLabel, value: n, attr: textAttr(piece) };
}
