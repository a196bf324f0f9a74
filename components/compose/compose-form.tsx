"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { ApiError } from "@/lib/errors";
import { extractInputSchema, MAX_QUERY_LENGTH, taskSchema, type ExtractInputDraft } from "@/lib/extract/types";
import { postJson } from "@/lib/queries/fetcher";
import { checkSchemaText } from "./schema-field";

const fieldClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 aria-[invalid=true]:border-red-400";

type FieldErrors = Partial<Record<"url" | "q" | "schema" | "verifyUrls", string>>;

export function ComposeForm() {
  const router = useRouter();
  const ids = { url: useId(), q: useId(), schema: useId(), verify: useId() };
  const [url, setUrl] = useState("");
  const [q, setQ] = useState("");
  const [schemaText, setSchemaText] = useState("");
  const [verifyUrls, setVerifyUrls] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const schemaCheck = useMemo(() => checkSchemaText(schemaText), [schemaText]);
  const schemaError = fieldErrors.schema ?? (schemaCheck.ok ? undefined : schemaCheck.message);

  const run = useMutation({
    mutationFn: (input: ExtractInputDraft) => postJson("/api/extract", taskSchema, input),
    onSuccess: (task) => router.push(`/tasks/${encodeURIComponent(task.id)}`),
    onError: (err) => {
      // Field-level answers from the server land next to their fields; the form keeps every value.
      if (err instanceof ApiError && err.details.length) {
        const next: FieldErrors = {};
        for (const d of err.details) if (d.field in ids) next[d.field as keyof FieldErrors] = d.message;
        setFieldErrors(next);
      }
    },
  });

  function submit() {
    if (run.isPending) return;
    const errors: FieldErrors = {};
    if (!schemaCheck.ok) errors.schema = schemaCheck.message;
    const draft: ExtractInputDraft = { url, q, schema: schemaCheck.ok ? schemaCheck.schema : null, verifyUrls };
    const parsed = extractInputSchema.safeParse(draft);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.path[0];
        if (typeof key === "string" && key in ids && !errors[key as keyof FieldErrors]) errors[key as keyof FieldErrors] = issue.message;
      }
    }
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    run.mutate(draft);
  }

  return (
    <form
      className="space-y-5"
      noValidate
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
          data-testid="url-input"
          type="url"
          inputMode="url"
          autoComplete="url"
          placeholder="https://example.com/team"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          aria-invalid={!!fieldErrors.url}
          aria-describedby={fieldErrors.url ? `${ids.url}-error` : `${ids.url}-hint`}
          className={fieldClass}
        />
        <FieldMessage id={ids.url} error={fieldErrors.url} hint="The listing page that shows the records (not the site's home page)." testId="field-error-url" />
      </div>

      <div>
        <label htmlFor={ids.q} className="block text-sm font-medium">
          What to extract
        </label>
        <textarea
          id={ids.q}
          data-testid="q-input"
          rows={3}
          maxLength={MAX_QUERY_LENGTH + 1000}
          placeholder="Every engineer with their name, role and profile page"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          aria-invalid={!!fieldErrors.q}
          aria-describedby={fieldErrors.q ? `${ids.q}-error` : `${ids.q}-hint`}
          className={fieldClass}
        />
        <FieldMessage
          id={ids.q}
          error={fieldErrors.q}
          hint={`${q.trim().length.toLocaleString("en")} / ${MAX_QUERY_LENGTH.toLocaleString("en")} characters`}
          testId="field-error-q"
        />
      </div>

      <div>
        <label htmlFor={ids.schema} className="block text-sm font-medium">
          Row schema <span className="font-normal text-slate-500">(optional JSON Schema for one row)</span>
        </label>
        <textarea
          id={ids.schema}
          data-testid="schema-input"
          rows={8}
          spellCheck={false}
          placeholder={'{\n  "type": "object",\n  "properties": {\n    "name": { "type": "string" },\n    "profilePage": { "type": "string", "format": "uri" }\n  }\n}'}
          value={schemaText}
          onChange={(e) => {
            setSchemaText(e.target.value);
            setFieldErrors((f) => ({ ...f, schema: undefined }));
          }}
          aria-invalid={!!schemaError}
          aria-describedby={`${ids.schema}-${schemaError ? "error" : "hint"}`}
          className={`${fieldClass} font-mono`}
        />
        <FieldMessage
          id={ids.schema}
          error={schemaError}
          hint="Flat rows of strings, numbers and booleans work best; give link fields “format”: “uri”."
          testId="field-error-schema"
        />
      </div>

      <div className="flex items-center gap-2">
        <input
          id={ids.verify}
          data-testid="verify-urls"
          type="checkbox"
          checked={verifyUrls}
          onChange={(e) => setVerifyUrls(e.target.checked)}
          className="h-4 w-4 rounded border-slate-300"
        />
        <label htmlFor={ids.verify} className="text-sm">
          Verify URLs <span className="text-slate-500">(drop rows whose links are dead; slower)</span>
        </label>
      </div>

      {run.isError ? <ErrorAlert error={run.error} title="The extraction was not started." testId="form-error" /> : null}

      <div className="flex items-center gap-3">
        <Button type="submit" data-testid="run-button" disabled={run.isPending || !schemaCheck.ok}>
          {run.isPending ? "Starting…" : "Run extraction"}
        </Button>
        <span className="text-xs text-slate-500">
          <kbd className="rounded border px-1">Ctrl</kbd>/<kbd className="rounded border px-1">⌘</kbd>+
          <kbd className="rounded border px-1">Enter</kbd> runs
        </span>
        {!schemaCheck.ok ? (
          <span className="text-xs text-red-700" data-testid="run-disabled-reason">
            Fix the schema to run.
          </span>
        ) : null}
      </div>
    </form>
  );
}

function FieldMessage({ id, error, hint, testId }: { id: string; error?: string; hint: string; testId: string }) {
  if (error) {
    return (
      <p id={`${id}-error`} data-testid={testId} className="mt-1 text-xs text-red-700">
        {error}
      </p>
    );
  }
  return (
    <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
      {hint}
    </p>
  );
}
