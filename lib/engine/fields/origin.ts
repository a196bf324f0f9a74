/** Where a field's value was read in the page: the element, and the attribute when not its text. */
import type { Element } from "../dom";
import type { Piece } from "./pieces";
import { readRating } from "./ratings";

/** Where a value was read: an element's attribute, or (no attr) its text. */
export interface Origin {
  el: Element;
  attr?: string;
}

/** The attribute a piece's text value (`value`, else `attrValue`) comes from, if it is not its text. */
export const textAttr = (piece: Piece) => (piece.hidden || !piece.value ? piece.valueAttr : undefined);
export const hrefAttr = (piece: Piece) => piece.hrefAttr ?? "href";

/** Where the value a piece gives was read, by how it was read: as text, from its link, or as a rating. */
export function originOf(piece: Piece, read: "text" | "href" | "rating"): Origin {
  if (read === "href") return { el: piece.hrefEl ?? piece.el, attr: hrefAttr(piece) };
  return { el: piece.el, attr: read === "rating" ? readRating(piece)?.attr : textAttr(piece) };
}
