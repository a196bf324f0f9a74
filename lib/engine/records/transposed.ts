/**
 * Comparison tables: the items are the columns (one phone, one plan, one product each, its name,
 * link and picture in the header row) and the features are the rows, each headed by a <th> naming
 * the feature ("Price", "Display", "Weight"). Read row by row, such a table gives one record per
 * feature and names no field the analyst asks for; its records are its columns, named by the rows'
 * headers.
 *
 * A table is read so only when its shape leaves no doubt: the top-left cell names nothing (an empty
 * corner, or one only a screen reader sees), every item's header cell shows a picture or links to
 * the item's page (not a sort link), and every body row starts with a <th> that is a word, not a
 * rank. A standings or statistics table with a labelled corner ("Team", "Land") or sortable
 * headers keeps its rows as records.
 */
import { attr, classList, colSpan, elementChildren, isElement, isText, textContent, walkElements, type Element } from "../dom";
import { headerText } from "./header-text";
import type { Candidate } from "./repeated";

const cellsOf = (tr: Element) => elementChildren(tr).filter((c) => c.tagName === "td" || c.tagName === "th");
const rowsOf = (section: Element) => elementChildren(section).filter((r) => r.tagName === "tr");
/** Classes of text only a screen reader sees. */
const SCREEN_READER = /^(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|a11y-hidden|u-hidden-visually)$/i;
/** A link that sorts or filters the table, not one to an item's page. */
const SORT_LINK = /^[?#]|[?&](?:sort|order|orderby|dir)=/i;

/** The table's columns as records, when it is a comparison table (see above); else null. */
export function transposedCandidate(table: Element): Candidate | null {
  const sections = elementChildren(table);
  const bodies = sections.filter((s) => s.tagName === "tbody");
  if (bodies.length !== 1) return null;
  const thead = sections.find((s) => s.tagName === "thead");
  let rows = rowsOf(bodies[0]!);
  const head = thead ? rowsOf(thead).at(-1) : rows[0];
  if (!thead) rows = rows.slice(1);
  if (!head || rows.length < 3) return null;
  const [corner, ...items] = cellsOf(head);
  if (!corner || items.length < 2 || shownText(corner) || !items.every((c) => colSpan(c) === 1 && shownText(c) && namesItem(c))) return null;
  const width = items.length + 1;
  const features = rows.filter((r) => cellsOf(r).length === width && cellsOf(r).every((c) => colSpan(c) === 1));
  if (features.length < 3 || features.length < rows.length * 0.8) return null;
  if (!features.every((r) => featureHeader(cellsOf(r)[0]!))) return null;
  const records = items.map((item, j) => [item, ...features.map((r) => cellsOf(r)[j + 1]!)]);
  const headers = ["", ...features.map((r) => headerText(cellsOf(r)[0]!).replace(/\s+/g, " ").trim())];
  return { kind: "table", parent: bodies[0]!, records, headers, bonus: 2 };
}

/** The cell's text a sighted reader sees (without screen-reader-only text). */
function shownText(el: Element): string {
  let out = "";
  const walk = (n: Element) => {
    for (const c of n.childNodes) {
      if (isElement(c)) {
        if (!classList(c).some((k) => SCREEN_READER.test(k))) walk(c);
      } else if (isText(c)) out += c.value;
    }
  };
  walk(el);
  return out.trim();
}

/** An item's header cell: it shows the item's picture or links to its page. */
function namesItem(cell: Element): boolean {
  let found = false;
  walkElements(cell, (el) => {
    if (el.tagName === "img" || (el.tagName === "a" && !SORT_LINK.test(attr(el, "href") ?? "#"))) found = true;
    return !found;
  });
  return found;
}

/** A feature's header: a <th> that names it in words ("Price", "Face ID"), not a rank or a number. */
function featureHeader(cell: Element): boolean {
  const text = textContent(cell).trim();
  return cell.tagName === "th" && /\p{L}/u.test(text) && text.length <= 60;
}
