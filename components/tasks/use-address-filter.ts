"use client";

import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { tasksHref } from "./task-filter";

/** The `?q=` that tasksHref writes for a filter: none for a blank one. */
const inAddressAs = (value: string) => (value.trim() ? value : "");

/**
 * The tasks list's filter, read from the address (`?q=`) so that a navigation to /tasks (the
 * header's link) clears it and Back/Forward bring it back: the list stays mounted through them, so
 * a filter held in state alone outlived them.
 *
 * Typing writes the address with history.replaceState (no navigation: the server has nothing to do
 * for it). Next applies that to useSearchParams in a transition, after the keystroke: a box showing
 * the address alone would lag behind the keys and drop some. So what was typed is shown until the
 * address has caught up, and the address wins as soon as it says something this box never wrote.
 */
export function useAddressFilter(page: number): [filter: string, change: (value: string) => void] {
  const address = useSearchParams().get("q") ?? "";
  const [draft, setDraft] = useState<{ typed: string; pending: string[]; seen: string } | null>(null);
  let current = draft;
  if (draft && address !== draft.seen) {
    // Echoes of earlier keystrokes arrive in order: one of them (or the last) drops those before it.
    const echo = draft.pending.indexOf(address);
    const pending = echo >= 0 ? draft.pending.slice(echo + 1) : [];
    const caughtUp = echo >= 0 && pending.length === 0 && draft.typed === address;
    current = echo < 0 || caughtUp ? null : { typed: draft.typed, pending, seen: address };
    setDraft(current);
  }
  const change = (value: string) => {
    setDraft((before) => ({ typed: value, pending: [...(before?.pending ?? []), inAddressAs(value)], seen: before?.seen ?? address }));
    window.history.replaceState(null, "", tasksHref(page, value));
  };
  return [current ? current.typed : address, change];
}
