/**
 * Mapping fields onto the record template. A field is first mapped to a slot of the template (assign-slots.ts) by how
 * well the slot fits it over all records (a price slot shows prices in most records, even if one
 * record's price is missing); each record then reads its value from that slot, falling back to its
 * own best-fitting piece when the slot is empty there or does not fit (optional elements shift
 * positions). Nothing is invented: a field without a fitting piece (by its name, or by what its
 * kind looks like: a price, a link, a date…) is left out of the row, or null when the schema allows
 * null; the schema's `required` then decides whether the row is kept.
 */
import { Fits, type FitOf } from "./fits";
import type { Fit } from "./match";
import { type Origin } from "./origin";
import type { FieldPlan } from "./plan";
import type { Piece, RecordPieces } from "./pieces";
import { sharesText } from "./shares-text";
import { assignSlotsSteps, shiftedSlot, slotsOverlap, type Assignment } from "./assign-slots";
import { innerTime } from "./time-elements";
import { withoutLifeDates } from "./life-dates";
import { placeholderDash } from "./yes-no-dashes";
import type { FieldSpec } from "./spec";
import { put } from "../lookup";
import { mapSteps, runSteps, type Steps } from "../steps";

/** A record's own piece must fit this well to stand in for the slot (a label or strong content). */
const MIN_FALLBACK = 1.5;

/**
 * A record's price, where its slot holds something near it: a box around the price (with the old
 * price and "2 nights" beside it) gives the element inside it that fits better; an old price struck
 * out, where the other records show their price (the optional "was" price put before it moved the
 * price along), gives the price beside it that fits better (and the other way round for a field
 * named for the old price).
 */
function closerPrice(plan: FieldPlan, found: Fit & { piece: Piece }, pieces: Piece[], slot: string, fitOf: (i: number) => Fit | null): Fit & { piece: Piece } {
  let best = found;
  const better = (i: number) => {
    const f = fitOf(i);
    if (f && f.score > best.score) best = { ...f, piece: pieces[i]! };
  };
  if (plan.kind === "money") for (const [i, piece] of pieces.entries()) if (piece.path.startsWith(`${best.piece.path}/`)) better(i);
  best = innerTime(plan, best, pieces, fitOf) ?? best;
  if (best.piece.struck !== !!plan.struck) for (const [i, piece] of pieces.entries()) if (piece.struck === !!plan.struck && shiftedSlot(slot, piece.slot)) better(i);
  return best;
}

/** Steps up from a slot to the wrapper that may hold its value itself. */
const WRAPPER_STEPS = 2;

/**
 * The elements around `slot` (up to WRAPPER_STEPS up, nearest first) that hold no other field's
 * slot: where a record whose slot element is missing may write the value itself
 * (<span class="name">Acme</span> where the others have <span class="name"><a>…</a></span>).
 * None for a labelled slot.
 */
function wrapperSlots(slot: string, assignments: Assignment[]): string[] {
  const out: string[] = [];
  if (slot.includes("@")) return out;
  let path = slot;
  for (let step = 0; step < WRAPPER_STEPS; step++) {
    const cut = path.lastIndexOf("/");
    if (cut <= 0) break;
    path = path.slice(0, cut);
    if (assignments.some((a) => a.slot && a.slot !== slot && (a.slot === path || a.slot.startsWith(`${path}/`)))) break;
    out.push(path);
  }
  return out;
}

/** A record's row, and where each filled field's value was read (a field left empty has none). */
export interface FilledRow {
  row: Record<string, unknown>;
  from: Map<string, Origin>;
}

export const fillFields = (all: RecordPieces[], plans: FieldPlan[], host: string): FilledRow[] => runSteps(fillFieldsSteps(all, plans, host));

