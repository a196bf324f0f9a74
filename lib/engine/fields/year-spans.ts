/**
 * A span of years written alone: a project's "2026–2027", a term's "2019–present", a run's "2025".
 * It says what it is, as a job title does: a field named for years ("years", "year range",
 * "period") takes it where nothing names it (an icon of a calendar beside it names nothing).
 */
import type { Fit } from "./match";
import { textAttr } from "./origin";
import type { Piece } from "./pieces";
import type { FieldPlan } from "./plan";
import { tokens } from "./spec";

const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)`;
/** "2025", "2026–2027", "2026-27", "2019 – present". */
const SPAN = new RegExp(String.raw`^${YEAR}(?:\s*[–—-]\s*(?:${YEAR}|\d\d|present|now|today|ongoing))?$`, "i");
const NAMES_YEARS = /^(?:years|period|timeframe|yearrange|yearspan)$/;

/** Whether the field's name asks for a span of years ("years", "project years", "year range"). */
function asksForYears(plan: FieldPlan): boolean {
  let asks = ASKS.get(plan);
  if (asks === undefined) {
    const words = tokens(plan.spec.name);
    const last = words[words.length - 1] ?? "";
    ASKS.set(plan, (asks = NAMES_YEARS.test(last) || (words.length >= 2 && words[words.length - 2] === "year" && /^(?:range|span)$/.test(last))));
  }
  return asks;
}
/** (Asked for every piece a field is fitted to: once per plan.) */
const ASKS = new WeakMap<FieldPlan, boolean>();

/** The fit of a text that is a span of years alone, for a text field asking for one; null otherwise. */
export function yearSpanFit(plan: FieldPlan, piece: Piece, v: string, h: number): Fit | null {
  if (plan.kind !== "text" || !v || v.length > 30 || piece.heading || !SPAN.test(v.trim()) || !asksForYears(plan)) return null;
  return { score: 1 + h, value: v.trim(), attr: textAttr(piece) };
}
