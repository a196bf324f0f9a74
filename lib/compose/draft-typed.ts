import { emptyDraft, type Draft } from "./draft";
import { afterLoad, type Replaced } from "./draft-replace";

/**
 * The form's fields as the page shows them. Before React hydrates the server's HTML, typing
 * changes only the DOM: React 19 hydrates a controlled input without touching its value, so the
 * words stay on screen while the state still holds what the server rendered, and the next render of
 * the form (any one: a query answering is enough) writes the state back over them.
 */
export type ShownFields = Partial<Pick<Draft, "url" | "q" | "verifyUrls">>;

/** The subject of the Undo bar's sentence when typing replaced fields of the stored draft. */
export const TYPED_LABEL = "What you typed while the page loaded";

/** What the analyst changed before hydration: the fields whose shown value is not what the server rendered. */
export function typedBeforeHydration(rendered: Draft, shown: ShownFields): Partial<Draft> {
  const typed: Partial<Draft> = {};
  if (shown.url !== undefined && shown.url !== rendered.url) typed.url = shown.url;
  if (shown.q !== undefined && shown.q !== rendered.q) typed.q = shown.q;
  if (shown.verifyUrls !== undefined && shown.verifyUrls !== rendered.verifyUrls) typed.verifyUrls = shown.verifyUrls;
  return typed;
}

const changes = (base: Draft, typed: Partial<Draft>) => (Object.keys(typed) as (keyof Draft)[]).some((k) => typed[k] !== base[k]);

/**
 * The draft the form starts from once hydrated, and what the Undo bar keeps. What was typed in this
 * page load wins, field by field, over both the stored draft and a task being duplicated: it is the
 * newest thing the analyst did, and it was on screen. A stored draft it overwrites is not dropped
 * either: it is kept for Undo, as a template load keeps it.
 */
export function startingDraft(args: {
  initial: Draft | null;
  initialLabel: string;
  stored: Draft | null;
  kept: Replaced | null;
  typed: Partial<Draft>;
}): { draft: Draft; replaced: Replaced | null } {
  const { initial, initialLabel, stored, kept, typed } = args;
  if (initial) {
    const replaced = afterLoad(stored ?? emptyDraft, initial, initialLabel, kept);
    return { draft: changes(initial, typed) ? { ...initial, ...typed } : initial, replaced };
  }
  const base = stored ?? emptyDraft;
  if (!changes(base, typed)) return { draft: base, replaced: kept };
  const draft = { ...base, ...typed };
  // Without a stored draft nothing was overwritten: an earlier load's Undo bar stays as it was.
  return { draft, replaced: stored ? afterLoad(stored, draft, TYPED_LABEL, kept) : kept };
}
