/**
 * A web component's own attributes: `<product-card price="12.99" rating="4.6" href="/p/1">` keeps
 * its data there, and its shadow DOM (which a fetched page does not hold) shows it. Each such
 * attribute is a piece named by the attribute, as a microdata <meta itemprop> is: unseen, so it
 * only ever fills the field its name names (see fit).
 */
import { normalizeSpace, type Element } from "../dom";
import type { Piece } from "./pieces";
import { resolveUrl } from "./values";

/** A custom element's name has a hyphen (HTML's rule); AMP's built-ins are layout, not data. */
export const isCustomElement = (el: Element) => el.tagName.includes("-") && !el.tagName.startsWith("amp-");

/** Attributes of any element, or about layout and behaviour: never an item's data. */
const NOT_DATA =
  /^(?:class|id|style|slot|part|exportparts|is|role|tabindex|hidden|lang|dir|title|translate|draggable|inert|popover|nonce|loading|layout|width|height|sizes|variant|size|theme|mode|appearance|align|for|type|name|target|rel|(?:aria|on|v-|x-|ng-|data-v-|:|@).*)$/i;
const URL_NAME = /(?:^|-)(?:href|url|link|src|image|img|photo|thumbnail|poster|avatar|logo)$/i;
const IMAGE_NAME = /(?:^|-)(?:src|image|img|photo|thumbnail|poster|avatar|logo)$/i;

/** The data attributes of a custom element as hidden pieces, each named by its attribute. */
export function customElementPieces(el: Element, path: string, base: string, hintsOf: (name: string) => Map<string, number>): Piece[] {
  if (!isCustomElement(el)) return [];
  const out: Piece[] = [];
  for (const { name, value } of el.attrs) {
    const raw = normalizeSpace(value);
    // An empty or boolean attribute, or a blob (JSON config, a template): not one value.
    if (!raw || raw.length > 300 || NOT_DATA.test(name) || /^[[{]/.test(raw) || /^(?:true|false)$/i.test(raw)) continue;
    const url = URL_NAME.test(name) ? (resolveUrl(raw, base) ?? undefined) : undefined;
    if (URL_NAME.test(name) && !url) continue;
    const piece: Piece = {
      el,
      text: "",
      value: url ?? raw,
      attrValue: raw,
      valueAttr: name,
      hints: hintsOf(name.replace(/^data-/, "")),
      heading: false,
      mainLink: false,
      labelOnly: false,
      constant: false,
      slot: `${path}@${name}`,
      path,
      order: 0,
      struck: false,
      hidden: true,
    };
    if (url) Object.assign(piece, { href: url, hrefAttr: name });
    if (url && IMAGE_NAME.test(name)) Object.assign(piece, { src: url, srcAttr: name });
    out.push(piece);
  }
  return out;
}
