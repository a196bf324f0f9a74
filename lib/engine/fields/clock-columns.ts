/**
 * Which way a two-part clock length is read ("2:45": 2 min 45 s, or 2 h 45 min), by what the page
 * writes around it. The rule, in order:
 *  1. A unit written beside it decides: "2:45 h", "2:45 hrs", "2:45 Std." are hours and minutes;
 *     "2:45 min" is minutes and seconds. So does a format the field's description names ("h:mm",
 *     "mm:ss").
 *  2. The column decides: where the same slot in other records shows three parts ("1:02:15") the
 *     list writes hours as a part of their own, and where it shows a first part of 60 or more
 *     ("75:30") it counts minutes past the hour; either way its two parts are minutes and seconds.
 *     That makes "12:30" among them a length too, not the time of day it reads as alone.
 *  3. Nothing decides: minutes and seconds, as media players write them (clock-durations.ts).
 * A field that counts hours ("durationHours") already reads two parts as hours and minutes.
 */
import type { Fit } from "./match";
import { textAttr } from "./origin";
import { hintScore, type FieldPlan } from "./plan";
import type { RecordPieces } from "./pieces";

/** "2:45", "2:45 h", "12:30 min": two parts and an optional unit. */
const TWO_PARTS = /^(\d{1,3}):([0-5]\d)(?:\s*(h|hrs?|hours?|std\.?|stunden?|m|mins?|minutes?|minuten?)\.?)?$/i;
const THREE_PARTS = /^\d{1,3}:[0-5]\d:[0-5]\d$/;

const columns = new WeakMap<RecordPieces[], Map<string, boolean>>();

/** Whether the slot's texts over the records show their two parts as minutes and seconds (rule 2). */
function minutesColumn(all: RecordPieces[], slot: string): boolean {
  let bySlot = columns.get(all);
  if (!bySlot) columns.set(all, (bySlot = new Map()));
  let known = bySlot.get(slot);
  if (known === undefined) {
    known = all.some(({ pieces }) =>
      pieces.some((p) => {
        if (p.slot !== slot) return false;
        const t = p.value.trim();
        const two = TWO_PARTS.exec(t);
        return THREE_PARTS.test(t) || (!!two && !two[3] && Number(two[1]) >= 60);
      }),
    );
    bySlot.set(slot, known);
  }
  return known;
}

/** The format the field's description names: "h:mm" hours, "mm:ss" minutes. */
function describedFormat(plan: FieldPlan): "h" | "m" | null {
  const d = plan.spec.description ?? "";
  if (/\bh{1,2}:mm\b/i.test(d)) return "h";
  if (/\bm{1,2}:ss\b/i.test(d)) return "m";
  return null;
}

/**
 * The fit of record `r`'s piece `i` for a number field that counts time, where the piece is a
 * two-part clock length and its context decides how it reads; `f` otherwise.
 */
export function clockColumnFit(plan: FieldPlan, all: RecordPieces[], r: number, i: number, f: Fit | null): Fit | null {
  const unit = plan.durationUnit;
  if (plan.kind !== "number" || unit === undefined || unit === 3600) return f;
  const piece = all[r]?.pieces[i];
  const m = piece ? TWO_PARTS.exec(piece.value.trim()) : null;
  if (!piece || !m) return f;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const written = m[3] ? (/^(?:h|hrs?|hours?|std|stunden?)/i.test(m[3]) ? "h" : "m") : null;
  const way = written ?? describedFormat(plan) ?? (minutesColumn(all, piece.slot) ? "m" : null);
  if (way === null) return f;
  const seconds = way === "h" ? a * 3600 + b * 60 : a * 60 + b;
  const value = plan.spec.type === "integer" ? Math.round(seconds / unit) : seconds / unit;
  return { score: f?.score ?? 1 + hintScore(plan, piece), value, attr: f?.attr ?? textAttr(piece) };
}
