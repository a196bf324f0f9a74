/**
 * One line, several labelled values: "<b>Instructor:</b> Dr. Park · <b>Term:</b> Fall, Spring",
 * "<strong>Beds:</strong> 3 | <strong>Baths:</strong> 2". Read as one "Label: value" the first
 * label took the whole line, the others' values in it; each label names its own part.
 */
import { BLOCK_TAGS, isElement, isText, normalizeSpace, type Element } from "../dom";
import { apart } from "./dom-text";

export interface LabelledPart {
  label: string;
  value: string;
  /** "Label: value", as the part reads on the page. */
  text: string;
}

/** A label as its own element: a few words ending in a colon. */
const LABEL_TEXT = /^(\p{L}[\p{L}\p{N} .'&/()-]{0,30}?)\s*[:：]$/u;
/** What joins the parts: a middle dot, bar, bullet, semicolon, comma or dash. */
const JOINERS = /^[\s·•|;,–—-]+|[\s·•|;,–—-]+$/g;

/**
 * The labelled parts of an element's text when it holds two labels at least, each in its own
 * element and the first at the start; null otherwise (one label is the usual inline label).
 */
export function labelledParts(el: Element, textOf: (el: Element) => string): LabelledPart[] | null {
  const parts: { label: string; value: string[] }[] = [];
  let prevElement: string | undefined;
  for (const c of el.childNodes) {
    if (isElement(c)) {
      const m = LABEL_TEXT.exec(normalizeSpace(textOf(c)));
      if (m) {
        parts.push({ label: m[1]!.trim(), value: [] });
        prevElement = undefined;
        continue;
      }
    }
    const text = isText(c) ? c.value : isElement(c) ? textOf(c) : "";
    if (!parts.length) {
      if (text.trim()) return null;
      continue;
    }
    const value = parts[parts.length - 1]!.value;
    // A block breaks the line, and two elements side by side may be two words (dom-text.ts).
    const block = isElement(c) && (c.tagName === "br" || BLOCK_TAGS.has(c.tagName));
    if (isElement(c) && (block || (prevElement !== undefined && apart(prevElement, text)))) value.push(" ");
    value.push(isElement(c) && c.tagName === "br" ? " " : text);
    if (block) value.push(" ");
    prevElement = isElement(c) ? text : isText(c) && c.value ? undefined : prevElement;
  }
  if (parts.length < 2) return null;
  return parts.map((p) => {
    const value = normalizeSpace(p.value.join("")).replace(JOINERS, "");
    return { label: p.label, value, text: `${p.label}: ${value}` };
  });
}

/**
 * Whether the label at the start of an element's text is its first child's, with its value:
 * "<span><a>DOI: 10.1109/…</a> | <a>PDF</a></span>". The child is that labelled piece; the line
 * around it gathers other things, which are not the rest of the value. ("<p><b>Salary:</b> $60K</p>"
 * is the line's own label: its first child is the label alone.)
 */
export function labelledFirstChild(el: Element, textOf: (el: Element) => string): boolean {
  const first = el.childNodes.find((c) => !isText(c) || c.value.trim());
  if (!first || !isElement(first)) return false;
  const own = normalizeSpace(textOf(first));
  return /^[^:：]{1,40}[:：]\s*\S/u.test(own) && own.length < normalizeSpace(textOf(el)).length;
}
