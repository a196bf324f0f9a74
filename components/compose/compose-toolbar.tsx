"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorAlert } from "@/components/ui/error-alert";
import { asCurl, asFetch, schemaToText, type Draft } from "@/lib/compose/draft";
import { templates } from "@/lib/compose/templates";
import { savedExtractionSchema, savedListSchema } from "@/lib/extract/types";
import { fetchJson, postJson } from "@/lib/queries/fetcher";

const selectClass = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
const savedKey = ["saved"] as const;

/**
 * Starting points and exits for the compose form: templates, saved extractions, "save as", and the
 * same request as code for Linkup's API.
 */
export function ComposeToolbar({
  draft,
  replace,
  requestBody,
}: {
  draft: Draft;
  replace: (draft: Draft) => void;
  /** The request as it would be sent, or null while the form is invalid. */
  requestBody: Record<string, unknown> | null;
}) {
  const ids = { template: useId(), saved: useId(), name: useId() };
  const client = useQueryClient();
  const saved = useQuery({ queryKey: savedKey, queryFn: ({ signal }) => fetchJson("/api/saved", savedListSchema, { signal }) });
  const [saveOpen, setSaveOpen] = useState(false);
  const [name, setName] = useState("");
  const [code, setCode] = useState<null | "curl" | "fetch">(null);
  const [copied, setCopied] = useState(false);

  const save = useMutation({
    mutationFn: () => postJson("/api/saved", savedExtractionSchema, { name, input: requestBody }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: savedKey });
      setSaveOpen(false);
    },
  });
  const nameTaken = saved.data?.data.some((s) => s.name.trim().toLowerCase() === name.trim().toLowerCase()) ?? false;
  const snippet = requestBody ? (code === "fetch" ? asFetch(requestBody) : asCurl(requestBody)) : "";

  return (
    <div className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <div>
        <label htmlFor={ids.template} className="block text-xs font-medium text-slate-600">
          Start from a template
        </label>
        <select
          id={ids.template}
          data-testid="template-select"
          className={selectClass}
          value=""
          onChange={(e) => {
            const t = templates.find((x) => x.id === e.target.value);
            if (t) replace({ ...draft, q: t.q, schemaText: schemaToText(t.schema) });
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
      <div>
        <label htmlFor={ids.saved} className="block text-xs font-medium text-slate-600">
          Saved extractions
        </label>
        <select
          id={ids.saved}
          data-testid="saved-select"
          className={selectClass}
          value=""
          disabled={!saved.data?.data.length}
          onChange={(e) => {
            const s = saved.data?.data.find((x) => x.id === e.target.value);
            if (s) replace({ url: s.input.url, q: s.input.q, schemaText: schemaToText(s.input.schema), verifyUrls: s.input.verifyUrls });
          }}
        >
          <option value="">{saved.data?.data.length ? "Open…" : "None yet"}</option>
          {saved.data?.data.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <Button variant="secondary" data-testid="save-button" disabled={!requestBody} title={requestBody ? undefined : "Fix the form first"} onClick={() => setSaveOpen(true)}>
        Save as…
      </Button>
      <div className="ml-auto flex gap-2">
        <Button variant="secondary" data-testid="copy-curl" disabled={!requestBody} onClick={() => setCode("curl")}>
          Copy as cURL
        </Button>
        <Button variant="secondary" data-testid="copy-fetch" disabled={!requestBody} onClick={() => setCode("fetch")}>
          Copy as fetch
        </Button>
      </div>

      <Dialog open={saveOpen} onClose={() => setSaveOpen(false)} title="Save this extraction" testId="save-dialog">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) save.mutate();
          }}
          className="space-y-3"
        >
          <label htmlFor={ids.name} className="block text-sm font-medium">
            Name
          </label>
          <input id={ids.name} data-testid="save-name" autoFocus value={name} onChange={(e) => setName(e.target.value)} className="block w-full rounded-md border border-slate-300 px-3 py-2" />
          {nameTaken ? <p className="text-xs text-amber-800">A saved extraction has this name: saving replaces it.</p> : null}
          {save.isError ? <ErrorAlert error={save.error} title="Not saved." /> : null}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setSaveOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" data-testid="save-confirm" disabled={!name.trim() || save.isPending}>
              {save.isPending ? "Saving…" : "Save"}
            </Button>
          </div>
        </form>
      </Dialog>

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
