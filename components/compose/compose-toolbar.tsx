"use client";

import { useId, useState, type RefObject } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { asCurl, asFetch, schemaToText, type Draft } from "@/lib/compose/draft";
import { templates } from "@/lib/compose/templates";
import type { SavedExtraction } from "@/lib/extract/types";
import { SavedControls } from "./saved-controls";
import { selectClass } from "@/components/ui/select-class";

/**
 * Starting points and exits for the compose form: templates, saved extractions, "save as", and the
 * same request as code for Linkup's API.
 */
export function ComposeToolbar({
  draft,
  load,
  requestBody,
  templateMenu,
  savedMenu,
  savedList,
}: {
  draft: Draft;
  /** Replaces the draft (keeping the one it replaces for Undo); `label` names what was loaded. */
  load: (draft: Draft, label: string) => void;
  /** The request as it would be sent, or null while the form is invalid. */
  requestBody: Record<string, unknown> | null;
  /** The menus, read on mount (use-draft.ts) for a choice made before hydration. */
  templateMenu: RefObject<HTMLSelectElement | null>;
  savedMenu: RefObject<HTMLSelectElement | null>;
  /** The saved extractions as the server read them (null: not read). */
  savedList: SavedExtraction[] | null;
}) {
  const templateId = useId();
  const [code, setCode] = useState<null | "curl" | "fetch">(null);
  const [copied, setCopied] = useState(false);
  const snippet = requestBody ? (code === "fetch" ? asFetch(requestBody) : asCurl(requestBody)) : "";

  return (
    <div className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <div>
        <label htmlFor={templateId} className="block text-xs font-medium text-slate-600">
          Start from a template
        </label>
        <select
          id={templateId}
          ref={templateMenu}
          data-testid="template-select"
          className={selectClass}
          value=""
          onChange={(e) => {
            const t = templates.find((x) => x.id === e.target.value);
            if (t) load({ ...draft, q: t.q, schemaText: schemaToText(t.schema) }, `The “${t.label}” template`);
          }}
        >
          <option value="">Choose…</option>
          {templates.map((t) => (
            <option key={t.id} value={t.id} title={`Point it at ${t.hint}`}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      <SavedControls draft={draft} load={load} requestBody={requestBody} menu={savedMenu} initialList={savedList} />
      <div className="ml-auto flex gap-2">
        <Button variant="secondary" data-testid="copy-curl" disabled={!requestBody} onClick={() => setCode("curl")}>
          Copy as cURL
        </Button>
        <Button variant="secondary" data-testid="copy-fetch" disabled={!requestBody} onClick={() => setCode("fetch")}>
          Copy as fetch
        </Button>
      </div>

      <Dialog open={code !== null} onClose={() => setCode(null)} title={code === "fetch" ? "The same request with fetch" : "The same request with cURL"} testId="code-dialog">
        <p className="mb-2 text-xs text-slate-600">
          For Linkup&apos;s API. The key is read from <code>$LINKUP_API_KEY</code>: it is never shown here.
        </p>
        <pre data-testid="code-snippet" className="max-h-80 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100">
          {snippet}
        </pre>
        <div className="mt-3 flex justify-end gap-2">
          <span role="status" className="self-center text-xs text-emerald-700">
            {copied ? "Copied." : ""}
          </span>
          <Button
            onClick={() => {
              void navigator.clipboard?.writeText(snippet).then(() => setCopied(true));
              setTimeout(() => setCopied(false), 2_000);
            }}
          >
            Copy
          </Button>
          <Button variant="secondary" onClick={() => setCode(null)}>
            Close
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
