/**
 * A list's items as links whose address names the list: npm's keywords link to
 * "/search?q=keywords:date", a blog's tags to "/tags/python", a forum's topics to "?topic=rust".
 * Their classes are hashed or generic, so nothing else names them; the address does, and holds the
 * item's own text after the list's word.
 */
import type { Fit } from "./match";
import type { Piece } from "./pieces";
import { tokens } from "./spec";

/** Whether the piece is a link to its own text under a word of the list's names. */
export function linkNamesItems(piece: Piece, names: Set<string>): boolean {
  if (!piece.href || !piece.value || piece.value.length > 60) return false;
  let url: URL;
  try {
    url = new URL(piece.href);
  } catch {
    return false;
  }
  const item = piece.value.trim().toLowerCase();
  const named = (word: string) => tokens(word).some((t) => names.has(t));
  // "/tags/python": the segment before the item's names the list.
  const segments = url.pathname.split("/").filter(Boolean).map((s) => safeDecode(s).toLowerCase());
  for (let i = 1; i < segments.length; i++) if (segments[i] === item && named(segments[i - 1]!)) return true;
  // "?tag=python", "?q=keywords:date": the parameter's name, or the word before a colon, names it.
  for (const [key, raw] of url.searchParams) {
    const value = raw.trim().toLowerCase();
    if (value === item && named(key)) return true;
    const colon = value.indexOf(":");
    if (colon > 0 && value.slice(colon + 1) === item && named(value.slice(0, colon))) return true;
  }
  return false;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A link so named is an item as its text reads, though no word of the page names it for fit(). */
export const linkedItem = (piece: Piece, names: Set<string>): Fit | null => (linkNamesItems(piece, names) ? { score: 1, value: piece.value.trim() } : null);
