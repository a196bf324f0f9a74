/**
 * "Free postage", "Free delivery", "Free entry", "Livraison gratuite": the charge a field names is
 * none. "Free" alone is a price of 0 (match-money.ts), but written with what is free it was read
 * as no amount at all, and a listing whose postage is free left its shipping slot to the item's
 * price, which every listing has ("shipping cost" took "£1,245.00" from an auction's cards). The
 * words beside "free" must name the field: "Free shipping" under a product's price is a perk, not
 * its price.
 */
import type { FieldPlan } from "./plan";
import { tokens } from "./spec";

const FREE_FIRST = /^\s*(?:free|gratis)\s+(\p{L}[\p{L}&' -]{1,30}?)\s*[!.]?\s*$/iu;
const FREE_LAST = /^\s*(\p{L}[\p{L}&' -]{1,30}?)\s*(?:free|gratuite?s?|gratuito|gratuita|gratis|kostenlos|offerte?s?)\s*[!.]?\s*$/iu;

/** Whether the text says free of what the field charges: a word beside "free" names the field. */
export function freeOfField(plan: FieldPlan, text: string): boolean {
  if (text.length > 40) return false;
  const what = (FREE_FIRST.exec(text) ?? FREE_LAST.exec(text))?.[1];
  if (!what) return false;
  const words = tokens(what);
  return words.length > 0 && words.length <= 2 && words.some((w) => (plan.words.get(w) ?? 0) >= 2);
}
