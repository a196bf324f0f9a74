/**
 * A class names what its element holds by its last word: "day-details" holds a day's details, not
 * the day; "price-box" still holds the price (a box, a wrapper, a value are no things of their own).
 * A field's word that the piece's classes use only to modify another noun names it as weakly as an
 * ancestor's word would: a forecast's "day" is the "dow" text ("Tue"), not the "day-details" block.
 */
import { attr, elementChildren, isText, type Element } from "../dom";
import type { Piece } from "./pieces";
import { tokens } from "./spec";
import { semanticClasses } from "./utility-classes";
import { memoByString } from "./string-memo";

/** Last words that say how a thing is shown or held, not what it is: the word before them is the head. */
const HOLDERS = new Set([
  ...["box", "wrapper", "wrap", "container", "inner", "outer", "holder", "block", "module", "widget", "component", "group"],
  ...["text", "txt", "value", "val", "label", "lbl", "number", "num", "count", "amount", "field", "content", "data", "info"],
  ...["item", "el", "element", "cell", "col", "column", "row", "line", "section", "area", "card", "tile", "badge", "tag", "pill", "chip", "icon", "link", "ltr", "rtl"],
  ...["sm", "md", "lg", "xl", "xs", "small", "large", "big", "bold", "light", "dark", "primary", "secondary", "main", "active"],
]);

/** Where a piece's own class words are: its element and the wrappers whose only child it is (they pass their words on in full). */
function ownClassElements(el: Element): Element[] {
  const out = [el];
  for (let at = el.parentNode; at && "tagName" in at; at = at.parentNode) {
    const parent = at as Element;
    const kids = elementChildren(parent);
    if (kids.length !== 1 || parent.childNodes.some((c) => isText(c) && c.value.trim() !== "")) break;
    out.push(parent);
  }
  return out;
}

/** Each class's words and its head, the last word that is no holder. */
function classHeads(els: Element[]): { words: Set<string>; heads: Set<string> } {
  const words = new Set<string>();
  const heads = new Set<string>();
  for (const el of els) {
    const own = classWords(attr(el, "class") ?? "");
    for (const t of own.words) words.add(t);
    for (const h of own.heads) heads.add(h);
  }
  return { words, heads };
}

/** One class attribute's words and heads, in classHeads' order; remembered, as records repeat their classes. */
const classWords = memoByString((value: string) => {
  const words: string[] = [];
  const heads: string[] = [];
  for (const cls of semanticClasses(value)?.split(/\s+/) ?? []) {
    const ts = tokens(cls);
    words.push(...ts);
    const head = [...ts].reverse().find((t) => !HOLDERS.has(t)) ?? ts[ts.length - 1];
    if (head) heads.push(head);
  }
  return { words, heads };
});

const MEMO = new WeakMap<Piece, { words: Set<string>; heads: Set<string> }>();

/**
 * The weight `word` names the piece with: `weight` (its hint's), or at most an ancestor's (1) when
 * the weight is a class's and the piece's own classes have the word only before another noun.
 */
export function classWordWeight(piece: Piece, word: string, weight: number | undefined): number | undefined {
  // Labels, headers and itemprops (3) are not classes; ancestors' words (1) are weak already.
  if (weight === undefined || weight <= 1 || weight > 2) return weight;
  let own = MEMO.get(piece);
  if (!own) MEMO.set(piece, (own = classHeads(ownClassElements(piece.el))));
  return own.words.has(word) && !own.heads.has(word) ? 1 : weight;
}
