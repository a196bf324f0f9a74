/**
 * Datelines told by their slot: a story list's "New York — 12 March", "Buenos Aires — 3 May",
 * "London — 1 May". A line alone says it is a dateline only when its place names itself as one (one
 * word, or "New", "San", "City"… : datelines.ts); "Buenos Aires" or "Cape Town" is shaped like a
 * person's name ("Ann Lee — 12 March" is a byline). In a slot where such lines are most of the
 * texts and at least half of them name their place plainly, every one of them is a dateline: a
 * byline's slot holds names, not places. So is a place-and-date line in a slot whose bylines say
 * who with a "By" ("By Ana Gómez — 2 May"): a site writes its bylines one way, and that line is
 * written another.
 */
import { pushTo } from "./values";
import { splitDateline } from "./datelines";
import { readByline } from "./bylines";
import type { Piece, RecordPieces } from "./pieces";
import type { Steps } from "../steps";

/** Share of a slot's texts that must be place-and-date lines. */
const MOST = 0.6;

/** Marks the pieces of each slot of datelines with their place and date (Piece.dateline). */
export function* markDatelines(all: RecordPieces[]): Steps<void> {
  const bySlot = new Map<string, Piece[]>();
  for (const r of all) {
    for (const p of r.pieces) if (!p.labelOnly && p.value && !p.heading) pushTo(bySlot, p.slot, p);
    yield;
  }
  for (const list of bySlot.values()) {
    // Most slots hold no such line: the first misses settle it (a 30,000-row table).
    let misses = 0;
    let plain = 0;
    let bylines = 0;
    const loose = new Map<Piece, ReturnType<typeof splitDateline>>();
    for (const p of list) {
      const byline = readByline(p.value);
      if (byline) bylines++;
      const split = byline ? null : splitDateline(p.value, true);
      if (!split) {
        if (!byline && ++misses > list.length * (1 - MOST)) break;
        continue;
      }
      loose.set(p, split);
      if (splitDateline(p.value)) plain++;
    }
    if (misses > list.length * (1 - MOST) || !loose.size || (plain * 2 < loose.size && !bylines)) continue;
    for (const [p, split] of loose) if (split) p.dateline = split;
    yield;
  }
}
