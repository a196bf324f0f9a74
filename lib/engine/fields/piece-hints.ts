/**
 * The words that name a piece: an element's own (class, id, itemprop, labels, data-* names) and an
 * attribute's name, weighted by how surely they name what the element holds.
 */
import { attr, type Element } from "../dom";
import { tokens } from "./spec";
import { joinedWords } from "./label-words";
import { germanSpelledOut } from "./german-spellings";
import { semanticClasses } from "./utility-classes";
import { tagNameWords } from "./tag-names";

/**
 * Adds the words of `text` as hints. One letter names nothing in a class ("w" styles a win in a
 * form guide), but is a name in a label or a column header ("W", "Home W", "P").
 */
export function addHints(into: Map<string, number>, text: string | undefined, weight: number, letters = false) {
  if (!text) return;
  for (const t of hintWords(text)) if (t.length > 1 || /\d/.test(t) || letters) into.set(t, Math.max(into.get(t) ?? 0, weight));
  // "Männlich" names the field "maennlich" (german-spellings.ts).
  const spelled = germanSpelledOut(text);
  if (spelled) for (const t of hintWords(spelled)) if (t.length > 1) into.set(t, Math.max(into.get(t) ?? 0, weight));
  // A label's casing splits one word in two ("MagSafe", "eSIM", "USB-C"): it names the field written as one too.
  if (letters) for (const j of joinedWords(text)) into.set(j, Math.max(into.get(j) ?? 0, weight));
}

/**
 * tokens(text), remembered: every record of a long table has the same header labels and classes,
 * and tokenising one (two normalisations, five regex passes) costs more than the rest of addHints.
 * Bounded, as a page's unique titles or aria-labels would otherwise pile up.
 */
function hintWords(text: string): readonly string[] {
  let words = HINT_WORDS.get(text);
  if (!words) {
    if (HINT_WORDS.size >= 10_000) HINT_WORDS.clear();
    HINT_WORDS.set(text, (words = tokens(text)));
  }
  return words;
}
const HINT_WORDS = new Map<string, readonly string[]>();

/** The words that name an element: class, id, itemprop, aria-label, title, data-* names. */
export function ownHints(el: Element, into: Map<string, number>, scale: number) {
  addHints(into, attr(el, "itemprop"), 3 * scale);
  // Utility classes (text-sm, bg-white) say how it looks, not what it holds (utility-classes.ts).
  addHints(into, semanticClasses(attr(el, "class")), 2 * scale);
  addHints(into, tagNameWords(el.tagName), 2 * scale);
  addHints(into, attr(el, "id")?.replace(/\d+/g, " "), 2 * scale);
  addHints(into, attr(el, "data-testid") ?? attr(el, "data-test") ?? attr(el, "data-field"), 2 * scale);
  // A web component's part is named by the slot it fills: <span slot="origin">Kenya</span>.
  addHints(into, attr(el, "slot"), 2 * scale);
  addHints(into, attr(el, "aria-label"), 1.5 * scale);
  addHints(into, attr(el, "title"), 1.5 * scale);
  addHints(into, attr(el, "name"), 1.5 * scale);
  for (const a of el.attrs) if (a.name.startsWith("data-") && a.name.length > 5) addHints(into, a.name.slice(5), 1.5 * scale);
  // A bar that shows how far along something is ("72% funded" drawn, not written) holds a percentage.
  if (attr(el, "role") === "progressbar" || el.tagName === "progress" || el.tagName === "meter") addHints(into, "progress percent percentage", 1.5 * scale);
}

/** The words of an attribute's name, at an itemprop's weight: a web component's data is named so. */
export function attributeHints(name: string): Map<string, number> {
  const into = new Map<string, number>();
  addHints(into, name, 3);
  return into;
}
