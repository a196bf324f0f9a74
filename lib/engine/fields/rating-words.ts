/**
 * The word a review score is given in ("9.1 Superb", "Excellent", "Sehr gut"): a text field named
 * for a rating's words ("ratingText", "ratingLabel", "reviewScoreWord") takes it, not the number.
 */
import type { Fit } from "./match";
import type { Piece } from "./pieces";
import type { FieldPlan } from "./plan";
import { textAttr } from "./origin";
import { tokens } from "./spec";

/** Last words of a rating field that ask for its words, not its number. */
const WORDS_OF = /^(?:text|texts|label|labels|word|words|wording|description|desc|verdict|caption|grade|summary|phrase)$/;

/** Whether a phrase of a query ("rating text", "review score word") asks for a rating's words: text, not a number. */
export function phraseAsksWords(phrase: string): boolean {
  const ts = tokens(phrase).map((t) => t.toLowerCase());
  return ts.some((t) => /^(?:rating|ratings|score|scores|stars?)$/.test(t)) && ts.some((t) => WORDS_OF.test(t));
}

/** Whether the field is a rating's words: a text field named for a rating and for its wording. */
export const wantsRatingWords = (plan: FieldPlan): boolean =>
  plan.kind === "rating" && plan.spec.type === "string" && tokens(plan.spec.name).some((t) => WORDS_OF.test(t.toLowerCase()));

/**
 * The words review sites (hotels, restaurants, cars) put beside a score, in the languages whose
 * dates and months are read. A word outside them fills the field only where a class or label names it.
 */
const SCORE_WORDS = new Set([
  "exceptional", "superb", "fabulous", "wonderful", "excellent", "very good", "good", "pleasant", "fair", "okay", "ok", "poor",
  "very poor", "disappointing", "great", "amazing", "outstanding", "fantastic", "average", "above average", "below average",
  "mediocre", "bad", "terrible", "awful", "review score",
  "außergewöhnlich", "hervorragend", "ausgezeichnet", "fantastisch", "sehr gut", "gut", "befriedigend", "ausreichend",
  "exceptionnel", "superbe", "fabuleux", "très bien", "bien", "assez bien", "moyen",
  "excepcional", "fantástico", "fantastico", "excelente", "muy bien", "bueno", "bien",
  "eccezionale", "favoloso", "eccellente", "ottimo", "molto buono", "buono",
]);

/** Words of a count, not of a score: "2,341 reviews" is no rating's word. */
const COUNT_WORDS = /(?<![\p{L}])(?:reviews?|ratings?|votes?|opinions?|guests?|verified|bewertungen|avis|reseñas|recensioni)(?![\p{L}])/iu;

/** The text without the score written beside its word: "9.1 Superb" → "Superb", "Excellent · 8.7/10" → "Excellent". */
function wordsOf(v: string): string {
  return v
    .replace(/[-+]?\d+(?:[.,]\d+)?\s*(?:\/\s*\d+|out of \d+)?/gi, " ")
    .replace(/[★☆✭✮✯⭐✩·•|:()\[\]]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[-–—,]\s*|\s*[-–—,]$/g, "");
}

/** The fit of a rating's words: a score word plainly, another short text where its name says so. */
export function ratingWordsFit(piece: Piece, v: string, h: number): Fit | null {
  if (!v || v.length > 40) return null;
  const w = wordsOf(v);
  if (!w || /\d/.test(w) || COUNT_WORDS.test(w) || w.length > 30) return null;
  const constant = piece.constant ? 3 : 0;
  if (SCORE_WORDS.has(w.toLowerCase())) return { score: 3 + h - constant, value: w, attr: textAttr(piece) };
  return h > 0 && w.split(" ").length <= 3 ? { score: 0.5 + h - constant, value: w, attr: textAttr(piece) } : null;
}
