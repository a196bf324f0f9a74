/**
 * A label's words as one word: a header's casing or hyphen splits what a field name writes as one
 * ("MagSafe", "eSIM", "USB-C", "Wi-Fi" name the fields `magsafe`, `esim`, `usbc`, `wifi`).
 */
import { tokens } from "./spec";

/**
 * The words of each space-free part of `text` that tokens() splits in two or three, joined. A part
 * already written as spaced words ("Face ID") is left as those words: they name `faceId` as they are.
 */
export function joinedWords(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/\s+/)) {
    const words = tokens(part);
    const joined = words.join("");
    if (words.length >= 2 && words.length <= 3 && joined.length <= 16) out.push(joined);
  }
  return out;
}
