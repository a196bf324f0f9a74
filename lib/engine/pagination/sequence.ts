/**
 * Numbered pagers: "1 2 [3] 4 5" — the current page is marked (not a link, class current/active,
 * aria-current, or a link to the page itself), and the link right after it with number current+1 is
 * the next page. Works on one element's children at a time, looking at each child's subtree only a
 * bounded number of nodes deep so wide lists stay linear.
 */
import { attr, isElement, isText, type ChildNode, type Element } from "../dom";
import { hasCurrentToken, tokens } from "./lexicon";

type Item =
  | { kind: "current"; value: number }
  | { kind: "link"; value: number; anchor: Element }
  | { kind: "other" }
  | { kind: "skip" }
  | { kind: "break" };

const SEPARATOR = /^[\s|·•,\-–—/:;.…[\]()]*$/u;
const NUMBER = /^(?:page|seite|pagina|página|p\.?|страница|стр\.?)?\s*[[(]?\s*(\d{1,5})\s*[\])]?\.?$/iu;
const NODE_BUDGET = 16;
const MAX_ITEMS = 200;

export function analyseSequence(
  parent: Element,
  resolve: (el: Element) => string | null,
  isCurrentUrl: (url: string) => boolean,
  out: Map<Element, { value: number; current: number }>,
): void {
  // A pager has a handful of entries: skip childless runs of text, and long lists (products,
  // tables), whose numbers are not page numbers and would only cost time.
  let elements = 0;
  for (const c of parent.childNodes) if (isElement(c) && ++elements > MAX_ITEMS) return;
  if (elements < 1) return;

  const items: Item[] = [];
  let currents = 0;
  for (const child of parent.childNodes) {
    const item = classify(child, resolve, isCurrentUrl);
    if (item.kind === "skip") continue;
    if (item.kind === "current") currents++;
    items.push(item);
  }
  // Several unmarked numbers (a table of figures, a ranked list) are not a pager.
  if (currents !== 1) return;
  for (let i = 0; i + 1 < items.length; i++) {
    const cur = items[i]!;
    const next = items[i + 1]!;
    if (cur.kind === "current" && next.kind === "link" && next.value === cur.value + 1) {
      // A lone "current" number next to one link is weak evidence; require one more page number nearby.
      const before = items[i - 1];
      const after = items[i + 2];
      const more = (before && (before.kind === "link" || before.kind === "other")) || (after && (after.kind === "link" || after.kind === "other"));
      if (more || cur.value > 1) out.set(next.anchor, { value: next.value, current: cur.value });
    }
  }
}

function classify(child: ChildNode, resolve: (el: Element) => string | null, isCurrentUrl: (url: string) => boolean): Item {
  if (isText(child)) {
    const t = child.value.trim();
    if (SEPARATOR.test(t)) return { kind: "skip" };
    const m = NUMBER.exec(t);
    return m ? { kind: "current", value: Number(m[1]) } : t.length <= 15 ? { kind: "other" } : { kind: "break" };
  }
  if (!isElement(child)) return { kind: "skip" };
  if (child.tagName === "script" || child.tagName === "style") return { kind: "skip" };
  const scan = scanItem(child);
  if (!scan) return { kind: "break" };
  const { anchor, text, anchors } = scan;
  if (anchors > 1) return { kind: "break" };
  const m = NUMBER.exec(text);
  const value = m ? Number(m[1]) : null;
  if (!anchor) {
    if (value !== null) return { kind: "current", value };
    if (SEPARATOR.test(text)) return { kind: "skip" };
    return text.length <= 15 ? { kind: "other" } : { kind: "break" };
  }
  if (value === null) return text.length <= 30 ? { kind: "other" } : { kind: "break" };
  const url = resolve(anchor);
  const marked =
    hasCurrentToken([...tokens(attr(child, "class")), ...tokens(attr(anchor, "class"))]) ||
    isAriaCurrent(child) ||
    isAriaCurrent(anchor);
  if (marked || (url !== null && isCurrentUrl(url))) return { kind: "current", value };
  // A number whose href goes nowhere (#, javascript:) is usually the current page; when every number
  // is like that (a script-driven pager) there are several "currents" and the pager is ignored.
  if (url === null) return { kind: "current", value };
  return { kind: "link", value, anchor };
}

const isAriaCurrent = (el: Element) => {
  const v = attr(el, "aria-current");
  return v !== undefined && v !== "false";
};

/** The single link inside a pager item and its short text; null when the item is too big to be one. */
function scanItem(item: Element): { anchor: Element | null; anchors: number; text: string } | null {
  let anchor: Element | null = null;
  let anchors = 0;
  let text = "";
  let budget = NODE_BUDGET;
  const stack: ChildNode[] = [item];
  while (stack.length) {
    if (budget-- <= 0) return null;
    const n = stack.pop()!;
    if (isText(n)) {
      text += n.value;
      if (text.length > 60) return null;
      continue;
    }
    if (!isElement(n) || n.tagName === "script" || n.tagName === "style") continue;
    if ((n.tagName === "a" || n.tagName === "area") && attr(n, "href") !== undefined) {
      anchors++;
      anchor = n;
    }
    // Never push more children than the budget can visit: wide subtrees stay cheap.
    for (let i = Math.min(n.childNodes.length, budget + 1) - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
  }
  return { anchor, anchors, text: text.replace(/\s+/g, " ").trim() };
}
