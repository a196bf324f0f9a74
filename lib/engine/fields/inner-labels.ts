/**
 * A header over a cell that wraps several named elements: "Name" over `<a class="coin"><p
 * class="name">Bitcoin</p><p class="symbol">BTC</p></a>`. The header's word is the inner element's
 * own name, so the header names that element ("Bitcoin"), not the wrapper's joined text ("Bitcoin
 * BTC"); the other inner elements keep their own names (a `symbol` field reads "BTC").
 */
import { isElement } from "../dom";
import type { Piece, RecordPieces } from "./pieces";
import { tokens } from "./spec";

/** A piece's own words name it at 2 or more (class, id, itemprop); an ancestor's reach it at 1. */
const OWN = 2;
const LABEL = 3;

function inside(inner: Piece, outer: Piece): boolean {
  for (let n = inner.el.parentNode; n && isElement(n); n = n.parentNode) if (n === outer.el) return true;
  return false;
}

/** Moves each labelled wrapper's label words onto the one inner piece its own name repeats them in. */
export function passLabelsInward(r: RecordPieces): void {
  for (const outer of r.pieces) {
    if (!outer.label || outer.inline || outer.labelOnly) continue;
    const words = tokens(outer.label).filter((w) => w.length > 1);
    if (!words.length) continue;
    const named = r.pieces.filter((p) => p !== outer && p.text && p.text !== outer.text && inside(p, outer) && words.every((w) => (p.hints.get(w) ?? 0) >= OWN));
    const [inner] = named;
    if (!inner || named.length > 1) continue;
    for (const w of words) {
      inner.hints.set(w, LABEL);
      outer.hints.set(w, Math.min(outer.hints.get(w) ?? 0, 1));
    }
  }
}
