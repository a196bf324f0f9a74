/** Ratings held by an element: star glyphs, star icons, class words ("star-rating Three"), attributes. */
import { attr, classList, elementChildren, walkElements, type Element } from "../dom";
import type { Piece } from "./pieces";
import { numberWord, parseNumber, parseRatingText, type NumberStyle } from "./values";

const EMPTY_STAR_CLASS = /(?:^|[-_])(?:empty|outline|o|off|inactive|unfilled|blank|gr[ae]y|none|disabled)(?:$|[-_])/i;
const FILLED_STAR_CLASS = /(?:^|[-_])(?:filled|full|on|active|checked|selected|lit|gold|yellow)(?:$|[-_])/i;
const HALF_STAR_CLASS = /(?:^|[-_])half(?:$|[-_])/i;

/**
 * A rating held by an element: star glyphs in its text, a class word ("star-rating Three"), star
 * icons told apart by class (filled vs "empty"/"-o"/"half"), or an attribute ("4.5 out of 5").
 */
export function ratingOf(piece: Piece): number | null {
  return readRating(piece)?.value ?? null;
}

/** ratingOf, with the attribute the rating was read from (none: the element's text or its star icons). */
export function readRating(piece: Piece): { value: number; attr?: string } | null {
  const fromText = parseRatingText(piece.text);
  const inAttr = attributeRating(piece.el);
  if (fromText !== null && /[★☆✭✮✯⭐✩]|out of|\/\s*\d/u.test(piece.text)) {
    // Glyphs round to the star ("★★★★★" for 4.6): the number the element says in an attribute
    // ("4.6 out of 5 stars") is finer, unless the text writes its own ("4.7 ★★★★★", "4.5/5").
    return inAttr && countedGlyphs(piece.text, fromText) ? inAttr : { value: fromText };
  }
  for (const c of classList(piece.el)) {
    const n = numberWord(c) ?? (/^(?:rating|stars?)[-_]?(\d(?:[-_.]\d)?)$/i.exec(c)?.[1]?.replace(/[-_]/, ".") ?? null);
    if (n !== null && Number(n) <= 10) return { value: Number(n), attr: "class" };
  }
  if (inAttr) return inAttr;
  const icons: Element[] = [];
  walkElements(piece.el, (el) => {
    if (classList(el).some((c) => /star/i.test(c))) icons.push(el);
    return true;
  });
  const leaves = icons.filter((el) => !elementChildren(el).some((k) => icons.includes(k)));
  if (leaves.length >= 3 && leaves.length <= 10) {
    // Filled icons carry a marker class ("star filled") or the empty ones do ("fa-star-o", "empty").
    const glyphs = (el: Element) => el.childNodes.map((n) => ("value" in n ? String(n.value) : "")).join("");
    const half = leaves.filter((el) => HALF_STAR_CLASS.test(classList(el).join(" "))).length;
    const marked = leaves.filter((el) => FILLED_STAR_CLASS.test(classList(el).join(" ")) || /[★✭✮✯⭐]/u.test(glyphs(el))).length;
    if (marked > 0) return { value: marked - half + half * 0.5 };
    const isHalf = (el: Element) => HALF_STAR_CLASS.test(classList(el).join(" "));
    const empty = leaves.filter((el) => !isHalf(el) && (EMPTY_STAR_CLASS.test(classList(el).join(" ")) || /[☆✩]/u.test(glyphs(el)))).length;
    if (empty > 0 || half > 0) return { value: leaves.length - empty - half * 0.5 };
  }
  if (fromText !== null && /[★✭✮✯⭐]/u.test(piece.text)) return { value: fromText };
  return null;
}

/** A count written beside stars: "(212)", "（1,024件）", "212 ratings", "1,024 reviews". */
const IN_BRACKETS = /[(（]\s*(\d[\d.,\s]*?)\s*(?:件|reviews?|ratings?|votes?)?\s*[)）]/iu;
const WITH_WORD = /(?<![\d.,])(\d[\d.,]*)\s*(?:件|reviews?|ratings?|votes?|bewertungen|avis|reseñas|recensioni)(?!\p{L})/iu;
const STAR_GLYPH = /[★☆✭✮✯⭐✩]/u;

