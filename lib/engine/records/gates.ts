/**
 * Whether a scored region is the page's records (findRecords), and the bars it must clear: enough
 * text for its kind, content rather than page chrome, not an item's own list of properties. A list
 * of links counts only when the query names it.
 */
import { attr, textContent, type Element } from "../dom";
import { chromeFactor } from "./chrome";
import { isPropertyList } from "./properties";
import { stem, type QueryTerms, type Scored } from "./score";
import { showsAskedKinds, showsValues } from "./value-kinds";

/**
 * What findRecords accepts as "the page's records": content (not navigation/footer/link farms) and
 * real text, at least MIN_TEXT visible characters in all (about 25 words): a few short repeated
 * items such as opening hours are page furniture, not a listing.
 */
const MIN_TEXT = 150;
/** Tables with a consistent grid and microdata declare their structure: less text is enough. */
export const MIN_TEXT_DECLARED = 40;
/**
 * A table whose header row names its columns, when the query names them too ("every team" over
 * Team | Score | Rating), holds what was asked for: four teams with a score and a rating are a
 * result, however short their text. Without the query's word a short headed table is as likely
 * a product page's shipping rates or a search page's empty filter counts.
 */
const MIN_TEXT_HEADED = 12;
/**
 * The score of three similar two-field records of ~50 characters is about 11: a region weaker than
 * that is not a listing (heterogeneous blocks that happen to be siblings score far lower).
 */
export const MIN_SCORE = 10;
/**
 * A region in which a quarter of the query's terms appear (class names, labels, text) is what the
 * analyst asked for, even when its records are short (a team page: name, role, link): the
 * declared-structure bar applies to it.
 */
const QUERY_VOUCHES = 1.2;
export const MIN_CONTENT_CHROME = 0.5;

/**
 * The text a region must show to be the page's records (see MIN_TEXT and the bars below it). A short
 * list is vouched for by the query's words in it, by the kinds of value the query asks for (its
 * "price" met by "4,50 €" in every item), or, whatever the query, by a link and a typed value each.
 */
/**
 * Whether `r` holds the text minText asks of it, without reading its records when its text alone
 * settles it (above the highest bar, or below the lowest): minText reads every record's values.
 */
export function enoughText(r: Scored, query: QueryTerms | null): boolean {
  if (r.coverage >= MIN_TEXT) return true;
  return r.coverage >= MIN_TEXT_HEADED && r.coverage >= minText(r, query);
}

export function minText(r: Scored, query: QueryTerms | null): number {
  if (r.kind === "table" && headersNamed(r, query)) return MIN_TEXT_HEADED;
  const vouched = r.fit >= QUERY_VOUCHES || showsValues(r.records) || showsAskedKinds(r.records, query);
  return r.kind === "repeated" && !vouched ? MIN_TEXT : MIN_TEXT_DECLARED;
}

/** Records that each start with a different label and a colon: one item's fields, one per line. */
export function labelledLines(records: readonly Element[][]): boolean {
  const labels = records.map((rec) => /^([^:：]{1,40})[:：]/.exec(rec.map((el) => textContent(el)).join(" "))?.[1]?.trim().toLowerCase());
  return labels.every((l) => l !== undefined) && new Set(labels).size === labels.length;
}

/**
 * Whether one of the query's words (singular, as queryTerms gives them) is a word of a column
 * header that names what the rows are ("Team", "Club"), not an attribute any small table has:
 * "every product with name and price" does not make a product page's Name | Price shipping table
 * its listing.
 */
function headersNamed(r: Scored, query: QueryTerms | null): boolean {
  if (!query || !r.headers?.length) return false;
  const words = new Set(
    r.headers
      .flatMap((h) => h.toLowerCase().split(/[^\p{L}\p{N}]+/u))
      .filter((w) => w && !ATTRIBUTE_WORDS.has(w))
      .map(stem),
  );
  return query.terms.some((t) => !ATTRIBUTE_WORDS.has(t) && words.has(t));
}

/** Header words of attributes, not of things: every small table of a detail page has some. */
const ATTRIBUTE_WORDS = new Set(
  "name title price cost fee rate size date time day url link image description type value amount total qty quantity number no count unit color colour weight length width height method option options detail details info note notes status".split(" "),
);

/**
 * An item's own list of properties (label: value rows). A table whose header row names its columns
 * ("Description | Amount") is a table of records, however varied its values.
 */
export const specList = (r: Scored) => !(r.kind === "table" && r.headers?.length) && isPropertyList(r.records);

/**
 * A list of links in the page's content that the query names ("every category with name and url"
 * on a shop's home page: an <ol id="categories"> of ten links). Such a list looks like a menu (all
 * link text), so it is never the page's records by default; when nothing else is, and the list is
 * named by the query's terms, it is what the analyst asked for. Named means by the list's own
 * class or id, or its items' (id="categories", class="category-li"): a tab menu with a "Reviews
 * (0)" tab is not the reviews. Lists in a nav, header, footer or aside are still menus, whatever
 * the query says.
 */
export function askedForLinks(r: Scored, query: QueryTerms | null): boolean {
  if (!query) return false;
  const placement = chromeFactor(r.parent);
  return (
    placement === 1 &&
    namedBy(r, query) &&
    r.fit >= QUERY_VOUCHES &&
    r.coverage >= MIN_TEXT_DECLARED &&
    r.score / r.chrome >= MIN_SCORE &&
    !specList(r)
  );
}

/** Whether a query term is in the class or id of the list, its parent, or its first items. */
function namedBy(r: Scored, query: QueryTerms): boolean {
  const names: string[] = [];
  const own = (el: Element) => names.push(attr(el, "class") ?? "", attr(el, "id") ?? "");
  own(r.parent);
  const up = r.parent.parentNode;
  if (up && "tagName" in up) own(up as Element);
  for (const rec of r.records.slice(0, 3)) for (const el of rec) own(el);
  const words = new Set(
    names
      .join(" ")
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 3)
      .map(stem),
  );
  return query.terms.some((t) => words.has(t));
}

