/**
 * What the tasks filter box shows while the address catches up with the typing (see
 * use-address-filter.ts): pure, so the order of keystrokes and address updates can be tested.
 */

/**
 * What was typed, the addresses written for it and not yet seen back, the address last seen, and
 * the mark its writes leave in the history entry's state (one per draft: a write the browser
 * throttles away leaves the mark of an earlier one).
 */
export interface FilterDraft {
  typed: string;
  pending: string[];
  seen: string;
  mark: string;
}

/** The `?q=` that tasksHref writes for a filter: none for a blank one. */
export const inAddressAs = (value: string) => (value.trim() ? value : "");

/** The key of the draft's mark in `history.state`. */
export const DRAFT_MARK = "tasksFilterDraft";

/** The draft mark a history entry's state holds, if any. */
export function markIn(state: unknown): string | undefined {
  const mark = state !== null && typeof state === "object" ? (state as Record<string, unknown>)[DRAFT_MARK] : undefined;
  return typeof mark === "string" ? mark : undefined;
}

/** The draft after a keystroke that wrote `value` into the address, with `mark` in the entry's state. */
export function typedDraft(before: FilterDraft | null, value: string, address: string, mark: string): FilterDraft {
  return { typed: value, pending: [...(before?.pending ?? []), inAddressAs(value)], seen: before?.seen ?? address, mark };
}

/**
 * The draft once the address reads `address`, and the history entry shown holds `entryMark`: kept
 * while echoes of the typing are due, else dropped (the address wins).
 *
 * The mark tells the box's own echoes from a Back, a Forward or a navigation landing meanwhile:
 * such an address may read like a keystroke not yet echoed ("ba" while "bar" is typed), or like
 * the address the typing started from, and both once kept the typed text on screen for good,
 * beside an address that said something else (the echoes it waited for never came).
 */
export function reconcileDraft(draft: FilterDraft | null, address: string, entryMark: string | undefined): FilterDraft | null {
  if (!draft) return draft;
  if (entryMark !== draft.mark) return null;
  if (address === draft.seen) return draft;
  // Echoes of earlier keystrokes arrive in order: one of them (or the last) drops those before it.
  const echo = draft.pending.indexOf(address);
  const pending = echo >= 0 ? draft.pending.slice(echo + 1) : [];
  const caughtUp = echo >= 0 && pending.length === 0 && draft.typed === address;
  return echo < 0 || caughtUp ? null : { ...draft, pending, seen: address };
}

/** A fresh draft mark: unlike a counter, it cannot meet a mark left in the history before a reload. */
export const newDraftMark = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
