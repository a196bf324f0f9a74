"use client";

import { useState } from "react";
import type { Draft } from "@/lib/compose/draft";

export type FieldErrors = Partial<Record<"url" | "q" | "schema" | "verifyUrls", string>>;

type Checked = Pick<Draft, "url" | "q" | "verifyUrls">;

/**
 * The errors Run found next to their fields, each shown only while its field holds the value it was
 * about: "Enter an absolute http(s) URL" under a URL the analyst has since corrected reads as if
 * the correction were wrong too. An edited field loses its error; the next Run checks it again (and
 * going back to the refused value brings the error back, as it is still true of it). The schema's
 * error is cleared by its editor, which knows when its text changed.
 */
export function useFieldErrors(current: Checked) {
  const [found, setFound] = useState<{ errors: FieldErrors; at: Checked }>({ errors: {}, at: current });
  const { errors, at } = found;
  const shown: FieldErrors = {
    url: at.url === current.url ? errors.url : undefined,
    q: at.q === current.q ? errors.q : undefined,
    verifyUrls: at.verifyUrls === current.verifyUrls ? errors.verifyUrls : undefined,
    schema: errors.schema,
  };
  return {
    errors: shown,
    /** `at`: the values checked (what was sent, for the server's answer), by default those shown now. */
    set: (next: FieldErrors, checked: Checked = current) => setFound({ errors: next, at: checked }),
    clearSchema: () => setFound((f) => ({ ...f, errors: { ...f.errors, schema: undefined } })),
  };
}
