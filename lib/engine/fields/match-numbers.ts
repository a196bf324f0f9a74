/**
 * The fit of a number field (a count, a distance, a length of time, a course's credits) and of a
 * rating field, for match.ts.
 */
import type { Fit } from "./match";
import type { Piece } from "./pieces";
import type { FieldPlan } from "./plan";
import { textAttr } from "./origin";
import { besideStars, readRating, readRatingCount, SCORE_TEXT, starsCounted } from "./ratings";
import { MONEY, parseNumber, type NumberStyle } from "./values";
import { moneyFit } from "./match-money";
import { mentionedNumber, noStops } from "./match-text";
import { splitDistance } from "./distances";
import { readDuration } from "./durations";
import { splitCourseHeading } from "./course-codes";
import { lengthIn } from "./lengths";
import { exactCount } from "./exact-counts";
import { pairedUnitValue } from "./paired-units";
import { percentFit } from "./percent-values";
import { ratingWordsFit, wantsRatingWords } from "./rating-words";
import { suffixedAmount } from "./amount-suffixes";
import { readCountdown } from "./countdowns";
import { verbCount } from "./verb-counts";
import { trailingYear } from "./trailing-years";

export function ratingFit(plan: FieldPlan, piece: Piece, v: string, h: number, numbers: NumberStyle | undefined): Fit | null {
  const { spec } = plan;
  if (wantsRatingWords(plan)) return ratingWordsFit(piece, v, h);
  const r = readRating(piece);
  if (r !== null) {
    // A text field takes the text as written when it has the number ("4.5 out of 5").
    const written = spec.type === "string" && /\d/.test(v);
    const value = written ? v : spec.type === "string" ? String(r.value) : spec.type === "integer" ? Math.round(r.value) : r.value;
    return { score: 3 + h, value, attr: written ? textAttr(piece) : r.attr };
  }
  const n = v.length <= 12 ? parseNumber(v, false, numbers) : null;
  // A named plain number: a rating out of 10 at most (a larger one beside it is a count of
  // reviews); a score on any scale, negative too, when the text is that number with at most a
  // unit ("118 points", "96%", "87/100": not "(1,204)" or "1,204 reviews", counts) and no
  // stars beside it, and beside one of 0 to 10 in the same named element, that one first.
  if (h <= 0 || n === null) return null;
  const count = plan.counted ? starsCounted(v, piece.el, numbers) : null;
  if (count !== null) return { score: 0.75 + h, value: spec.type === "string" ? v : count, attr: textAttr(piece) };
  if (n >= 0 && n <= 10) return { score: 1 + h, value: spec.type === "string" ? v : n, attr: textAttr(piece) };
  return plan.openScale && SCORE_TEXT.test(v.trim()) && !besideStars(piece.el) ? { score: 0.75 + h, value: spec.type === "string" ? v : n, attr: textAttr(piece) } : null;
}

export function numberFit(plan: FieldPlan, piece: Piece, v: string, h: number, numbers: NumberStyle | undefined, foreignLabel: number): Fit | null {
  const { spec } = plan;
  // "£1.2m to £1.8m" for "valueMin" / "valueMax": an amount's range is read as a salary's is.
  if (plan.rangeEnd && MONEY.test(v)) return moneyFit(plan, piece, v, h, numbers, foreignLabel);
  // A count of ratings beside the stars it counts: "★★★★★ (212)" is 212 ratings, not 5.
  const count = countsRatings(plan) ? readRatingCount(piece) : null;
  if (count) return { score: 1 + h - foreignLabel, value: count.value, attr: count.attr };
  const inAttr = !!piece.attrValue && parseNumber(piece.attrValue) !== null;
  const source = inAttr ? piece.attrValue! : v;
  const year = inAttr ? null : trailingYear(plan, v);
  if (year !== null) return { score: 0.5 + h - foreignLabel, value: year, attr: textAttr(piece) };
  if (!source || source.length > 40) return null;
  // "+1.23 (+0.54%)" is +0.54 for a field named a percentage (percent-values.ts).
  const percent = percentFit(plan, piece, v, h, numbers, foreignLabel);
  if (percent) return percent;
  // Any text may hold a number ("June 1st", "Item 7"): unless a class, label or header names the
  // piece, its own words must ("3 bedrooms", "120 reviews"), or the number would be made up.
  const far = plan.distance ? splitDistance(v) : null;
  const credits = plan.course === "credits" ? splitCourseHeading(v)?.credits : null;
  if (credits != null && !(spec.type === "integer" && !Number.isInteger(credits))) return { score: 1.5 + h - foreignLabel, value: credits, attr: textAttr(piece) };
  if (far) return { score: 1.5 + h - foreignLabel, value: far.value, attr: textAttr(piece) };
  // "2h 46m" is one length of time, not the number 2; it names itself for a field that counts time.
  const took = h > 0 || plan.durationUnit ? (readDuration(v, plan.durationUnit) ?? readCountdown(v, plan.durationUnit)) : null;
  if (took !== null) return { score: 1 + h - foreignLabel, value: spec.type === "integer" ? Math.round(took) : took, attr: textAttr(piece) };
  // "52k mi" beside "84 000 km": in the field's unit (lengths.ts), where a name says it is the field's.
  const length = h > 0 ? lengthIn(plan, v, numbers) : null;
  if (length !== null) return { score: 0.5 + h - foreignLabel, value: spec.type === "integer" ? Math.round(length) : length, attr: textAttr(piece) };
  const paired = pairedUnitValue(plan, piece, v, numbers);
  if (paired !== null && (spec.type !== "integer" || Number.isInteger(paired))) return { score: 0.5 + h - foreignLabel, value: paired, attr: textAttr(piece) };
  const verbed = verbCount(plan, v, numbers);
  if (verbed !== null && (spec.type !== "integer" || Number.isInteger(verbed))) return { score: 1 + h - foreignLabel, value: verbed, attr: textAttr(piece) };
  const amount = suffixedAmount(plan, v, numbers);
  if (amount !== null) return { score: 0.5 + h - foreignLabel, value: spec.type === "integer" ? Math.round(amount) : amount, attr: textAttr(piece) };
  const said = noStops(plan, v) ?? (h === 0 ? mentionedNumber(plan, v, numbers) : undefined);
  if (said === null) return null;
  const n = said ?? parseNumber(source, true, inAttr ? {} : numbers);
  if (n === null || (spec.type === "integer" && !Number.isInteger(n))) return null;
  const exact = exactCount(piece.el, source, n);
  if (exact) return { score: 0.5 + h - foreignLabel, value: exact.value, el: exact.el, attr: exact.attr };
  return { score: 0.5 + h - foreignLabel - (piece.constant && h === 0 ? 2 : 0), value: n, attr: said === undefined && inAttr ? piece.valueAttr : textAttr(piece) };
}

/** A field that counts ratings or reviews: "ratingCount", "reviews", "number of votes". */
const countsRatings = (plan: FieldPlan) => [...plan.words].some(([w, n]) => n >= 3 && /^(?:ratings?|reviews?|votes?)$/.test(w));
