/**
 * Text and place helpers for pieces: memoised visible text, struck-out text, table cell columns and
 * the document's base URL.
 */
import { BLOCK_TAGS, INVISIBLE_TAGS, attr, colSpan, elementChildren, isElement, isText, normalizeSpace, type Element, type ParentNode } from "../dom";
import { resolveUrl } from "./values";
import { SKIP_TAGS, parentElement } from "../records/features";
import { rowLayout } from "../records/row-spans";

export function baseOf(el: Element, pageUrl: string): string {
  let root: ParentNode | null = el;
  while (root && "parentNode" in root && root.parentNode) root = root.parentNode as ParentNode;
  let base: string | undefined;
  const stack = root ? [...root.childNodes] : [];
  // <base href> sits in <head>: a shallow look is enough.
  for (let i = 0; i < stack.length && i < 400 && !base; i++) {
    const n = stack[i];
    if (!isElement(n)) continue;
    if (n.tagName === "base") base = attr(n, "href");
    else if (n.tagName === "html" || n.tagName === "head") stack.push(...n.childNodes);
  }
  return (base && resolveUrl(base, pageUrl)) || pageUrl;
}

/**
 * Two elements side by side with nothing between them, the second starting a capitalised word
 * ("<span>Hannah</span><span>Germany</span>"): a page styles them apart (a name and a country
 * under it), and one word "HannahGermany" is no value. A lower-case start is one word cut by markup
 * ("<b>Py</b><span>thon</span>", "<span>12</span><span>.99</span>") and stays joined.
 */
export const apart = (left: string, right: string): boolean => /[^\s([{/'"“‘-]$/u.test(left) && /^\p{Lu}\p{Ll}/u.test(right);

/**
 * A footnote's mark: a superscript that links to a note on the page ("Bayern<sup><a href="#fn1">1</a></sup>",
 * Wikipedia's "[3]"). It is no part of the value: the name is "Bayern", the number 12,345, not
 * "Bayern1" or "12,345[3]". A superscript without such a link is kept ("m<sup>2</sup>", "10<sup>6</sup>").
 */
function footnoteMark(el: Element): boolean {
  if (el.tagName !== "sup") return false;
  const kids = elementChildren(el);
  const link = kids.length === 1 && kids[0]!.tagName === "a" ? kids[0]! : null;
  if (link && /^#./.test(attr(link, "href") ?? "") && /^\[?[\p{L}\d*†‡§]{1,4}\]?$/u.test(normalizeSpace(textOf(el)))) return true;
  // An editor's note in brackets that links to what it means: Wikipedia's "[citation needed]",
  // "[when?]", "[dubious – discuss]" (its link inside an <i>).
  return /^\[[^\[\]]{1,40}\]$/.test(normalizeSpace(textOf(el))) && hasLink(el);
}
const hasLink = (el: Element): boolean => elementChildren(el).some((c) => (c.tagName === "a" && attr(c, "href") !== undefined) || hasLink(c));
const textOf = (el: Element): string => el.childNodes.map((c) => (isText(c) ? c.value : isElement(c) ? textOf(c) : "")).join("");

/**
 * dom.textContent for every element of a subtree in one pass (each element's text is built from its
 * children's): calling textContent per element would re-walk the subtree at every level.
 */
export function textMemo(): (el: Element) => string {
  const raw = new Map<Element, string>();
  const rawOf = (el: Element): string => {
    let t = raw.get(el);
    if (t !== undefined) return t;
    const parts: string[] = [];
    // The text of the element just before, when nothing stands between it and the next.
    let left: string | undefined;
    for (const c of el.childNodes) {
      if (isText(c)) {
        parts.push(c.value);
        if (c.value) left = undefined;
      } else if (isElement(c) && !INVISIBLE_TAGS.has(c.tagName) && !footnoteMark(c)) {
        if (c.tagName === "br") parts.push(" ");
        const inner = rawOf(c);
        if (left !== undefined && apart(left, inner)) parts.push(" ");
        parts.push(BLOCK_TAGS.has(c.tagName) ? ` ${inner} ` : inner);
        left = inner;
      }
    }
    t = parts.join("");
    raw.set(el, t);
    return t;
  };
  const done = new Map<Element, string>();
  return (el) => {
    let t = done.get(el);
    if (t === undefined) done.set(el, (t = normalizeSpace(rawOf(el))));
    return t;
  };
}

/** The text without struck-out parts ("<del>£60.00</del> £39.01" → "£39.01"), when something is left. */
export function unstruck(el: Element, text: string): string {
  let struck = false;
  const parts: string[] = [];
  const walk = (n: ParentNode) => {
    for (const c of n.childNodes) {
      if (isText(c)) parts.push(c.value);
      else if (isElement(c) && !SKIP_TAGS.has(c.tagName)) {
        if (["del", "s", "strike"].includes(c.tagName)) struck = true;
        else {
          if (c.tagName === "br" || BLOCK_TAGS.has(c.tagName)) parts.push(" ");
          walk(c);
          if (BLOCK_TAGS.has(c.tagName)) parts.push(" ");
        }
      }
    }
  };
  walk(el);
  if (!struck) return text;
  const rest = normalizeSpace(parts.join(""));
  return rest || text;
}

/**
 * The column of a table cell (spans counted). With `record`, the column within the record: a split
 * table's record is row i of each of its tables, whose columns follow one another; a comparison
 * table's is one column, whose cells follow one another.
 */
export function cellIndex(cell: Element, record?: readonly Element[]): number {
  // A comparison table's record is a column of cells (records/transposed.ts): a cell's header is the
  // one of its place in the column.
  const own = record && record.length > 1 ? record.indexOf(cell) : -1;
  if (own >= 0) return own;
  const row = parentElement(cell);
  if (!row) return 0;
  // Cells of rows above that span down push this row's cells to the right (records/row-spans.ts).
  const laidOut = !record || record.length === 1 ? rowLayout(row) : undefined;
  const at = laidOut?.columns.get(cell) ?? laidOut?.carried.find((c) => c.cell === cell)?.column;
  if (at !== undefined) return at;
  let index = 0;
  if (record && record.length > 1 && record.includes(row))
    for (const r of record) {
      if (r === row) break;
      for (const c of elementChildren(r)) index += colSpan(c);
    }
  for (const c of elementChildren(row)) {
    if (c === cell) return index;
    index += colSpan(c);
  }
  return index;
}
