"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { DRAFT_MARK, markIn, newDraftMark, reconcileDraft, typedDraft, type FilterDraft } from "./address-filter-draft";
import { tasksHref } from "./task-filter";

/**
 * The tasks list's filter, read from the address (`?q=`) so that a navigation to /tasks (the
 * header's link) clears it and Back/Forward bring it back: the list stays mounted through them, so
 * a filter held in state alone outlived them.
 *
 * Typing writes the address with history.replaceState (no navigation: the server has nothing to do
 * for it). Next applies that to useSearchParams in a transition, after the keystroke: a box showing
 * the address alone would lag behind the keys and drop some. So what was typed is shown until the
 * address has caught up, and the address wins as soon as it says something this box never wrote,
 * or the history entry shown is no longer the one it wrote to (a Back, a Forward, a navigation:
 * see reconcileDraft).
 */
export function useAddressFilter(page: number): [filter: string, change: (value: string) => void] {
  const params = useSearchParams();
  const address = params.get("q") ?? "";
  const [draft, setDraft] = useState<FilterDraft | null>(null);
  // A Back or Forward has changed the entry by the time it renders; a router navigation writes its
  // entry as it commits, after the render: the effect below looks again then.
  const current = draft && reconcileDraft(draft, address, markIn(window.history.state));
  if (current !== draft) setDraft(current);
  useEffect(() => {
    // Next writes the history entry in its commit, with no event to subscribe to: read after it.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a functional update, a no-op unless the entry changed
    if (draft) setDraft((latest) => (latest && markIn(window.history.state) !== latest.mark ? null : latest));
  }, [params, draft]);
  const change = (value: string) => {
    const mark = current?.mark ?? newDraftMark();
    setDraft((before) => typedDraft(before, value, address, mark));
    window.history.replaceState({ [DRAFT_MARK]: mark }, "", tasksHref(page, value));
  };
  return [current ? current.typed : address, change];
}
