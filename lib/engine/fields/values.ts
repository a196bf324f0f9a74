/**
 * Reading typed values out of page text: star ratings, yes/no words, e-mail addresses, phone
 * numbers, stock words, links (numbers and money are in numbers.ts, re-exported here; dates are in
 * dates.ts). Each parser returns null when the text does not hold such a value, so the extractor
 * never invents one.
 */
import { withoutTracking } from "./tracking-params";
import { normalizeSpace } from "../dom";
import { parseNumber } from "./numbers";
import { lookup } from "../lookup";
import { resolveLink } from "../net/user-info";

export { MONEY, numberStyleOf, parseMoneyRange, parseNumber, signedStart, type NumberStyle } from "./numbers";

export const clean = (text: string): string => normalizeSpace(text);

export const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/i;
/**
 * A phone number as pages write it: an optional +country code and (area code), then groups of digits
 * of any length ("030 1234567", "+33 6 12 34 56 78", "030 / 123 456 78"), or "+" and the digits
 * alone. Callers ask for 7 digits at least.
 */
export const PHONE = /(?<![\w.,])(?:(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{1,5}(?:\s?[\s./-]\s?\d{1,8}){1,5}|\+\d{7,15})(?![\d])/;
// A library's copies are lent rather than sold: "Checked out — due 12/03", "On loan", "On order".
export const STOCK = /\b(?:in[ -]stock|out[ -]of[ -]stock|sold[ -]out|(?:un|not |currently )?available|pre-?order|back-?order(?:ed)?|only \d+ left|\d+ (?:left|available)|limited stock|low stock|discontinued|coming soon|temporarily unavailable|checked[ -]out|on[ -]loan|on[ -]order|in[ -]transit)\b/i;

const NUMBER_WORDS = lookup<number>({ zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 });
export const FILLED_STARS = /[★✭✮✯⭐🌟]/gu;
export const EMPTY_STARS = /[☆✩]/gu;

/**
 * A rating written in the text: "★★★☆☆" → 3 (filled stars counted), "4.5 out of 5", "4.5/5",
 * "Rated 4 stars". Null when the text is not a rating.
 */
export function parseRatingText(text: string): number | null {
  const t = clean(text);
  const filled = t.match(FILLED_STARS)?.length ?? 0;
  const empty = t.match(EMPTY_STARS)?.length ?? 0;
  // A lone star glyph is one icon of a row of stars, not a rating.
  if (filled + empty >= 3 && filled + empty <= 10) {
    // A score with decimals written beside the stars is finer than the glyphs: "4.7 ★★★★★" is 4.7
    // (a whole number there may be a count: "★★★★☆ 2 reviews").
    const written = /(?<![\d.,])(\d[.,]\d{1,2})(?![\d.,])/.exec(t.replace(FILLED_STARS, " ").replace(EMPTY_STARS, " "));
    const score = written ? parseNumber(written[1]!) : null;
    if (score !== null && score <= filled + empty) return score;
    return filled + (/½/.test(t) ? 0.5 : 0);
  }
  // "4.5/5", "8 out of 10" (but not a date such as "11/15/2024").
  const outOf = /(?<![\d/.])(\d+(?:[.,]\d+)?)\s*(?:\/|out of|of)\s*(5|10|100)\b(?![/.]\d)/i.exec(t);
  if (outOf && parseNumber(outOf[1]!)! <= Number(outOf[2])) return parseNumber(outOf[1]!);
  const stars = /(\d+(?:[.,]\d+)?)\s*(?:stars?|★)|(?:rated|rating:?)\s*(\d+(?:[.,]\d+)?)/i.exec(t);
  if (stars) return parseNumber(stars[1] ?? stars[2]!);
  return null;
}

/** "Three" (a class such as `star-rating Three`) → 3. */
export function numberWord(word: string): number | null {
  return NUMBER_WORDS[word.toLowerCase()] ?? null;
}

// Yes and no in the languages pages are written in too: German, French, Spanish, Italian, Portuguese, Dutch.
const TRUE_WORDS = /^(?:yes|y|true|ja|wahr|oui|vrai|s[ií]|sì|verdadero|vero|sim|verdadeiro|✓|✔|☑|in[ -]stock|available|open|active|remote|on|1)$|\bin[ -]stock\b|^available\b|\bonly \d+ left\b/i;
const FALSE_WORDS =
  /^(?:no|n|false|nein|falsch|non|faux|falso|não|nao|nee|✗|✘|×|☐|closed|inactive|off|0|none|n\/a)$|\bout[ -]of[ -]stock\b|\bsold[ -]out\b|\b(?:un|not |currently un)available\b|\bdiscontinued\b|\b(?:not|no longer|never|isn't|0)\b[\w\s]{0,20}?\b(?:in[ -]stock|available)\b|\b(?:in[ -]stock|available)\s+(?:soon|from|on|again|after|in \d+(?:-\d+)?\s*(?:days?|weeks?|months?|business))|\b(?:usually|expected|soon)\b[\w\s]{0,20}?\b(?:in[ -]stock|available|ships?)\b|\bback in stock soon\b/i;

/** Yes/no words and marks ("In stock", "✓", "Sold out"); null when the text is neither. */
export function parseBoolean(text: string): boolean | null {
  const t = clean(text);
  if (!t || t.length > 60) return null;
  if (FALSE_WORDS.test(t)) return false;
  if (TRUE_WORDS.test(t)) return true;
  return null;
}

/** A link's percent-encoded part, decoded; as written when it is not valid UTF-8 ("%E9", a lone "%"). */
export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The address a mailto: link writes to (the first, without a display name: "mailto:Jane%20Doe%20
 * %3Cjane@x.example%3E,bob@x.example?subject=Hi" → jane@x.example), or undefined.
 */
export function mailtoAddress(href: string): string | undefined {
  return EMAIL.exec(safeDecode(href.slice(7).split("?")[0]!))?.[0];
}

/** The number a tel: link dials ("tel://+1555…" too). */
export function telNumber(href: string): string {
  return safeDecode(href.slice(4)).replace(/^\/+/, "");
}

/**
 * An absolute http(s)/mailto URL for an href, or null for script and fragment-only links. Without
 * user info, whether the link or its base held it (net/user-info.ts).
 */
export function resolveUrl(href: string | undefined, base: string): string | null {
  const h = href?.trim();
  if (!h || h.startsWith("#") || /^(?:javascript|data|about):/i.test(h)) return null;
  const url = resolveLink(h, base);
  if (!url || !/^(?:https?|mailto|tel|ftp):$/.test(url.protocol)) return null;
  // (Campaign parameters name no page: fields/tracking-params.ts.)
  return /^https?:$/.test(url.protocol) ? withoutTracking(url.href) : url.href;
}

/** Appends to a list in a map of lists. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
