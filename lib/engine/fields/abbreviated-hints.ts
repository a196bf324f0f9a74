/**
 * Class names and labels shortened to a word's first letters: class="dest" names a destination,
 * "dims" dimensions, "plat" a platform, "Dept." a department. synonyms.ts lists the common ones;
 * a departures board's or a collection's own shorthand is in no list, and its field stayed empty
 * ("destination" beside <span class="dest">Airport</span>). Such a name counts below the field's
 * own word, as a guess: an exact class or label elsewhere in the record wins.
 */
import type { Piece } from "./pieces";

/**
 * Words that are class names of their own before they are the start of a longer word: "add" is an
 * add-to-cart button, not an address; "tag" a badge, not a tagline; "head" a card's top, not a
 * headquarters.
 */
const OWN_WORDS = new Set([
  ...["add", "head", "tag", "time", "line", "post", "list", "star", "ship", "info", "main", "new", "book", "part", "card", "meta"],
  ...["text", "type", "sale", "item", "name", "date", "view", "more", "show", "link", "home", "icon", "btn", "top", "sub", "pro"],
  ...["out", "over", "under", "back", "hot", "free", "open", "short", "long", "full", "wide", "small", "big", "low", "high", "per"],
]);

/** What the abbreviation counts for, against the field's own word: a guess, well below the word itself. */
const SHORT = 0.5;

/**
 * The weight of a piece's own hint (its class, id, label: not an ancestor's) that shortens
 * `word`, times SHORT; undefined when none does. A shortening keeps 3 letters at least and leaves
 * 2 at least ("dest" of "destination"; "dim" of "dimensions", written "dims" as plurals are).
 */
export function abbreviatedWeight(piece: Piece, word: string): number | undefined {
  if (word.length < 6 || !/^\p{Ll}+$/u.test(word)) return undefined;
  let best: number | undefined;
  for (const [hint, weight] of piece.hints) {
    if (weight < 2 || (best !== undefined && weight * SHORT <= best)) continue;
    if (shortens(hint, word)) best = weight * SHORT;
  }
  return best;
}

/**
 * What a whole word grows by into another word, not what an abbreviation leaves out: class="review"
 * is the review's, not its "reviewer"; "rating" is not "ratings" shortened.
 */
const SUFFIX = /^(?:s|es|er|ers|or|ors|ed|ing|ings|ion|ions|ment|ments|al|ly|ity|ive|able|ee|ees)$/;

function shortens(hint: string, word: string): boolean {
  if (hint.length < 3 || hint.length > word.length - 2 || OWN_WORDS.has(hint)) return false;
  if (word.startsWith(hint)) return !SUFFIX.test(word.slice(hint.length));
  const one = hint.endsWith("s") ? hint.slice(0, -1) : "";
  return one.length >= 3 && !OWN_WORDS.has(one) && word.endsWith("s") && word.startsWith(one) && !SUFFIX.test(word.slice(one.length));
}
