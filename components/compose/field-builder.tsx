"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { applyFieldEdit, FIELD_FORMATS, FIELD_TYPES, fieldsFromSchemaText, type FieldEdit } from "@/lib/schema/builder";

const cellClass =
  "block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 aria-[invalid=true]:border-red-400 disabled:bg-slate-50 disabled:text-slate-400";
const iconClass =
  "rounded px-1.5 py-1 text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 disabled:cursor-not-allowed disabled:text-slate-300 disabled:hover:bg-transparent";

const FORMAT_LABELS: Record<string, string> = { "": "—", uri: "uri (link)", email: "email", date: "date", "date-time": "date-time" };

/** Where focus goes once the edited text comes back as props (the row's controls are rebuilt). */
type FocusTarget = { row: number; control: "name" | "up" | "down" } | { row: -1; control: "add" };

/**
 * The row schema as a table of fields. The JSON text stays the single source of truth: rows are
 * derived from it on every render and every edit goes through applyFieldEdit, so edits made here and
 * in the JSON editor round-trip. Rows are keyed by position so a name input keeps focus while a
 * rename re-keys the property under it.
 */
export function FieldBuilder({ schemaText, onSchemaTextChange }: { schemaText: string; onSchemaTextChange: (text: string) => void }) {
  const id = useId();
  const table = useMemo(() => fieldsFromSchemaText(schemaText), [schemaText]);
  // A name the schema refused (empty, taken) stays in its input, with the reason, until it is fixed or left.
  const [nameDraft, setNameDraft] = useState<{ index: number; value: string; error: string } | null>(null);
  const [editError, setEditError] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const focusAfter = useRef<FocusTarget | null>(null);

  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = null;
    if (!target) return;
    const selector = target.control === "add" ? '[data-control="add"]' : `[data-row="${target.row}"] [data-control="${target.control}"]`;
    const el = rootRef.current?.querySelector<HTMLElement>(selector);
    el?.focus();
    if (el instanceof HTMLInputElement) el.select();
  }, [schemaText]);

  function commit(edit: FieldEdit, focus?: FocusTarget) {
    const result = applyFieldEdit(schemaText, edit);
    if ("error" in result) {
      setEditError(result.error);
      return;
    }
    setEditError(null);
    setNameDraft(null);
    focusAfter.current = focus ?? null;
    onSchemaTextChange(result.text);
  }

  if ("invalidJson" in table) {
    // The problem list under the editor names the mistake and its place: saying it here too, in
    // other words, made one typo look like two problems.
    return (
      <div data-testid="field-builder" className="rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-600">
        <p data-testid="field-builder-error">The field table returns once the JSON is valid; the problem is listed under the editor.</p>
      </div>
    );
  }

  if ("error" in table) {
    return (
      <div data-testid="field-builder" className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
        <p data-testid="field-builder-error" role="status">
          {table.error}
        </p>
        <p className="mt-1 text-xs text-amber-800">The field table comes back once the JSON describes fields it can show.</p>
      </div>
    );
  }

  const { fields } = table;
  return (
    <div data-testid="field-builder" ref={rootRef} className="space-y-2">
      <div className="overflow-x-auto rounded-md border border-slate-200">
        <table className="w-full min-w-[40rem] table-fixed border-collapse text-sm">
          <caption className="sr-only">Fields of one row. Each change here rewrites the JSON schema.</caption>
          <colgroup>
            <col className="w-[24%]" />
            <col className="w-[7.5rem]" />
            <col className="w-[8rem]" />
            <col />
            <col className="w-[4.5rem]" />
            <col className="w-[6.5rem]" />
          </colgroup>
          <thead className="bg-slate-50 text-left text-xs font-medium text-slate-600">
            <tr>
              <th scope="col" className="px-2 py-2">Name</th>
              <th scope="col" className="px-2 py-2">Type</th>
              <th scope="col" className="px-2 py-2">Format</th>
              <th scope="col" className="px-2 py-2">Description</th>
              <th scope="col" className="px-2 py-2 text-center">Required</th>
              <th scope="col" className="px-2 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.length === 0 ? (
              <tr>
                <td colSpan={6} className="px-2 py-4 text-center text-slate-500">
                  No fields yet. Add one, or suggest a schema from the query.
                </td>
              </tr>
            ) : null}
            {fields.map((field, index) => {
              const label = field.name || `Field ${index + 1}`;
              const draft = nameDraft?.index === index ? nameDraft : null;
              const errorId = `${id}-name-error-${index}`;
              const formatOff = field.type !== "string" && field.format === "";
              return (
                // Keyed by position: a rename must not remount the input the user is typing in.
                <tr key={index} data-testid="field-row" data-row={index} className="border-t border-slate-200 align-top">
                  <td className="px-2 py-1.5">
                    <input
                      data-testid="field-name"
                      data-control="name"
                      aria-label={`Field ${index + 1} name`}
                      value={draft ? draft.value : field.name}
                      spellCheck={false}
                      autoComplete="off"
                      onChange={(e) => {
                        const value = e.target.value;
                        const result = applyFieldEdit(schemaText, { kind: "rename", index, name: value });
                        if ("error" in result) {
                          setNameDraft({ index, value, error: result.error });
                          return;
                        }
                        setNameDraft(null);
                        onSchemaTextChange(result.text);
                      }}
                      onBlur={() => setNameDraft((d) => (d?.index === index ? null : d))}
                      aria-invalid={!!draft}
                      aria-describedby={draft ? errorId : undefined}
                      className={`${cellClass} font-mono`}
                    />
                    {draft ? (
                      <p id={errorId} data-testid="field-name-error" role="alert" className="mt-1 text-xs text-red-700">
                        {draft.error} The schema keeps “{field.name}”.
                      </p>
                    ) : null}
                  </td>
                  <td className="px-2 py-1.5">
                    <select
                      data-testid="field-type"
                      aria-label={`${label} type`}
                      value={field.type}
                      onChange={(e) => commit({ kind: "update", index, patch: { type: FIELD_TYPES.find((t) => t === e.target.value) ?? field.type } })}
                      className={cellClass}
                    >
                      {FIELD_TYPES.map((t) => (
                        <option key={t} value={t}>
                          {t}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="px-2 py-1.5">
                    <select
                      data-testid="field-format"
                      aria-label={`${label} format`}
                      title={formatOff ? "Formats apply to string fields." : undefined}
                      value={field.format}
                      disabled={formatOff}
                      onChange={(e) => commit({ kind: "update", index, patch: { format: e.target.value } })}
                      className={cellClass}
                    >
                      {(FIELD_FORMATS.includes(field.format) ? FIELD_FORMATS : [...FIELD_FORMATS, field.format]).map((f) => (
                        <option key={f} value={f}>
                          {Object.hasOwn(FORMAT_LABELS, f) ? FORMAT_LABELS[f] : f}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="px-2 py-1.5">
                    <input
                      data-testid="field-description"
                      aria-label={`${label} description`}
                      value={field.description}
                      placeholder="What the extractor should look for"
                      onChange={(e) => commit({ kind: "update", index, patch: { description: e.target.value } })}
                      className={cellClass}
                    />
                  </td>
                  <td className="px-2 py-1.5 text-center">
                    <input
                      type="checkbox"
                      data-testid="field-required"
                      aria-label={`${label} required`}
                      checked={field.required}
                      onChange={(e) => commit({ kind: "update", index, patch: { required: e.target.checked } })}
                      className="mt-2 h-4 w-4 rounded border-slate-300"
                    />
                  </td>
                  <td className="px-2 py-1.5">
                    <div className="flex items-center justify-end gap-0.5 pt-0.5">
                      <button
                        type="button"
                        data-testid="field-move-up"
                        data-control="up"
                        aria-label={`Move ${label} up`}
                        title="Move up"
                        disabled={index === 0}
                        onClick={() => commit({ kind: "move", from: index, to: index - 1 }, { row: index - 1, control: index - 1 === 0 ? "down" : "up" })}
                        className={iconClass}
                      >
                        <span aria-hidden>↑</span>
                      </button>
                      <button
                        type="button"
                        data-testid="field-move-down"
                        data-control="down"
                        aria-label={`Move ${label} down`}
                        title="Move down"
                        disabled={index === fields.length - 1}
                        onClick={() =>
                          commit({ kind: "move", from: index, to: index + 1 }, { row: index + 1, control: index + 1 === fields.length - 1 ? "up" : "down" })
                        }
                        className={iconClass}
                      >
                        <span aria-hidden>↓</span>
                      </button>
                      <button
                        type="button"
                        data-testid="field-remove"
                        aria-label={`Remove ${label}`}
                        title="Remove"
                        onClick={() =>
                          commit(
                            { kind: "remove", index },
                            fields.length === 1 ? { row: -1, control: "add" } : { row: Math.min(index, fields.length - 2), control: "name" },
                          )
                        }
                        className={`${iconClass} hover:text-red-700`}
                      >
                        <span aria-hidden>✕</span>
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant="secondary"
          data-testid="field-add"
          data-control="add"
          onClick={() => commit({ kind: "add" }, { row: fields.length, control: "name" })}
        >
          Add field
        </Button>
        {editError ? (
          <p role="alert" data-testid="field-builder-edit-error" className="text-xs text-red-700">
            {editError}
          </p>
        ) : null}
      </div>
    </div>
  );
}
