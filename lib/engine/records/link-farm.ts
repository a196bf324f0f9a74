/**
 * Menus and link farms: lists whose records are nothing but link labels. The score (score.ts) ranks
 * them low, since on most pages the content lists are the records and a menu beside them is not.
 *
 * A link farm's records are (nearly) all link text, and that text is labels: one short link each
 * (menu items), or several links each (footer columns, mega-menus, a table of tag links). A label
 * names a thing in a few words; it says nothing about it. So a list whose records carry more than
 * labels is content however much of its text is linked: a title beside a sentence about it (a
 * headline, a description, a forum question), or a price, whatever share of its records show a
 * picture. Cards wrapped in one <a> and listings that link every field are like that; a menu is not.
 * (score.ts also spares lists of labels that nearly all show a picture: listings' cards mostly do,
 * menus rarely; without that, findRecords loses a page's tiles of picture and name.)
 */
import { attr, isElement, isText, type Element } from "../dom";
import { SKIP_TAGS } from "./features";
import { shownKinds } from "./value-kinds";

/** Share of a list's text inside links above which its records may be a menu's. */
const LINK_SHARE = 0.8;
/** One short link each: fewer than two text leaves, and less text than this per record. */
const SHORT_LINK = 40;
/** Several links each: this many per record. */
const SEVERAL_LINKS = 3;
/**
 * A sentence rather than a label: a label (a menu item, a category, a tag, a name) is one to four
 * words; a headline, a description or a question is longer.
 */
const SENTENCE_WORDS = 6;
/** Records read to tell labels from content: the first few, as value-kinds.ts reads them. */
const SAMPLE = 10;

/** What the score has already counted about a list (score.ts's tally). */
export interface LinkTally {
  n: number;
  meanText: number;
  meanLeaves: number;
  /** Characters inside links, over all records. */
  links: number;
  /** <a href> elements, over all records. */
  anchors: number;
  coverage: number;
}

/** Whether the records are a menu or link farm (see the header). Reads records only when the counts leave it open. */
export function linkFarm(records: readonly Element[][], t: LinkTally): boolean {
  const linkDensity = t.coverage ? t.links / t.coverage : 0;
  if (linkDensity <= LINK_SHARE) return false;
  const labels = (t.meanLeaves < 2 && t.meanText < SHORT_LINK) || t.anchors / t.n >= SEVERAL_LINKS;
  return labels && !carriesContent(records);
}

/**
 * Whether most records (of the first SAMPLE) say something about what they link to: a sentence
 * beside another text (a title and its description), or a price.
 */
function carriesContent(records: readonly Element[][]): boolean {
  const sample = records.slice(0, SAMPLE);
  if (shownKinds(sample).includes("money")) return true;
  const described = sample.filter(titledSentence).length;
  return described * 2 > sample.length;
}

/**
 * A record holding a text of SENTENCE_WORDS words or more and at least one other text, its sentences
 * about one thing: linked, if at all, to one address. A row of headlines each leading elsewhere (a
 * sponsored-links widget, a "more stories" strip) is several links, not one item described.
 */
function titledSentence(rec: readonly Element[]): boolean {
  let texts = 0;
  let sentences = 0;
  const targets = new Set<string>();
  const stack: Array<{ el: Element; href: string | undefined }> = rec.map((el) => ({ el, href: undefined }));
  while (stack.length) {
    const { el, href: outer } = stack.pop()!;
    if (SKIP_TAGS.has(el.tagName)) continue;
    const href = el.tagName === "a" ? (attr(el, "href") ?? outer) : outer;
    for (const c of el.childNodes) {
      if (isElement(c)) stack.push({ el: c, href });
      else if (isText(c)) {
        const words = c.value.trim().split(/\s+/).filter(Boolean).length;
        if (!words) continue;
        texts++;
        if (words < SENTENCE_WORDS) continue;
        sentences++;
        if (href !== undefined) targets.add(href);
      }
    }
  }
  return sentences > 0 && texts >= 2 && targets.size <= 1;
}