/** fillFields as steps (see steps.ts): a step per record read or filled. */
export function* fillFieldsSteps(all: RecordPieces[], plans: FieldPlan[], host: string, fits = new Fits(all, host)): Steps<FilledRow[]> {
  const assignments = yield* assignSlotsSteps(plans, all, host, fits);
  const fitsOf = new Map<FieldPlan, FitOf>(plans.map((plan) => [plan, fits.of(plan)]));
  return yield* mapSteps(all, (rp, r) => {
    const fitOf = (plan: FieldPlan) => (i: number) => fitsOf.get(plan)!(r, i);
    const taken: Record<FieldPlan["channel"], { slot: string; plan: FieldPlan }[]> = { text: [], href: [], src: [] };
    const found = new Map<FieldPlan, Fit & { piece: Piece }>();
    // 1. Each field's slot, where it fits in this record (or the wrapper the slot sits in, when
    // this record writes the value there itself: a name that is a link in most records and plain
    // text in the one record without a page).
    for (const { plan, slot } of assignments) {
      if (!slot) continue;
      const fitIn = fitOf(plan);
      let best: (Fit & { piece: Piece }) | null = null;
      for (const [i, piece] of rp.pieces.entries()) {
        if (piece.slot !== slot) continue;
        const f = fitIn(i);
        if (f && f.score > 0 && (!best || f.score > best.score)) best = { ...f, piece };
      }
      if (!best) {
        for (const path of wrapperSlots(slot, assignments)) {
          const w = rp.pieces.findIndex((p) => p.slot === path);
          const wrapper = rp.pieces[w];
          if (!wrapper) continue;
          // Only a wrapper holding nothing else: its whole text is the value.
          const f = rp.pieces.some((p) => p.slot.startsWith(`${path}/`)) ? null : fitIn(w);
          if (f && f.score > 0) best = { ...f, piece: wrapper };
          break;
        }
      }
      if (best) best = closerPrice(plan, best, rp.pieces, slot, fitIn);
      if (!best) continue;
      found.set(plan, best);
      taken[plan.channel].push({ slot: best.piece.slot, plan });
    }
    // 2. The rest: the record's own best piece, if it fits clearly and is not another field's. The
    // slot's element shifted by an optional one before it (the second <span> where the others have
    // their first: a date put before some snippets) needs to fit only as well as the slot does.
    // A text another field took is still this one's when they read it apart, as a slot's is
    // (sharesText): a salary range this record writes elsewhere gives its high end too.
    for (const { plan, slot, score } of assignments) {
      if (found.has(plan)) continue;
      const fitIn = fitOf(plan);
      let best: (Fit & { piece: Piece }) | null = null;
      for (const [i, piece] of rp.pieces.entries()) {
        if (taken[plan.channel].some((t) => slotsOverlap(t.slot, piece.slot) && !sharesText(plan, t.plan))) continue;
        const f = fitIn(i);
        const enough = slot && shiftedSlot(slot, piece.slot) ? Math.min(MIN_FALLBACK, score / 2) : MIN_FALLBACK;
        if (f && f.score > 0 && f.score >= enough && (!best || f.score > best.score)) best = { ...f, piece };
      }
      if (!best) continue;
      found.set(plan, best);
      taken[plan.channel].push({ slot: best.piece.slot, plan });
    }
    const row: Record<string, unknown> = {};
    const from = new Map<string, Origin>();
    for (const { plan } of assignments) {
      const best = found.get(plan);
      const v = best && !placeholderDash(best.value, best.piece) ? conformEnum(plan.spec, withoutLifeDates(plan, best.value)) : undefined;
      if (v !== undefined && v !== null && v !== "") {
        put(row, plan.spec.name, v);
        from.set(plan.spec.name, { el: best!.el ?? best!.piece.el, attr: best!.attr });
      } else if (plan.spec.nullable) put(row, plan.spec.name, null);
    }
    return { row, from };
  });
}

/** An enum field takes the allowed value its text spells ("In stock" → "in_stock"); others stay as read. */
export function conformEnum(spec: FieldSpec, value: unknown): unknown {
  if (!spec.enum || spec.enum.includes(value)) return value;
  // Case, spaces, dashes and dots aside ("Full time" is "Full-time"); letters of every script and
  // the symbols that tell values apart ("C++", "C#") count.
  const key = (v: unknown) => String(v).normalize("NFKC").toLowerCase().replace(/[\s_.\-–—]+/g, "");
  const match = key(value) ? spec.enum.find((e) => key(e) === key(value)) : undefined;
  return match ?? value;
}
