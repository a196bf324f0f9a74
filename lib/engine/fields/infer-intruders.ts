/**
 * An optional element that takes a column's place in one record: a "Sponsored" or "New" badge put
 * before a card's price moves the price to the next <span>, and the price's slot (span[1]) then
 * holds the badge. Reading by position gave that record "Sponsored" for its price and the price
 * for its rating. The class the slot's element has in most records says which element it is:
 * where this record's element at that place has none of it, the column reads the element of this
 * record that has it, in a slot shifted along (fill.ts shiftedSlot), or nothing.
 */
import { classList } from "../dom";
import { shiftedSlot } from "./assign-slots";
import type { Piece, RecordPieces } from "./pieces";

/**
 * The classes more than half of a slot's pieces carry (all of them, digits too: a CSS module's
 * "ProductCard_price__Q1" names the slot as well as "price" does). Empty when the slot's elements
 * have no class in common.
 */
export function slotClasses(pieces: readonly Piece[]): string[] {
  const counts = new Map<string, number>();
  for (const p of pieces) for (const c of new Set(classList(p.el))) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].filter(([, n]) => n * 2 > pieces.length).map(([c]) => c);
}

/**
 * The piece a column reads in a record whose piece `at` sits in the column's slot: `at` itself,
 * unless it lacks every class of the slot's (an intruder), then the one piece of the record that
 * has one of them, of the same tag, in a shifted slot; undefined when there is none.
 */
export function slotPiece(rp: RecordPieces, column: { slot: string; slotClasses?: string[] }, at: Piece): Piece | undefined {
  const classes = column.slotClasses;
  if (!classes?.length || classList(at.el).some((c) => classes.includes(c))) return at;
  const [path] = column.slot.split("@");
  const found = rp.pieces.filter((x) => !x.labelOnly && !x.hidden && x.el.tagName === at.el.tagName && shiftedSlot(path!, x.slot) && classList(x.el).some((c) => classes.includes(c)));
  return found.length === 1 ? found[0] : undefined;
}
