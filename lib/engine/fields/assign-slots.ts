/**
 * Which slot of the record template each field reads (fill.ts reads the values): the slot that fits
 * the field best over all records, one field per slot's text unless the fields share it.
 */
import { Fits } from "./fits";
import type { Fit } from "./match";
import type { FieldPlan } from "./plan";
import type { Piece, RecordPieces } from "./pieces";
import { sharesText, sharesTextAtLast } from "./shares-text";
import { struckWithin } from "./struck-prices";
import { runSteps, STRIDE, type Steps } from "../steps";

/** Below this average fit over the records a slot is not the field's slot. */
const MIN_SLOT_SCORE = 0.1;
/** `a/b[1]` and `a/b[1]/c[2]` overlap: one slot holds the other, their text is shared. */
export function slotsOverlap(a: string, b: string): boolean {
  const pa = a.split("@")[0]!;
  const pb = b.split("@")[0]!;
  if (a === b) return true;
  // One label names one value, however deep it is read: "<div><span class="sr-only">Current
  // price</span><span>£12.99</span></div>" labels the line and the amount inside it alike.
  if (a.includes("@") && b.includes("@")) return a.slice(a.indexOf("@")) === b.slice(b.indexOf("@"));
  if (a.includes("@") || b.includes("@") || struckWithin(pa, pb) || struckWithin(pb, pa)) return false;
  return pa.startsWith(`${pb}/`) || pb.startsWith(`${pa}/`);
}

export interface Assignment {
  plan: FieldPlan;
  slot: string | null;
  /** The slot's fit averaged over all records (0 without a slot). */
  score: number;
}

/** Best fit per record per slot, for one field. */
function* fitsBySlot(plan: FieldPlan, all: RecordPieces[], fits: Fits): Steps<Map<string, (Fit & { piece: Piece })[]>> {
  const bySlot = new Map<string, (Fit & { piece: Piece })[]>();
  const fitOf = fits.of(plan);
  for (let r = 0; r < all.length; r++) {
    const pieces = all[r]!.pieces;
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      const f = fitOf(r, i);
      if (!f) continue;
      let list = bySlot.get(piece.slot);
      if (!list) bySlot.set(piece.slot, (list = []));
      const prev = list[r];
      if (!prev || f.score > prev.score) list[r] = { ...f, piece };
    }
    yield;
  }
  return bySlot;
}

/**
 * One slot per field, best (field, slot) pairs first; a slot gives its text to one field only (its
 * link and image can go to others), or to fields that share it (shares-text.ts). Ties go to the earlier slot: a record's title is its first text
 * when nothing marks it. A field no slot fits (fit is null: a plain text field whose name nothing on
 * the page shares) gets no slot, however many slots are left over.
 */
export const assignSlots = (plans: FieldPlan[], all: RecordPieces[], host: string): Assignment[] => runSteps(assignSlotsSteps(plans, all, host));

/** assignSlots as steps (see steps.ts): a step per record read. */
export function* assignSlotsSteps(plans: FieldPlan[], all: RecordPieces[], host: string, fits = new Fits(all, host)): Steps<Assignment[]> {
  const R = Math.max(1, all.length);
  const pairs: { f: number; slot: string; score: number; order: number }[] = [];
  for (const [f, plan] of plans.entries()) {
    for (const [slot, list] of yield* fitsBySlot(plan, all, fits)) {
      let sum = 0;
      let order = 0;
      let n = 0;
      let read = 0;
      for (const x of list) {
        if (++read % STRIDE === 0) yield;
        if (!x) continue;
        sum += Math.max(0, x.score);
        order += x.piece.order;
        n++;
      }
      pairs.push({ f, slot, score: sum / R, order: n ? order / n : 0 });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.order - b.order || a.f - b.f);
  const used: Record<FieldPlan["channel"], { slot: string; f: number }[]> = { text: [], href: [], src: [] };
  const slots = new Map<number, { slot: string; score: number }>();
  for (const last of [false, true]) {
    for (const p of pairs) {
      if (slots.has(p.f) || p.score < MIN_SLOT_SCORE) continue;
      const plan = plans[p.f]!;
      const shares = (other: FieldPlan) => sharesText(plan, other) || (last && sharesTextAtLast(plan, other));
      if (used[plan.channel].some((u) => slotsOverlap(u.slot, p.slot) && !shares(plans[u.f]!))) continue;
      used[plan.channel].push({ slot: p.slot, f: p.f });
      slots.set(p.f, { slot: p.slot, score: p.score });
    }
  }
  return plans.map((plan, f) => ({ plan, slot: slots.get(f)?.slot ?? null, score: slots.get(f)?.score ?? 0 }));
}

/**
 * `a/div[2]/span[1]` and `a/div[3]/span[1]`: the same place in the template but for one index, as
 * where an optional element before it moved it along in one record.
 */
export function shiftedSlot(a: string, b: string): boolean {
  if (a === b || a.includes("@") || b.includes("@")) return false;
  const pa = a.split("/");
  const pb = b.split("/");
  if (pa.length !== pb.length) return false;
  let shifts = 0;
  for (let i = 0; i < pa.length; i++) {
    if (pa[i] === pb[i]) continue;
    if (pa[i]!.replace(/\[\d+\]$/, "") !== pb[i]!.replace(/\[\d+\]$/, "")) return false;
    shifts++;
  }
  return shifts === 1;
}
