/**
 * Counting a text's visible characters (PageFeatures' `text`), and counting a long one as steps: a
 * page's one text node can hold megabytes (9 MB of terms and conditions in one paragraph), which
 * counted in one go held the event loop ~40 ms.
 */
import type { Steps } from "../steps";

/** Characters counted between two steps of a long text (about a millisecond). */
export const CHAR_SLICE = 262_144;

/**
 * Characters of `s[from, to)` that are not space, tab, newline, CR, form feed or NBSP, nor
 * zero-width (ZWSP, ZWNJ, ZWJ, word joiner, BOM): a card that holds only "&zwnj;" shows nothing.
 */
export function countChars(s: string, from = 0, to = s.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 160 && !(c >= 0x200b && (c <= 0x200d || c === 0x2060 || c === 0xfeff))) n++;
  }
  return n;
}

/** countChars(s), a step every CHAR_SLICE characters. */
export function* countCharsSteps(s: string): Steps<number> {
  let n = 0;
  for (let at = 0; at < s.length; at += CHAR_SLICE) {
    n += countChars(s, at, Math.min(s.length, at + CHAR_SLICE));
    yield;
  }
  return n;
}
