/**
 * A doer's name as its own element, the byline's words bare text around it: "GHSA-… published
 * <time>…</time> by <a>mkowalski</a>", "<a>iamkun</a> published <span>1.11.13</span>". No element
 * carries "by" or the verb, so nothing named the name: it is named here by the doer the verb says
 * ("published" → publisher), or "by" alone when no verb does.
 */
import { BLOCK_TAGS, isElement, isText, textContent, type ChildNode, type Element } from "../dom";
import { bylinePlan, verbStem } from "./byline-doers";
import { readByline } from "./bylines";
import { addHints } from "./piece-hints";
import type { Piece, RecordPieces } from "./pieces";

/** Nouns of doers whose verb is `stem` ("publish" → "publisher", "creat" → "creator", "writ" → "author"). */
function doersOf(stem: string): string[] {
  let nouns = DOERS.get(stem);
  if (!nouns) {
    const candidates = [`${stem}er`, `${stem}or`, `${stem}r`, `${stem}eer`, "author", "user", "seller", "agent"];
    DOERS.set(stem, (nouns = candidates.filter((n) => bylinePlan([n])?.verbs.has(stem))));
  }
  return nouns;
}
const DOERS = new Map<string, string[]>();

/** The text of a node as a reader sees it beside the name. */
const textOf = (n: ChildNode | undefined): string => (!n ? "" : isText(n) ? n.value : isElement(n) ? textContent(n) : "");

/** "… by" right before the name: the verb before it (a date may stand between: "published Nov 24 by"), or none. */
const BEFORE = /(?:^|[\s·•|])(?:(\p{L}+)\s+(?:[^·•|]{0,30}?\s)?)?by\s*:?\s*$/iu;
/** "published …" right after the name; not "Started by …", which is someone else's byline. */
const AFTER = /^\s*(\p{L}+)\b(?!\s+by\b)/u;

function siblings(el: Element): { before?: ChildNode; after?: ChildNode } {
  const parent = el.parentNode;
  if (!parent) return {};
  const kids = parent.childNodes;
  const i = kids.indexOf(el);
  const near = (from: number, step: number) => {
    for (let j = from; j >= 0 && j < kids.length; j += step) {
      const k = kids[j]!;
      if (!isText(k) || /\S/.test(k.value)) return k;
    }
    return undefined;
  };
  return { before: near(i - 1, -1), after: near(i + 1, 1) };
}

/** The doer nouns a name element's surrounding text gives it; empty when it stands in no byline. */
export function bylineNamesOf(el: Element, up = 2): string[] {
  const { before, after } = siblings(el);
  // The name alone in its link or span ("<a><span>iamkun</span></a> published"): the wrapper's neighbours.
  if (!before && !after && up > 0 && el.parentNode && isElement(el.parentNode)) return bylineNamesOf(el.parentNode, up - 1);
  const nouns = doersBeside(before, after);
  // A line that is a byline itself ("by <a>Gates, Bill, 1955-</a>") is read whole by bylines.ts.
  // Checked last: it reads the whole line's text, and most names stand in no byline at all.
  const parent = el.parentNode && isElement(el.parentNode) ? el.parentNode : null;
  return nouns.length && parent && readByline(textContent(parent)) ? [] : nouns;
}

function doersBeside(before: ChildNode | undefined, after: ChildNode | undefined): string[] {
  const by = isText(before) ? BEFORE.exec(before.value) : null;
  if (by) {
    const stem = by[1] ? verbStem(by[1]) : null;
    return stem ? doersOf(stem) : ["by"];
  }
  // (Beside the name in its line: a block after it starts a line of its own.)
  const verb = after && (isText(after) || (isElement(after) && !BLOCK_TAGS.has(after.tagName))) ? AFTER.exec(textOf(after))?.[1] : undefined;
  const stem = verb ? verbStem(verb) : null;
  return stem ? doersOf(stem) : [];
}

/** Names each short piece standing in a byline by its doer, as a label would. */
export function markBylineNames(rp: RecordPieces): void {
  for (const p of rp.pieces) {
    if (!short(p)) continue;
    for (const noun of bylineNamesOf(p.el)) addHints(p.hints, noun, 3);
  }
}

const short = (p: Piece) => !p.label && !p.labelOnly && !p.hidden && !p.heading && !p.mainLink && !!p.value && p.value.length <= 40 && !/\d{3}/.test(p.value);
