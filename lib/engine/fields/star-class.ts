/**
 * Stars beside a review score: a hotel's "★★★★" is its class, set by an inspector, and "8.7" beside
 * it is the guests' rating. A rating field that does not ask for stars reads the score there; where a
 * list shows stars alone (a product's "★★★★☆"), the stars are the rating still.
 */
import { attr, classList } from "../dom";
import type { Fit } from "./match";
import type { FieldPlan } from "./plan";
import type { Piece, RecordPieces } from "./pieces";
import { readRating } from "./ratings";
import { wantsRatingWords } from "./rating-words";
import { tokens } from "./spec";

const STAR_GLYPH = /[★☆✭✮✯⭐✩]/u;

/** A whole number of stars shown as stars: glyphs, icons classed "star", or an aria-label that counts stars. */
function starDisplay(piece: Piece): boolean {
  const r = readRating(piece);
  if (r === null || !Number.isInteger(r.value)) return false;
  return STAR_GLYPH.test(piece.text) || classList(piece.el).some((c) => /star/i.test(c)) || /\bstars?\b/i.test(`${attr(piece.el, "aria-label") ?? ""} ${attr(piece.el, "title") ?? ""}`);
}

/**
 * A review score written as a number out of 10 ("8.7", "9/10"), named as a score, rating or review
 * and not as a count ("rating-count": "4" reviews), or null.
 */
function reviewScore(piece: Piece): { n: number; outOf10: boolean } | null {
  const m = /^(\d{1,2}[.,]\d{1,2}|\d{1,2}(?=\s*\/\s*10$))(\s*\/\s*10)?$/.exec(piece.value.trim());
  const n = m ? Number(m[1]!.replace(",", ".")) : NaN;
  if (!(n >= 0 && n <= 10) || starDisplay(piece) || COUNTED.some((w) => piece.hints.has(w))) return null;
  return ["score", "rating", "review", "reviews", "rated", "grade"].some((w) => piece.hints.has(w)) ? { n, outOf10: !!m![2] } : null;
}

const COUNTED = ["count", "counts", "total", "number", "num", "votes"];

const classStars = new WeakMap<RecordPieces[], boolean>();

/**
 * Whether the list's stars are a class: at least half of the records that show stars show a review
 * score beside them, on a scale of 10 (one above 5, or written "/10"): a product's "4.5" beside its
 * "★★★★☆" is the same rating written finer, not another one.
 */
function starsAreClass(all: RecordPieces[]): boolean {
  let known = classStars.get(all);
  if (known === undefined) {
    let starred = 0;
    let scored = 0;
    let outOf10 = false;
    for (const { pieces } of all) {
      if (!pieces.some(starDisplay)) continue;
      starred++;
      const score = pieces.map(reviewScore).find((s) => s !== null);
      if (!score) continue;
      scored++;
      if (score.n > 5 || score.outOf10) outOf10 = true;
    }
    classStars.set(all, (known = outOf10 && scored * 2 >= starred));
  }
  return known;
}

/** A field asking for stars (or a class, "hotelClass"): the stars are its value, whatever is beside them. */
const asksStars = (plan: FieldPlan) => tokens(plan.spec.name).some((t) => /^(?:stars?|class|category)$/i.test(t));

/** The fit `f` of record `r`'s piece `i`, or null when it is stars that are the hotel's class, not the rating asked for. */
export function withoutClassStars(plan: FieldPlan, all: RecordPieces[], r: number, i: number, f: Fit | null): Fit | null {
  if (!f || plan.kind !== "rating" || asksStars(plan) || wantsRatingWords(plan)) return f;
  const piece = all[r]?.pieces[i];
  return piece && starDisplay(piece) && starsAreClass(all) ? null : f;
}
