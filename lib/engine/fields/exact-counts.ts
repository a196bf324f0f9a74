/**
 * A count the page shortens for the eye ("(1.2K)") and writes in full for screen readers
 * (aria-label="1,241 reviews"): the full one is the count, the shortened one only its rounding.
 */
import { attr, type Element } from "../dom";
import { parseNumber } from "./values";

/** "1.2K", "3M", "12.5k": a number with a thousands or millions letter. */
const SHORTENED = /(\d+)(?:[.,](\d+))?\s?([kKmM])(?!\p{L})/u;
const FULL = /\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+/gu;
const ATTRS = ["aria-label", "title"];

/**
 * The exact count `el` (or an element inside it) gives in its aria-label or title for the shortened
 * number `text` shows as `n`, with where it was read; null when the text is not shortened or no
 * attribute holds a count that rounds to it.
 */
export function exactCount(el: Element, text: string, n: number): { value: number; el: Element; attr: string } | null {
  const m = SHORTENED.exec(text);
  if (!m) return null;
  // "1.2K" stands for anything from 1,100 to 1,299, as sites round or cut.
  const step = (/[kK]/.test(m[3]!) ? 1e3 : 1e6) / 10 ** (m[2]?.length ?? 0);
  const fits = (c: number) => Number.isInteger(c) && Math.abs(c - n) < step;
  const stack = [el];
  for (let at = stack.pop(); at; at = stack.pop()) {
    for (const name of ATTRS) {
      for (const [written] of (attr(at, name) ?? "").matchAll(FULL)) {
        const c = parseNumber(written, false);
        if (c !== null && fits(c)) return { value: c, el: at, attr: name };
      }
    }
    for (const k of at.childNodes) if ("tagName" in k) stack.push(k as Element);
  }
  return null;
}
