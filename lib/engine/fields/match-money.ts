/**
 * The fit of a money field (a price, a salary and its range ends) and of a stock field, for match.ts.
 */
import type { Fit } from "./match";
import type { Piece } from "./pieces";
import type { FieldPlan } from "./plan";
import { textAttr } from "./origin";
import { MONEY, STOCK, clean, parseBoolean, parseMoneyRange, parseNumber, signedStart, type NumberStyle } from "./values";
import { FREE, MONEY_ALL, WAS_TEXT, currentPrice, impurity, withSuffix, withoutBadges } from "./match-text";
import { classedCurrent, splitsPrices, withoutWhichPrice } from "./price-parts";
import { freeOfField } from "./free-of-charge";

/** `v` is the piece's text (or attribute value), `h` how well its names match the field's (hintScore). */
export function moneyFit(plan: FieldPlan, piece: Piece, v: string, h: number, numbers: NumberStyle | undefined, foreignLabel: number): Fit | null {
  const { spec } = plan;
  // One end of a range: "$57K-$102K" is 57000 for salary_min, 102000 for salary_max.
  const prices = plan.rangeEnd ? [...v.matchAll(MONEY_ALL)] : [];
  const money = plan.rangeEnd === "high" && prices.length >= 2 ? prices[1]! : plan.rangeEnd ? MONEY.exec(v) : currentPrice(v);
  // Both ends of a range, whichever end shows the currency: "45.000 – 60.000 €", "$57-102K".
  const range = v.length <= 80 ? parseMoneyRange(v, true, numbers) : null;
  // Pence and cents written alone: "99p", "45¢".
  const cents = !money && !range ? /^(\d{1,2})\s?[p¢]$/i.exec(v) : null;
  if (cents) return spec.type === "integer" ? null : { score: 3 + h - foreignLabel, value: spec.type === "number" ? Number(cents[1]) / 100 : v, attr: textAttr(piece) };
  // "Free" as the whole value is a price of 0 ("Free shipping" in a sentence is not); a text
  // field keeps the word as shown. Only a range end (a salary's low end) has no such value.
  // So is "Free postage" for the postage's field (free-of-charge.ts).
  if (!plan.rangeEnd && (FREE.test(v) || freeOfField(plan, v))) return { score: 3 + h - foreignLabel, value: spec.type === "number" || spec.type === "integer" ? 0 : clean(v), attr: textAttr(piece) };
  // "€€" of four: a price range as restaurant guides write it, text only, where a class names it.
  if (h > 0 && spec.type === "string" && /^([$€£¥₹])\1{0,3}$/u.test(v)) return { score: 2 + h - foreignLabel, value: v, attr: textAttr(piece) };
  if (!money && !range && !(h > 0 && v.length <= 30 && parseNumber(v, false, numbers) !== null)) return null;
  // An old price is struck out, or says so ("Was £20"); the price is the one not struck out.
  if (plan.struck === "only" && !piece.struck && !WAS_TEXT.test(v)) return null;
  if (plan.struck && !piece.struck && classedCurrent(piece.hints)) return null;
  const shown = v.length <= 40 || !money ? withoutBadges(piece.el, v) : money[0];
  const s = 2 + (money || range ? 1 : 0) + h - foreignLabel - (piece.struck !== !!plan.struck ? 2 : 0) - impurity(v, money?.[0] ?? v) - (!plan.rangeEnd && splitsPrices(v, piece.el) ? 2 : 0);
  if (spec.type === "number" || spec.type === "integer") {
    // With its K/M suffix: "$57K-$102K" is 57000, not 57. A range gives its low end, or the end
    // the field names; "Up to $102K" has no low end.
    const n = range?.range || (range && plan.rangeEnd) ? (plan.rangeEnd === "high" ? range.high : range.low) : parseNumber(money ? v.slice(signedStart(v, money.index)) : v, true, numbers);
    return n === null ? null : { score: s, value: spec.type === "integer" ? Math.round(n) : n, attr: textAttr(piece) };
  }
  return { score: s, value: plan.rangeEnd && prices.length >= 2 ? clean(withSuffix(v, money!)) : withoutWhichPrice(clean(shown)), attr: textAttr(piece) };
}

export function stockFit(plan: FieldPlan, piece: Piece, v: string, h: number): Fit | null {
  const { spec } = plan;
  const m = v.length <= 60 ? STOCK.exec(v) : null;
  // A column named "In stock" or "Available" holds yes/no words: "Yes", "✓".
  if (!m && h > 0 && spec.type === "boolean") {
    const b = parseBoolean(v);
    return b === null ? null : { score: 2 + h, value: plan.negated ? !b : b, attr: textAttr(piece) };
  }
  if (!m && h > 0 && spec.type === "string" && v.length <= 20 && parseBoolean(v) !== null) return { score: 2 + h, value: v, attr: textAttr(piece) };
  if (!m) return null;
  const s = 3 + h - impurity(v, m[0]);
  if (spec.type === "boolean") {
    const b = parseBoolean(v) ?? parseBoolean(m[0]);
    return b === null ? null : { score: s, value: plan.negated ? !b : b, attr: textAttr(piece) };
  }
  return { score: s, value: v, attr: textAttr(piece) };
}
