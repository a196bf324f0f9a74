/**
 * A cell that holds several codes, each its own element: a flight's number with its codeshares
 * ("<strong>BA 947</strong><div><span>AA 6331</span> <span>IB 7402</span></div>"), a part's number
 * with its old ones. Read whole it is one value run into the next ("BA 947 AA 6331 IB 7402"); one
 * code is asked for, and the first shown is the record's own (the others are listed after it).
 */
import { elementChildren, isText, normalizeSpace, type Element } from "../dom";

/** A code's look: short, with a digit, at most one space ("BA 947", "LH410", "A12-B"). */
const CODE = /^(?=[^ ]* ?[^ ]*$)(?=.*\d)[\p{Lu}\d][\p{Lu}\d ./-]{1,11}$/u;
/** The code's shape, its letters and digits run together: "BA 947" and "AA 6331" are both "A 9". */
const shape = (code: string) => code.replace(/\p{Lu}+/gu, "A").replace(/\d+/g, "9");

/** Elements with text of their own, in order, with that text; null when loose text sits beside children. */
function leaves(el: Element, out: { el: Element; text: string }[]): boolean {
  const kids = elementChildren(el);
  const own = normalizeSpace(el.childNodes.filter(isText).map((c) => c.value).join(" "));
  if (!kids.length) {
    if (own) out.push({ el, text: own });
    return true;
  }
  if (own) return false;
  return kids.every((k) => leaves(k, out));
}

/** The first of several codes of one shape that are all `text` holds, each its own element; null otherwise. */
export function firstOfSeveralCodes(el: Element, text: string): { value: string; el: Element } | null {
  if (text.length > 80 || !/\d/.test(text)) return null;
  const found: { el: Element; text: string }[] = [];
  if (!leaves(el, found) || found.length < 2 || found.length > 6) return null;
  if (normalizeSpace(found.map((f) => f.text).join(" ")) !== text) return null;
  const look = shape(found[0]!.text);
  if (!found.every((f) => CODE.test(f.text) && shape(f.text) === look)) return null;
  return { value: found[0]!.text, el: found[0]!.el };
}
