"use client";

import { useEffect, useRef, useState, type RefObject } from "react";
import { DRAFT_KEY, emptyDraft, parseDraft, type Draft } from "@/lib/compose/draft";
import { afterLoad, afterUndo, parseReplaced, REPLACED_KEY, type Replaced } from "@/lib/compose/draft-replace";
import { chosenBeforeHydration, startingDraft, typedBeforeHydration } from "@/lib/compose/draft-typed";
import { debouncedWriter } from "@/lib/compose/draft-writer";
import type { SavedExtraction } from "@/lib/extract/types";

/** The inputs whose values, typed before hydration, the draft adopts, and the menus whose choice it loads. */
export interface DraftFields {
  url: RefObject<HTMLInputElement | null>;
  q: RefObject<HTMLTextAreaElement | null>;
  verifyUrls: RefObject<HTMLInputElement | null>;
  template: RefObject<HTMLSelectElement | null>;
  saved: RefObject<HTMLSelectElement | null>;
}

/** Typing is written after this pause; leaving the page writes at once. */
const SAVE_DELAY_MS = 250;

/**
 * The compose state, kept in localStorage so a reload, a visit to another page, or a crash loses
 * nothing. An explicit starting point (duplicating a task, `initialLabel` says so) wins over the
 * stored draft, and like every other load (`load`) keeps the draft it replaced for Undo. `fields` are
 * the form's inputs and menus, read once on mount for what was typed or chosen before hydration
 * (which wins over both); `savedList` is the saved extractions the server listed in its menu.
 */
export function useDraft(initial: Draft | null, fields: DraftFields, savedList: readonly SavedExtraction[], initialLabel = "The task you duplicated") {
  const [draft, setDraft] = useState<Draft>(initial ?? emptyDraft);
  const [replaced, setReplaced] = useState<Replaced | null>(null);
  const start = useRef({ initial, initialLabel, fields, savedList });
  const restored = useRef(false);
  const [writer] = useState(() => debouncedWriter((d: Draft) => window.localStorage.setItem(DRAFT_KEY, JSON.stringify(d)), SAVE_DELAY_MS));

  // Before the restore below (effects run in order): nothing is written until the stored draft is read.
  useEffect(() => {
    if (restored.current) writer.schedule(draft);
  }, [draft, writer]);

  useEffect(() => {
    if (!restored.current) return;
    if (replaced) window.localStorage.setItem(REPLACED_KEY, JSON.stringify(replaced));
    else window.localStorage.removeItem(REPLACED_KEY);
  }, [replaced]);

  useEffect(() => {
    restored.current = true;
    const stored = parseDraft(window.localStorage.getItem(DRAFT_KEY));
    const kept = parseReplaced(window.localStorage.getItem(REPLACED_KEY));
    const { initial, initialLabel, fields, savedList } = start.current;
    // Read before any re-render: the next render of the inputs writes the state over what they show.
    const shown = { url: fields.url.current?.value, q: fields.q.current?.value, verifyUrls: fields.verifyUrls.current?.checked };
    const typed = typedBeforeHydration(initial ?? emptyDraft, shown);
    const chosen = chosenBeforeHydration({ template: fields.template.current?.value, saved: fields.saved.current?.value }, savedList);
    // Restoring after mount (not in the initial state) keeps server and client HTML identical.
    const next = startingDraft({ initial, initialLabel, stored, kept, typed, chosen });
    setDraft(next.draft);
    setReplaced(next.replaced);
    if (initial) {
      writer.schedule(next.draft);
      // Applied once: the address no longer says "start from that task", so a reload keeps the
      // edits made since (and the draft it replaced, for Undo) instead of applying it again.
      const url = new URL(window.location.href);
      url.searchParams.delete("from");
      url.searchParams.delete("provider");
      window.history.replaceState(window.history.state, "", `${url.pathname}${url.search}${url.hash}`);
    }
  }, [writer]);

  // A pending write is made now, not dropped, when the form goes (client-side navigation) or the
  // page is hidden, closed or reloaded: those are the moments typing stops for good.
  useEffect(() => {
    const flush = () => writer.flush();
    const onVisibility = () => {
      if (document.visibilityState === "hidden") writer.flush();
    };
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onVisibility);
      writer.flush();
    };
  }, [writer]);

  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  /** Replaces the whole draft with a template, saved extraction…; `label` names it for the Undo bar. */
  const load = (next: Draft, label: string) => {
    setReplaced(afterLoad(draft, next, label, replaced));
    setDraft(next);
  };
  const undo = () => {
    if (!replaced) return;
    const swapped = afterUndo(draft, replaced);
    setDraft(swapped.draft);
    setReplaced(swapped.replaced);
  };
  return { draft, update, load, replaced, undo, dismissReplaced: () => setReplaced(null) };
}
