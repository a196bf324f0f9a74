"use client";

import { useEffect, useRef, useState } from "react";
import { DRAFT_KEY, emptyDraft, parseDraft, type Draft } from "@/lib/compose/draft";

/**
 * The compose state, kept in localStorage so a reload (or a crash) loses nothing. An explicit
 * starting point (duplicating a task) wins over the stored draft.
 */
export function useDraft(initial: Draft | null) {
  const [draft, setDraft] = useState<Draft>(initial ?? emptyDraft);
  const restored = useRef(initial !== null);

  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const stored = parseDraft(window.localStorage.getItem(DRAFT_KEY));
    // Restoring after mount (not in the initial state) keeps server and client HTML identical.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (stored) setDraft(stored);
  }, []);

  useEffect(() => {
    if (!restored.current) return;
    const timer = setTimeout(() => window.localStorage.setItem(DRAFT_KEY, JSON.stringify(draft)), 250);
    return () => clearTimeout(timer);
  }, [draft]);

  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  return { draft, update, replace: setDraft };
}
