"use client";

import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { reconcileDraft, typedDraft, type FilterDraft } from "./address-filter-draft";
import { tasksHref } from "./task-filter";

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
  const [draft, setDraft] = useState<FilterDraft | null>(null);
  const current = reconcileDraft(draft, address);
  if (current !== draft) setDraft(current);
  const change = (value: string) => {
    setDraft((before) => typedDraft(before, value, address));
    window.history.replaceState(null, "", tasksHref(page, value));
  };
  return [current ? current.typed : address, change];
}
