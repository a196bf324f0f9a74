import type { SavedExtraction } from "@/lib/extract/types";
import { savedToDraft } from "@/lib/queries/saved";
import { emptyDraft, schemaToText, type Draft } from "./draft";
import { afterLoad, type Replaced } from "./draft-replace";
import { templates } from "./templates";

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

/**
 * A template or saved extraction chosen in the menus before hydration: the choice changed only the
 * menu's DOM (React was not there to hear the change event), and the form must load it on mount
 * as the menu's own handler would have. `patch` is what it replaces, `label` names it for Undo.
 */
export interface Chosen {
  patch: Partial<Draft>;
  label: string;
  /** The saved extraction's id, so the menu can name the one open. */
  savedId?: string;
}

/** The menus' values as the page shows them ("" is their placeholder: nothing chosen). */
export interface ShownMenus {
  template?: string;
  saved?: string;
}

/**
 * What was chosen in the menus before hydration. A saved extraction is a whole draft and a
 * template only its query and schema; should both have been chosen, the saved one is kept (the
 * order of the two choices is not known, and it is the one that says more).
 */
export function chosenBeforeHydration(shown: ShownMenus, saved: readonly SavedExtraction[]): Chosen | null {
  const item = shown.saved ? saved.find((s) => s.id === shown.saved) : undefined;
  if (item) return { patch: savedToDraft(item), label: `The saved extraction “${item.name}”`, savedId: item.id };
  const template = shown.template ? templates.find((t) => t.id === shown.template) : undefined;
  if (template) return { patch: { q: template.q, schemaText: schemaToText(template.schema) }, label: `The “${template.label}” template` };
  return null;
}

/** "The “Team page” template" as the middle of a sentence. */
const lowerFirst = (label: string) => label.replace(/^The /, "the ");

const changes = (base: Draft, typed: Partial<Draft>) => (Object.keys(typed) as (keyof Draft)[]).some((k) => typed[k] !== base[k]);

/**
 * The draft the form starts from once hydrated, and what the Undo bar keeps. What was done in this
 * page load wins over both the stored draft and a task being duplicated: it is the newest thing the
 * analyst did, and it was on screen. A menu choice is loaded first, then the typed fields go over
 * it (they show their words; the choice shows only in its menu). A stored draft they overwrite is
 * not dropped either: it is kept for Undo, as a template load keeps it.
 */
export function startingDraft(args: {
  initial: Draft | null;
  initialLabel: string;
  stored: Draft | null;
  kept: Replaced | null;
  typed: Partial<Draft>;
  chosen?: Chosen | null;
}): { draft: Draft; replaced: Replaced | null } {
  const { initial, initialLabel, stored, kept, typed, chosen = null } = args;
  const base = initial ?? stored ?? emptyDraft;
  const picked = chosen ? { ...base, ...chosen.patch } : base;
  const draft = changes(picked, typed) ? { ...picked, ...typed } : picked;
  const duplicated = initial ? afterLoad(stored ?? emptyDraft, initial, initialLabel, kept) : kept;
  if (chosen) {
    // The choice was made over what the page showed, the duplicated task when there is one: the two
    // loads are kept as the menus would keep them one after the other once hydrated. Over a stored
    // draft of one's own, that is the draft Undo brings back (an unedited load is not worth going
    // back to); the bar then names both loads, since only the choice was seen replacing anything.
    const replaced = afterLoad(base, draft, chosen.label, duplicated);
    const both = initial && replaced && duplicated && replaced.previous === duplicated.previous;
    return { draft, replaced: both ? { ...replaced, label: `${initialLabel}, then ${lowerFirst(chosen.label)},` } : replaced };
  }
  if (initial) return { draft, replaced: duplicated };
  if (draft === base) return { draft: base, replaced: kept };
  // Without a stored draft nothing was overwritten: an earlier load's Undo bar stays as it was.
  return { draft, replaced: stored ? afterLoad(stored, draft, TYPED_LABEL, kept) : kept };
}
