/**
 * Microdata values a record keeps in attributes: `<meta itemprop content>`, `<link itemprop href>`.
 */
import { attr, normalizeSpace, type Element } from "../dom";
import { resolveUrl } from "./values";
import type { Piece } from "./pieces";
import { ownHints } from "./piece-hints";

/** An enumeration member as schema.org writes it in a link ("https://schema.org/InStock"). */
const SCHEMA_ORG_MEMBER = /^https?:\/\/schema\.org\/([A-Z][A-Za-z]+)$/;
const IMAGE_PROP = /image|photo|logo|thumbnail/i;

/**
 * A microdata property held in an attribute: `<meta itemprop content>` or `<link itemprop href>`.
 * Only its own words name it (its itemprop, at full weight): unseen, it is only ever what it says it
 * is (see fit). A link to a schema.org enumeration member reads as its words
 * ("https://schema.org/InStock" → "In stock"), its URL stays its href.
 */
export function attributeValue(el: Element, path: string, base: string): Piece | null {
  const prop = attr(el, "itemprop")?.trim();
  if (!prop || (el.tagName !== "meta" && el.tagName !== "link")) return null;
  const raw = normalizeSpace(attr(el, el.tagName === "meta" ? "content" : "href") ?? "");
  if (!raw) return null;
  const hints = new Map<string, number>();
  ownHints(el, hints, 1);
  const url = el.tagName === "link" || /url$/i.test(prop) || /^https?:\/\//i.test(raw) ? (resolveUrl(raw, base) ?? undefined) : undefined;
  const member = el.tagName === "link" ? SCHEMA_ORG_MEMBER.exec(raw)?.[1] : undefined;
  const value = member ? member.replace(/([a-z])([A-Z])/g, (_, a: string, b: string) => `${a} ${b.toLowerCase()}`) : (url ?? raw);
  const piece: Piece = { el, text: "", value, hints, heading: false, mainLink: false, labelOnly: false, constant: false, slot: path, path, order: 0, struck: false, hidden: true };
  // Nothing of it is text: every value it gives is its attribute's.
  const from = el.tagName === "meta" ? "content" : "href";
  piece.valueAttr = from;
  if (el.tagName === "meta") piece.attrValue = raw;
  if (url) {
    piece.href = url;
    piece.hrefAttr = from;
  }
  if (url && IMAGE_PROP.test(prop)) {
    piece.src = url;
    piece.srcAttr = from;
  }
  return piece;
}
