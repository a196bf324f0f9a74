/**
 * A price box that shows a former and a current price in parts of its own ("<div class="price"><span>was
 * £120</span> <span>now £95</span> per night</div>"): the box's whole text is two prices, not one. Its
 * parts are each a price a field can read — the current one for "price", the former for "wasPrice" —
 * so the box itself fits less well than they do. (A box whose text alone says "Was £60 Now £39" has no
 * parts to prefer and is still read: match-text.ts's currentPrice picks the amount.)
 */
import { elementChildren, textContent, type Element } from "../dom";
import { MONEY } from "./values";

/** True when `v`, the text read from `el`, shows two amounts or more and two or more of `el`'s child elements each show one. */
export function splitsPrices(v: string, el: Element): boolean {
  if (!MONEY.test(v.slice((MONEY.exec(v)?.index ?? v.length) + 1))) return false;
  let n = 0;
  for (const c of elementChildren(el)) if (MONEY.test(textContent(c)) && ++n >= 2) return true;
  return false;
}

/**
 * Words that only say which of two prices an amount is, when they lead it: "now £95" is "£95", "was
 * £120" is "£120" (the field's name already says which). "From £88" and "Offers over £610,000" keep
 * theirs: they change what the amount means.
 */
const WHICH_PRICE = /^(?:now|was|our price|sale price|today|rrp|msrp|jetzt|nur|statt|maintenant|avant|ahora|antes|ora|prima)\s*:?\s*(?=\S)/iu;

/** The text of a price with a leading which-price word dropped when an amount follows it at once. */
export function withoutWhichPrice(v: string): string {
  const m = WHICH_PRICE.exec(v);
  if (!m) return v;
  const rest = v.slice(m[0].length);
  const money = MONEY.exec(rest);
  return money && money.index === 0 ? rest : v;
}

/** Class words of the price a box shows now: "now", "current", "sale-price". */
const CURRENT_WORDS = ["now", "current", "sale", "actual", "final"];

/**
 * True when `hints` (a piece's names) class it as the current price, which no field named for a
 * former price takes ("originalPrice" of a room with no former price is none, not its only price).
 */
export const classedCurrent = (hints: ReadonlyMap<string, number>): boolean => CURRENT_WORDS.some((w) => (hints.get(w) ?? 0) >= 2);
