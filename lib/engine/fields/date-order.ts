/**
 * Whether a page writes numeric dates day first ("04/01/2027" is 4 January) or month first (1 April).
 * The page's own dates decide first: one whose first part is above 12 ("23/01/2027") can only be day
 * first, one whose second part is (“01/23/2027”) month first; the page is read by them when they
 * agree. Then its language: the region of its lang ("en-GB", "en-AU", "de", "fr") writes day first,
 * "en-US" month first. Nothing decides (a bare "en", no lang): undefined, and dates.ts reads
 * month first as before.
 */
import { langOf, textContent, type Element, type ParentNode } from "../dom";
import { parseDate } from "./dates";

/** Numeric dates with "/" or "-" (dots are day first anyway: dates.ts). */
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/.-])/g;

/** English regions that write the month first; every other English region writes the day first. */
const MONTH_FIRST_REGIONS = new Set(["us", "ph", "um", "as", "gu", "mp", "pr", "vi", "fm", "mh", "pw"]);
/** Languages that write year first or mix orders: their lang says nothing of day and month. */
const NO_ORDER = new Set(["ja", "zh", "ko", "hu", "lt", "mn", "eu", "fa", "sv", "si"]);

/** The order the language tag writes numeric dates in, or undefined when it does not say. */
export function dayFirstByLang(lang: string | undefined): boolean | undefined {
  const [language = "", region = ""] = (lang ?? "").toLowerCase().split(/[-_]/);
  if (!language) return undefined;
  // Canada writes both orders.
  if (language === "en") return !region || region === "ca" ? undefined : !MONTH_FIRST_REGIONS.has(region);
  return NO_ORDER.has(language) ? undefined : true;
}

/** The order the text's unambiguous dates show, or undefined when they show none or both. */
export function dayFirstByDates(text: string): boolean | undefined {
  let day = false;
  let month = false;
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) day = true;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) month = true;
  }
  return day === month ? undefined : day;
}

const byPage = new WeakMap<object, boolean | undefined>();

/** Whether the page holding `el` writes numeric dates day first (undefined: it does not say). */
export function dayFirstOn(el: Element): boolean | undefined {
  let root: ParentNode = el;
  for (let up = (el as { parentNode?: ParentNode | null }).parentNode; up; up = (up as { parentNode?: ParentNode | null }).parentNode) root = up;
  let shown: boolean | undefined;
  if (byPage.has(root)) shown = byPage.get(root);
  else byPage.set(root, (shown = dayFirstByDates(textContent(root))));
  return shown ?? dayFirstByLang(langOf(el));
}

/** A numeric date with "/" or "-" whose day and month could be either way round. */
const NUMERIC = /\d[/-]\d{1,2}[/-]\d/;

/**
 * The order to read the text's numeric dates in on the page holding `el` (undefined: the text has
 * none, or the page does not say). Every reading of a page's numeric date goes through here, so a
 * range's ends and an inferred column read "04/01/2027" as the page's single dates do.
 */
export const dayFirstFor = (text: string, el: Element | undefined): boolean | undefined => (el && NUMERIC.test(text) ? dayFirstOn(el) : undefined);

/** parseDate for a text shown on the page (in `el`): its numeric dates in the page's order. */
export const parseDateOn = (text: string, el: Element | undefined, format: "date" | "date-time" = "date"): string | null =>
  parseDate(text, format, undefined, dayFirstFor(text, el));
