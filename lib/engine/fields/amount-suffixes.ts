/**
 * A number field that asks for an amount ("marketCap", "volume", "revenue", "population") reads
 * the multiplier the page writes after it: a market cap of "3.47T" is 3.47 trillion, "803.2B"
 * 803.2 billion. parseNumber trusts a lone "B" or "T" only beside a currency sign, since elsewhere
 * it is a size ("34B") or a pencil ("2B"); for such a field the whole text being one number and
 * its multiplier says what it is. A text field keeps "3.47T" as the page writes it (match-text.ts).
 */
import type { FieldPlan } from "./plan";
import { parseNumber, type NumberStyle } from "./values";

/** Words of a field that counts something large: money in aggregate, trade, people. */
const AMOUNT_WORD = /^(?:cap|capitalization|capitalisation|marketcap|mcap|volume|volumes|revenue|revenues|sales|turnover|income|profit|profits|earnings|ebitda|assets|aum|valuation|funding|raised|budget|gdp|debt|population|inhabitants|supply)$/;
const SUFFIXED = /^([+\-−]?)\s?(?:[$€£¥₹]\s?)?(\d[\d.,]*)\s?(k|m|b|t|bn|mn|tn|million|billion|trillion)$/i;

const asksAmount = (plan: FieldPlan) => [...plan.words].some(([w, n]) => n >= 2.5 && AMOUNT_WORD.test(w));

/** The amount the whole text writes with its multiplier, for a field that asks for one; else null. */
export function suffixedAmount(plan: FieldPlan, v: string, style?: NumberStyle): number | null {
  const m = SUFFIXED.exec(v.trim());
  if (!m || !asksAmount(plan)) return null;
  // "3.47T" is read as "$3.47T" is: the field, not a currency sign, says it is an amount.
  const n = parseNumber(`$${m[2]}${m[3]}`, true, style);
  return n === null ? null : m[1] && m[1] !== "+" ? -n : n;
}
