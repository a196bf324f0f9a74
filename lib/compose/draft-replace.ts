import { z } from "zod";
import { draftSchema, type Draft } from "./draft";

/**
 * Loading a template, a saved extraction or a task's input ("Duplicate and edit") replaces the
 * compose draft. The draft it replaced is kept so one click brings it back: nothing the analyst
 * typed is lost to a load.
 */
export const replacedSchema = z.object({
  /** What Undo puts back. */
  previous: draftSchema,
  /** What was loaded: while the form still shows it unedited, the draft before it is the one worth keeping. */
  loaded: draftSchema,
  /** What replaced the draft, as a sentence's subject ("The “Team page” template"). */
  label: z.string().max(300),
  /** After Undo: `previous` is then the loaded draft, and the button goes back to it. */
  undone: z.boolean(),
});
export type Replaced = z.infer<typeof replacedSchema>;

export const REPLACED_KEY = "extract-studio:compose-replaced";

export function parseReplaced(text: string | null): Replaced | null {
  if (!text) return null;
  try {
    const parsed = replacedSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A draft with nothing typed in it (the "verify URLs" box alone is not worth keeping). */
export const isBlankDraft = (d: Draft) => d.url.trim() === "" && d.q.trim() === "" && d.schemaText.trim() === "";

export const sameDraft = (a: Draft, b: Draft) => a.url === b.url && a.q === b.q && a.schemaText === b.schemaText && a.verifyUrls === b.verifyUrls;

/** What to keep when `incoming` replaces `current` (null: nothing worth a way back). */
export function afterLoad(current: Draft, incoming: Draft, label: string, replaced: Replaced | null): Replaced | null {
  // Still showing, unedited, what was loaded last: the draft worth going back to is the one before it.
  const showingLastLoad = replaced !== null && !replaced.undone && sameDraft(current, replaced.loaded);
  if (!showingLastLoad && !isBlankDraft(current) && !sameDraft(current, incoming)) return { previous: current, loaded: incoming, label, undone: false };
  if (replaced && !replaced.undone) return { ...replaced, loaded: incoming, label };
  return null;
}

/** Undo (and redo) swap the form and the kept draft, so neither side of the swap is ever lost. */
export function afterUndo(current: Draft, replaced: Replaced): { draft: Draft; replaced: Replaced } {
  return { draft: replaced.previous, replaced: { previous: current, loaded: replaced.previous, label: replaced.label, undone: !replaced.undone } };
}
