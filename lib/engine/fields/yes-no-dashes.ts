/**
 * A dash in a yes/no column: a comparison table marks what a model has with "✓" and what it lacks
 * with "—" or "–". The dash means "no" only there: in a column of numbers or words it is "no
 * value", and a yes/no field reads nothing from it.
 */
import { parseBoolean, pushTo } from "./values";
import type { Piece, RecordPieces } from "./pieces";
import type { Steps } from "../steps";

const DASH = /^[-–—‐‒―−]$/;

const isDash = (p: Piece) => DASH.test(p.value.trim()) && !p.attrValue;

/**
 * A value that is a dash alone: where a cell or a line has nothing to show ("Gate —", an expected
 * time "—" for a cancelled flight), it is no value, unless it says "no" in a yes/no column.
 */
export const placeholderDash = (value: unknown, piece?: Piece) => typeof value === "string" && DASH.test(value.trim()) && !piece?.yesNoDash;
const yesOrNo = (p: Piece) => parseBoolean(p.value) ?? (p.attrValue ? parseBoolean(p.attrValue) : null);

/**
 * Marks the dashes of each slot (a column, or a transposed table's row) whose other pieces all read
 * as yes or no, at least one of them "yes": a column of "✗" and "—" says nothing of what the dash is.
 */
export function* markYesNoDashes(all: RecordPieces[]): Steps<void> {
  const bySlot = new Map<string, Piece[]>();
  for (const r of all) {
    for (const p of r.pieces) if (!p.labelOnly) pushTo(bySlot, p.slot, p);
    yield;
  }
  for (const list of bySlot.values()) {
    const dashes = list.filter(isDash);
    if (!dashes.length || dashes.length === list.length) continue;
    const marks = list.filter((p) => !isDash(p)).map(yesOrNo);
    if (marks.every((b) => b !== null) && marks.includes(true)) for (const d of dashes) d.yesNoDash = true;
  }
}
