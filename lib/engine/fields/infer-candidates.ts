/**
 * The slots of a region that may become inferred columns (infer.ts), in template order: a named
 * list's items as one slot, a meta line after the elements it holds.
 */
import { ratingOf } from "./ratings";
import type { Piece, RecordPieces } from "./pieces";
import { pushTo } from "./values";
import { isMetaLine, listName, listSlot } from "./infer-split";
import type { Steps } from "../steps";

export interface Candidate {
  slot: string;
  pieces: Piece[];
  /** A named list's items: the list's name. */
  list?: string;
  /** A meta line, whose named elements are columns of their own. */
  meta?: boolean;
}

/** The slots that may become columns, in template order (a meta line after its elements). */
/** Steps (see steps.ts): a step per record read. */
export function* candidates(all: RecordPieces[], words: Set<string>): Steps<Candidate[]> {
  const shown = (p: Piece) => !p.labelOnly && !p.hidden && p.el.tagName !== "img" && (!!p.value || ratingOf(p) !== null);
  // List slots whose records hold different numbers of items, two at least in one, and whose list
  // has a name. (A list of as many items in every record is positional: "Acme", "London".)
  const counts = new Map<string, number[]>();
  const named = new Map<string, Piece>();
  for (const [r, rp] of all.entries()) {
    for (const p of rp.pieces) {
      const ls = shown(p) ? listSlot(p) : null;
      if (!ls) continue;
      const n = counts.get(ls) ?? counts.set(ls, all.map(() => 0)).get(ls)!;
      n[r]!++;
      if (!named.has(ls)) named.set(ls, p);
    }
    yield;
  }
  const lists = new Map<string, string | null>();
  for (const [ls, n] of counts) if (n.some((k) => k >= 2) && new Set(n).size > 1) lists.set(ls, listName(named.get(ls)!, words));
  const slots = new Map<string, Piece[]>();
  const order = new Map<Piece, number>();
  for (const rp of all) {
    const seen = new Set<string>();
    for (const p of rp.pieces) {
      // (Microdata values in <meta>/<link> are not shown: they make no columns of their own, though
      // one can be the record's url or image above.)
      if (!shown(p)) continue;
      const ls = listSlot(p);
      const slot = ls && lists.get(ls) ? ls : p.slot;
      if (seen.has(slot) && slot !== ls) continue;
      seen.add(slot);
      pushTo(slots, slot, p);
      // A meta line comes after the elements it holds.
      const inside = rp.pieces.filter((x) => x.path.startsWith(`${p.path}/`));
      order.set(p, inside.length && isMetaLine(p.el) ? Math.max(...inside.map((x) => x.order)) + 0.5 : p.order);
    }
    yield;
  }
  // Each slot's mean order, worked out once (not in the comparator: a slot can hold 30,000 pieces).
  const avgOrder = new Map<Piece[], number>();
  for (const ps of slots.values()) {
    avgOrder.set(ps, ps.reduce((s, p) => s + order.get(p)!, 0) / ps.length);
    yield;
  }
  // (A list of short items is also one small group, "rust go": its items are the list's value.)
  const listParents = new Set([...lists].filter(([, name]) => name).map(([slot]) => slot.slice(0, slot.indexOf("/li[*]"))));
  return [...slots]
    .filter(([slot]) => !listParents.has(slot))
    .sort((a, b) => avgOrder.get(a[1])! - avgOrder.get(b[1])!)
    .map(([slot, pieces]) => {
      const list = lists.get(slot);
      if (list) return { slot, pieces, list };
      return pieces.filter((p) => isMetaLine(p.el)).length >= pieces.length * 0.6 ? { slot, pieces, meta: true } : { slot, pieces };
    });
}