/**
 * The count of ratings an element shows beside its stars ("★★★★★ (212)", "★4.3（1,024件）", or its
 * aria-label "4.6 out of 5 stars, 212 ratings"), and the attribute it was read from; null when the
 * element shows no rating, or no count beside it.
 */
export function readRatingCount(piece: Piece): { value: number; attr?: string } | null {
  const rated = STAR_GLYPH.test(piece.text) || parseRatingText(piece.text) !== null || readRating(piece) !== null;
  if (!rated) return null;
  const shown = IN_BRACKETS.exec(piece.text) ?? WITH_WORD.exec(piece.text);
  const n = shown ? parseNumber(shown[1]!, false, piece.numbers) : null;
  if (n !== null && Number.isInteger(n)) return { value: n };
  for (const name of ["aria-label", "title"]) {
    const m = WITH_WORD.exec(attr(piece.el, name) ?? "");
    const c = m ? parseNumber(m[1]!) : null;
    if (c !== null && Number.isInteger(c)) return { value: c, attr: name };
  }
  return null;
}

const RATING_ATTRS = ["aria-label", "title", "data-rating", "data-score", "content", "data-value"];

/** A rating an attribute of the element gives: "4.5 out of 5", "Rated 4.5", a bare "4.5". */
function attributeRating(el: Element): { value: number; attr: string } | null {
  for (const name of RATING_ATTRS) {
    const a = attr(el, name);
    if (a && /\d/.test(a) && a.length <= 40) {
      const r = parseRatingText(a) ?? (/^\s*\d+(?:[.,]\d+)?\s*$/.test(a) ? parseNumber(a) : null);
      if (r !== null && r <= 10) return { value: r, attr: name };
    }
  }
  return null;
}

/** Whether the text's rating is its star glyphs counted, not a number it writes: its digits (a count, "(212)") change nothing. */
const countedGlyphs = (text: string, rating: number) => parseRatingText(text.replace(/\d/g, "")) === rating;

/** A score as written: a number, with at most a unit after it ("118 points", "96 pts", "96%", "87/100"). */
export const SCORE_TEXT = /^[-+−]?\d[\d.,\s]*(?:%|\s*(?:points?|pts?\.?)|\s*\/\s*\d+)?$/i;

/**
 * Whether stars sit beside the element (an icon classed "star", a picture whose text says "stars"
 * or "out of"): the number next to them counts the reviews, it is not the score.
 */
export function besideStars(el: Element): boolean {
  const parent = el.parentNode && "tagName" in el.parentNode ? (el.parentNode as Element) : null;
  if (!parent) return false;
  let found = false;
  walkElements(parent, (n) => {
    // A rating widget ("stars", "star-rating"), not a favourite button classed "star".
    const widget = n.tagName !== "button" && n.tagName !== "a" && classList(n).some((c) => /^(?:stars|rating-stars?|star-ratings?|stars-\w+)$/i.test(c));
    if (n !== el && (widget || (n.tagName === "img" && /\bstars?\b|out of/i.test(attr(n, "alt") ?? "")))) found = true;
    return !found;
  });
  return found;
}

/** A count as listings write it: "45", "2,310", "12.4k", "1.2 M". */
const COUNT_TEXT = /^\d[\d.,\s]*(?:\s?[km])?$/i;

/**
 * Stars counted, not a score ("12.4k", "2,310" beside a repository's star icon): the count a plain
 * text shows, above 10 or abbreviated, with no star widget beside it to count; null otherwise.
 */
export function starsCounted(v: string, el: Element, numbers?: NumberStyle): number | null {
  const count = COUNT_TEXT.test(v.trim()) ? parseNumber(v, true, numbers) : null;
  return count !== null && Number.isInteger(count) && (count > 10 || /[km]$/i.test(v.trim())) && !besideStars(el) ? count : null;
}
