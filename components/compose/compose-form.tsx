"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { completeSeedUrl, looksLikeHomepage, sameDraft, type Draft } from "@/lib/compose/draft";
import { ApiError } from "@/lib/errors";
import type { SavedExtraction } from "@/lib/extract/types";
import { extractInputSchema, MAX_QUERY_LENGTH, taskSchema, type ExtractInputDraft, type ProviderName } from "@/lib/extract/types";
import { postJson } from "@/lib/queries/fetcher";
import { healthQueryOptions } from "@/lib/queries/tasks";
import { ComposeToolbar } from "./compose-toolbar";
import { COST_CONFIRMED_KEY, CostDialog } from "./cost-dialog";
import { DraftReplacedBar } from "./draft-replaced-bar";
import { fieldClass, FieldMessage } from "./field-message";
import { SchemaSection } from "./schema-section";
import { checkSchemaText } from "./schema-field";
import { useDraft } from "./use-draft";
import { useFieldErrors, type FieldErrors } from "./use-field-errors";

/** `saved`: the saved extractions as the server read them, so their menu works before hydration (null: not read). */
export function ComposeForm({ initial, saved }: { initial: Draft | null; saved: SavedExtraction[] | null }) {
  const router = useRouter();
  const ids = { url: useId(), q: useId(), verify: useId() };
  // The fields themselves: before hydration they may hold typing that React's state has not seen.
  const urlField = useRef<HTMLInputElement>(null);
  const qField = useRef<HTMLTextAreaElement>(null);
  const verifyField = useRef<HTMLInputElement>(null);
  const templateMenu = useRef<HTMLSelectElement>(null);
  const savedMenu = useRef<HTMLSelectElement>(null);
  const { draft, update, load, replaced, undo, dismissReplaced } = useDraft(
    initial,
    { url: urlField, q: qField, verifyUrls: verifyField, template: templateMenu, saved: savedMenu },
    saved ?? [],
  );
  const { url, q, schemaText, verifyUrls } = draft;
  const { errors: fieldErrors, set: setFieldErrors, clearSchema } = useFieldErrors(draft);
  const [costOpen, setCostOpen] = useState(false);
  const health = useQuery(healthQueryOptions);
  const schemaCheck = useMemo(() => checkSchemaText(schemaText), [schemaText]);

  // "www.example.com/products" is sent as https://…; the note under the field says so.
  const seedUrl = completeSeedUrl(url);
  const input: ExtractInputDraft = { url: seedUrl, q, schema: schemaCheck.ok ? schemaCheck.schema : null, verifyUrls };
  const valid = extractInputSchema.safeParse(input);
  const requestBody = schemaCheck.ok && valid.success ? (valid.data as Record<string, unknown>) : null;

  const run = useMutation({
    mutationFn: ({ body, provider }: { body: ExtractInputDraft; provider?: ProviderName; sent: Draft }) =>
      postJson(provider === "embedded" ? "/api/extract?provider=embedded" : "/api/extract", taskSchema, body),
    onSuccess: (task, { provider }) => router.push(`/tasks/${encodeURIComponent(task.id)}${provider === "embedded" ? "?provider=embedded" : ""}`),
    onError: (err, { sent }) => {
      // Field-level answers from the server land next to their fields; the form keeps every value.
      if (err instanceof ApiError && err.details.length) {
        const next: FieldErrors = {};
        for (const d of err.details) if (["url", "q", "schema", "verifyUrls"].includes(d.field)) next[d.field as keyof FieldErrors] = d.message;
        setFieldErrors(next, sent);
      }
    },
  });

  // Why the last Run was refused, shown only while the form still holds what was sent: under an
  // edited input it reads as if the edit had been refused too (as field errors do, use-field-errors).
  const runError = run.isError && run.variables && sameDraft(run.variables.sent, draft) ? run.error : null;

  function submit() {
    if (run.isPending) return;
    const errors: FieldErrors = {};
    if (!schemaCheck.ok) errors.schema = schemaCheck.message;
    if (!valid.success) {
      for (const issue of valid.error.issues) {
        const key = issue.path[0];
        if (typeof key === "string" && ["url", "q", "verifyUrls"].includes(key) && !errors[key as keyof FieldErrors]) errors[key as keyof FieldErrors] = issue.message;
      }
    }
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) {
      // Take the analyst to the first field to fix (its error is announced as an alert).
      const first = errors.url ? ids.url : errors.q ? ids.q : null;
      if (first) document.getElementById(first)?.focus();
      return;
    }
    // Linkup runs cost money: confirm once per session. The embedded engine is free.
    if (health.data?.provider === "linkup" && window.sessionStorage.getItem(COST_CONFIRMED_KEY) !== "1") {
      setCostOpen(true);
      return;
    }
    run.mutate({ body: input, sent: draft });
  }

  return (
    <div className="space-y-5">
      {/* Outside the form: its dialogs hold forms of their own, and forms must not nest. */}
      <ComposeToolbar
        draft={draft}
        load={(d, label) => (setFieldErrors({}), load(d, label))}
        requestBody={requestBody}
        templateMenu={templateMenu}
        savedMenu={savedMenu}
        savedList={saved}
      />
      {replaced ? <DraftReplacedBar replaced={replaced} onUndo={() => (setFieldErrors({}), undo())} onDismiss={dismissReplaced} /> : null}
      <form
        className="space-y-5"
        noValidate
        // The draft (localStorage) restores the form; the browser's own restore on reload would put
        // values on screen that React's state does not hold.
        autoComplete="off"
        aria-label="Compose an extraction"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            submit();
          }
        }}
      >
        <div>
          <label htmlFor={ids.url} className="block text-sm font-medium">
            Seed URL
          </label>
          <input
            id={ids.url}
            ref={urlField}
            data-testid="url-input"
            type="url"
            inputMode="url"
            autoComplete="off"
            placeholder="https://example.com/team"
            value={url}
            onChange={(e) => update({ url: e.target.value })}
            aria-invalid={!!fieldErrors.url}
            aria-describedby={`${ids.url}-${fieldErrors.url ? "error" : "hint"}`}
            className={fieldClass}
          />
          <FieldMessage
            id={ids.url}
            error={fieldErrors.url}
            hint="The listing page that shows the records (not the site's home page)."
            testId="field-error-url"
          />
          {seedUrl !== url.trim() ? (
            <p className="mt-1 text-xs text-slate-700" data-testid="url-completed" role="status">
              Will use <span className="break-all font-mono">{seedUrl}</span>
            </p>
          ) : null}
          {looksLikeHomepage(seedUrl) ? (
            <p className="mt-1 text-xs text-amber-800" data-testid="homepage-hint" role="status">
              This looks like a home page. Extractions work best from the listing page itself (e.g. /team, /products, /jobs).
            </p>
          ) : null}
        </div>

        <div>
          <label htmlFor={ids.q} className="block text-sm font-medium">
            What to extract
          </label>
          <textarea
            id={ids.q}
            ref={qField}
            data-testid="q-input"
            rows={3}
            placeholder="Every engineer with their name, role and profile page"
            value={q}
            onChange={(e) => update({ q: e.target.value })}
            aria-invalid={!!fieldErrors.q}
            aria-describedby={`${ids.q}-${fieldErrors.q ? "error" : "hint"}`}
            className={fieldClass}
          />
          <FieldMessage
            id={ids.q}
            error={fieldErrors.q}
            hint={`${q.trim().length.toLocaleString("en")} / ${MAX_QUERY_LENGTH.toLocaleString("en")} characters`}
            testId="field-error-q"
          />
        </div>

        <SchemaSection
          q={q}
          schemaText={schemaText}
          onSchemaTextChange={(text) => {
            update({ schemaText: text });
            clearSchema();
          }}
          problems={schemaCheck.problems}
          serverError={fieldErrors.schema}
          onRun={submit}
        />

        <div className="flex items-center gap-2">
          <input
            id={ids.verify}
            ref={verifyField}
            data-testid="verify-urls"
            type="checkbox"
            checked={verifyUrls}
            onChange={(e) => update({ verifyUrls: e.target.checked })}
            className="h-4 w-4 rounded border-slate-300"
          />
          <label htmlFor={ids.verify} className="text-sm">
            Verify URLs <span className="text-slate-500">(drop rows whose links are dead; slower)</span>
          </label>
        </div>

        {runError ? <ErrorAlert error={runError} title="The extraction was not started." testId="form-error" /> : null}

        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" data-testid="run-button" disabled={run.isPending || !schemaCheck.ok}>
            {run.isPending ? "Starting…" : "Run extraction"}
          </Button>
          <span className="text-xs text-slate-500">
            <kbd className="rounded border px-1">Ctrl</kbd>/<kbd className="rounded border px-1">⌘</kbd>+<kbd className="rounded border px-1">Enter</kbd> runs
          </span>
          {/* Always present, so screen readers hear the reason when it appears or changes. */}
          <span role="status" aria-live="polite" className="text-xs text-red-700">
            {!schemaCheck.ok ? <span data-testid="run-disabled-reason">Run is disabled: {schemaCheck.message}</span> : null}
          </span>
        </div>

        <CostDialog
          open={costOpen}
          onClose={() => setCostOpen(false)}
          onConfirm={() => {
            window.sessionStorage.setItem(COST_CONFIRMED_KEY, "1");
            setCostOpen(false);
            run.mutate({ body: input, sent: draft });
          }}
          onPreview={() => {
            setCostOpen(false);
            run.mutate({ body: input, provider: "embedded", sent: draft });
          }}
        />
      </form>
    </div>
  );
}
