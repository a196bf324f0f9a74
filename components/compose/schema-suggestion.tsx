"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { fieldSpecsFromQuery } from "@/lib/engine/fields/query";
import { planSuggestion } from "@/lib/schema/suggest";

const NO_FIELDS_TITLE = "The query names no fields. List them, e.g. “every engineer with name, role and profile page”.";

/**
 * "Suggest a schema from the query": the fields the query lists, merged into the current schema and
 * shown as a diff to accept or dismiss. Plain string work in the browser: offline, no request, free.
 */
export function SchemaSuggestion({ q, schemaText, onAccept }: { q: string; schemaText: string; onAccept: (proposed: string) => void }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const hasFields = useMemo(() => fieldSpecsFromQuery(q) !== null, [q]);
  // Recomputed while open, so what Accept writes always matches the diff on screen.
  const outcome = useMemo(() => (open ? planSuggestion(q, schemaText) : null), [open, q, schemaText]);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const diffRef = useRef<HTMLPreElement>(null);

  useEffect(() => {
    if (!open) return;
    panelRef.current?.focus();
    // A long schema would hide the change below its unchanged head: start the diff at the first change.
    const pre = diffRef.current;
    const first = pre?.querySelector<HTMLElement>('[data-kind="added"], [data-kind="removed"]');
    if (pre && first) pre.scrollTop = Math.max(0, first.offsetTop - 3 * first.offsetHeight);
  }, [open]);

  function close() {
    setOpen(false);
    buttonRef.current?.focus();
  }


  return (
    <div className="space-y-2">
      {/* A plain <button>: focus returns here on close, and the shared Button does not take a ref. */}
      <button
        type="button"
        ref={buttonRef}
        className={buttonClass("secondary")}
        data-testid="suggest-schema"
        disabled={!hasFields}
        title={hasFields ? "Add the fields the query lists to the schema (you review the change first)." : NO_FIELDS_TITLE}
        aria-expanded={open}
        aria-controls={open ? `${id}-panel` : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        Suggest a schema from the query
      </button>

      {open && outcome ? (
        <div
          id={`${id}-panel`}
          ref={panelRef}
          tabIndex={-1}
          role="region"
          aria-label="Suggested schema"
          onKeyDown={(e) => {
            if (e.key === "Escape") {
              e.preventDefault();
              e.stopPropagation();
              close();
            }
          }}
          className="rounded-md border border-slate-200 bg-white p-3 shadow-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
        >
          {outcome.ok ? (
            <>
              <p className="mb-2 text-sm text-slate-700" id={`${id}-summary`}>
                Adds {listNames(outcome.added)}. Existing fields stay as they are, and none is made required (a required field the page lacks drops the whole row).
              </p>
              <pre
                ref={diffRef}
                data-testid="schema-diff"
                aria-describedby={`${id}-summary`}
                className="relative max-h-72 overflow-auto rounded border border-slate-200 bg-slate-50 py-1 font-mono text-xs leading-5"
              >
                {outcome.diff.map((line, i) =>
                  // <ins>/<del> carry the meaning; the +/− glyph is read aloud as "plus"/"minus".
                  line.kind === "added" ? (
                    <ins key={i} data-kind="added" className="block bg-emerald-50 px-2 text-emerald-800 no-underline">
                      <span className="select-none">+ </span>
                      {line.text}
                    </ins>
                  ) : line.kind === "removed" ? (
                    <del key={i} data-kind="removed" className="block bg-red-50 px-2 text-red-800 no-underline">
                      <span className="select-none">− </span>
                      {line.text}
                    </del>
                  ) : (
                    <span key={i} data-kind="same" className="block px-2 text-slate-600">
                      <span className="select-none">{"  "}</span>
                      {line.text}
                    </span>
                  ),
                )}
              </pre>
              <div className="mt-3 flex flex-wrap items-center gap-2">
                <Button
                  data-testid="suggest-accept"
                  onClick={() => {
                    onAccept(outcome.proposed);
                    close();
                  }}
                >
                  Accept
                </Button>
                <Button variant="secondary" data-testid="suggest-dismiss" onClick={close}>
                  Dismiss
                </Button>
                <span className="text-xs text-slate-500">Esc closes</span>
              </div>
            </>
          ) : (
            <div className="flex flex-wrap items-center gap-3">
              <p data-testid="suggest-none" role="status" className="text-sm text-slate-700">
                {outcome.message}
              </p>
              <Button variant="secondary" data-testid="suggest-dismiss" onClick={close}>
                Dismiss
              </Button>
            </div>
          )}
        </div>
      ) : null}
    </div>
  );
}

const listNames = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
