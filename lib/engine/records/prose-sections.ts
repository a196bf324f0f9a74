/**
 * An article's sections: records that are a heading and the text below it, side by side with no
 * wrapper of their own, and not a link or a picture among them. That is the flow of a document
 * read under its headings ("What is a job fair?", "How to prepare"), not a list of items: a listing
 * wraps each item (an <li>, an <article>, a card) and links it to its page or shows its picture.
 */
import { walkElements, type Element } from "../dom";

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const LINK_OR_PICTURE = new Set(["a", "img", "picture", "video"]);
const SAMPLE = 20;

export function proseSections(records: readonly Element[][]): boolean {
  return records.slice(0, SAMPLE).every((rec) => rec.length >= 2 && HEADINGS.has(rec[0]!.tagName) && !rec.some(holdsLinkOrPicture));
}

function holdsLinkOrPicture(el: Element): boolean {
  let found = LINK_OR_PICTURE.has(el.tagName);
  walkElements(el, (n) => {
    if (LINK_OR_PICTURE.has(n.tagName)) found = true;
    return !found;
  });
  return found;
}
