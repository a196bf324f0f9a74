/**
 * A product's sizes shown as bare options: `<ul class="swatches"><li>250g</li><li>1kg</li></ul>`,
 * or one text "250g / 1kg". Nothing names them sizes; what they say does (a weight, a volume, a
 * clothing size), so a list named for sizes reads them when nothing named is found.
 */
import { parentElement } from "../records/features";
import type { Element } from "../dom";
import type { Piece } from "./pieces";

const SIZE_NAMES = new Set(["size", "sizes", "weight", "weights", "volume", "volumes", "capacity", "capacities"]);
const MEASURE = /^\d+(?:[.,]\d+)?\s?(?:mg|g|kg|oz|lbs?|ml|cl|l|fl\.? ?oz|mm|cm|m|in|tb|gb)$/i;
const CLOTHING = /^(?:xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl|one size)$/i;
const SEPARATOR = /\s*(?:[,·•|]|\s\/\s|\/)\s*/;

export const readsAsSize = (text: string): boolean => MEASURE.test(text.trim()) || CLOTHING.test(text.trim());

/** Whether a list's names ("sizes", "weights") ask for sizes. */
export const namesSizes = (names: Set<string>): boolean => [...names].some((n) => SIZE_NAMES.has(n));

/**
 * The sizes a record shows: the items of one list whose texts all read as sizes (two or more), else
 * the parts of one text that are all sizes. Empty when neither.
 */
export function shownSizes(pieces: Piece[]): { values: string[]; piece: Piece } | null {
  const byParent = new Map<Element, Piece[]>();
  for (const p of pieces) {
    const parent = parentElement(p.el);
    if (!p.labelOnly && !p.hidden && parent) byParent.set(parent, [...(byParent.get(parent) ?? []), p]);
  }
  for (const group of byParent.values()) {
    if (group.length >= 2 && group.every((p) => readsAsSize(p.value))) return { values: group.map((p) => p.value.trim()), piece: group[0]! };
  }
  for (const p of pieces) {
    const parts = p.value.split(SEPARATOR).filter(Boolean);
    if (!p.labelOnly && !p.hidden && parts.length >= 2 && parts.every(readsAsSize)) return { values: parts.map((s) => s.trim()), piece: p };
  }
  return null;
}
