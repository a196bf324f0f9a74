/**
 * What the tasks filter box shows while the address catches up with the typing (see
 * use-address-filter.ts): pure, so the order of keystrokes and address updates can be tested.
 */

/** What was typed, the addresses written for it and not yet seen back, and the address last seen. */
export interface FilterDraft {
  typed: string;
  pending: string[];
  seen: string;
}

/** The `?q=` that tasksHref writes for a filter: none for a blank one. */
export const inAddressAs = (value: string) => (value.trim() ? value : "");

/** The draft after a keystroke that wrote `value` into the address. */
export function typedDraft(before: FilterDraft | null, value: string, address: string): FilterDraft {
  return { typed: value, pending: [...(before?.pending ?? []), inAddressAs(value)], seen: before?.seen ?? address };
}

/** The draft once the address reads `address`: kept while echoes of the typing are due, else dropped (the address wins). */
export function reconcileDraft(draft: FilterDraft | null, address: string): FilterDraft | null {
  if (!draft || address === draft.seen) return draft;
  // Echoes of earlier keystrokes arrive in order: one of them (or the last) drops those before it.
  const echo = draft.pending.indexOf(address);
  const pending = echo >= 0 ? draft.pending.slice(echo + 1) : [];
  const caughtUp = echo >= 0 && pending.length === 0 && draft.typed === address;
  return echo < 0 || caughtUp ? null : { typed: draft.typed, pending, seen: address };
}
