/**
 * A FAQ: records that each put a question in a heading (or an accordion's toggle) and answer it
 * below. A page's FAQ explains the page; it is rarely the records an extraction is after, even when
 * its long answers outscore the page's short product tiles. A list of questions that link to their
 * own pages (a forum's or Q&A site's threads) is a listing, not a FAQ: its headings are links.
 */
import { attr, textContent, walkElements, type Element } from "../dom";

/** Where a FAQ puts its questions: headings, and the toggles of accordions and <details>. */
const QUESTION_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "summary", "dt", "button"]);
/** Share of records that must ask a question. */
const ASKING = 2 / 3;
const SAMPLE = 20;
/**
 * Elements read per record looking for its question: a FAQ entry asks it first, in its first few
 * elements, and a record of a whole page section (thousands of elements) is no FAQ entry.
 */
const LOOK = 200;

export function questionsAndAnswers(records: readonly Element[][]): boolean {
  const sample = records.slice(0, SAMPLE);
  return sample.filter(asksQuestion).length >= sample.length * ASKING;
}

function asksQuestion(rec: Element[]): boolean {
  let found = false;
  let read = 0;
  // Whether to look below n: not below a link (a linked question is a thread), nor a heading.
  const visit = (n: Element) => {
    if (found || ++read > LOOK || (n.tagName === "a" && attr(n, "href") !== undefined)) return false;
    if (!QUESTION_TAGS.has(n.tagName) && attr(n, "role") !== "heading") return true;
    if (/\?\s*$/.test(textContent(n)) && !holdsLink(n)) found = true;
    return false;
  };
  for (const el of rec) if (visit(el)) walkElements(el, visit);
  return found;
}

function holdsLink(el: Element): boolean {
  let link = false;
  walkElements(el, (n) => {
    if (n.tagName === "a" && attr(n, "href") !== undefined) link = true;
    return !link;
  });
  return link;
}
