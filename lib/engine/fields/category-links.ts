/**
 * A record's categories shown as links to the category pages: a restaurant's "<p class="cats"><span
 * class="price-range">€€</span> · <a href="/c/portuguese">Portuguese</a>, <a>Tapas</a></p>", a
 * film's genres, a post's topics. A field named for such a kind (cuisine, genre, topic) reads the
 * links' texts, not the line that gathers them with other values (the price level is its own field).
 */
import { classList, elementChildren, isElement, isText, normalizeSpace, textContent, type Element } from "../dom";
import type { Piece } from "./pieces";
import type { FieldPlan } from "./plan";
import { tokens } from "./spec";
import { singular } from "../words";

/** Fields that name the kind a directory files a record under. */
const KIND_WORDS = new Set(["category", "cuisine", "genre", "topic", "subject", "tag", "style"]);
/** The classes a directory's category line goes by: "cats", "categories", "tags". */
const CATEGORY_CLASSES = ["category", "categories", "cat", "cats"];

/** Besides its own words, what names the items of a list of such kinds ("cuisines": class="cats"). */
export const kindNames = (one: string): string[] => (KIND_WORDS.has(one) && one !== "tag" ? CATEGORY_CLASSES : []);

/**
 * A list of kinds whose named line holds links: the links are its items, not the values beside them
 * (the price level in "€€ · Portuguese, Tapas").
 */
export function linksOfKinds(names: Set<string>, items: Piece[]): Piece[] {
  if (!CATEGORY_CLASSES.some((c) => names.has(c))) return items;
  const links = items.filter((p) => p.el.tagName === "a");
  return links.length ? links : items;
}

/** What joins the links of such a line. */
const GLUE = /^[\s,;·•|/&+–—-]*$/u;

/** The field is named for a kind records are filed under: it reads a category line's links only. */
export function namesKind(plan: FieldPlan): boolean {
  let known = KINDS.get(plan);
  if (known === undefined) KINDS.set(plan, (known = plan.kind === "text" && tokens(plan.spec.name).some((t) => KIND_WORDS.has(singular(t)))));
  return known;
}
/** (Asked for every piece a text field is fitted to: once per plan.) */
const KINDS = new WeakMap<FieldPlan, boolean>();

/**
 * A kind field and another text field share a category line: the kind takes its links, the other a
 * value named beside them ("€€" for a price level). A title or a second kind field does not.
 */
export const sharesCategoryLine = (a: FieldPlan, b: FieldPlan): boolean => namesKind(a) !== namesKind(b) && a.kind !== "title" && b.kind !== "title";

/** The texts of the category links the piece's element gathers, joined ("Portuguese, Tapas"); null when it is no such line. */
export function categoryLinks(plan: FieldPlan, piece: Piece): string | null {
  if (piece.el.tagName === "a" || !namesKind(plan)) return null;
  const links: string[] = [];
  let other = false;
  const visit = (el: Element) => {
    for (const node of el.childNodes) {
      if (isText(node)) other ||= !GLUE.test(node.value);
      else if (!isElement(node)) continue;
      else if (node.tagName === "a") {
        const text = normalizeSpace(textContent(node));
        if (text) links.push(text);
      } else if (classList(node).length && !elementChildren(node).some((k) => k.tagName === "a")) continue;
      else visit(node);
    }
  };
  visit(piece.el);
  // (A named element beside the links, the price level, is another field's; plain text is not a category's.)
  return links.length && !other ? links.join(", ") : null;
}
