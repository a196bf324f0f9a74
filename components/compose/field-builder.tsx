"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { applyFieldEdit, fieldsFromSchemaText, type FieldEdit } from "@/lib/schema/builder";
import { FieldRow, type FocusTarget } from "./field-row";

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

  /** Unlike other edits, a rename the schema refuses stays in its input as a draft, with the reason. */
  function rename(index: number, value: string) {
    const result = applyFieldEdit(schemaText, { kind: "rename", index, name: value });
    if ("error" in result) {
      setNameDraft({ index, value, error: result.error });
      return;
    }
    setNameDraft(null);
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
      {/* relative: the table's screen-reader-only labels are positioned absolutely, and would
          otherwise escape this scroll box and widen the whole page on a narrow window. */}
      <div className="relative overflow-x-auto rounded-md border border-slate-200">
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
            {fields.map((field, index) => (
              // Keyed by position: a rename must not remount the input the user is typing in.
              <FieldRow
                key={index}
                field={field}
                index={index}
                count={fields.length}
                draft={nameDraft?.index === index ? nameDraft : null}
                errorId={`${id}-name-error-${index}`}
                onRename={(value) => rename(index, value)}
                onNameBlur={() => setNameDraft((d) => (d?.index === index ? null : d))}
                commit={commit}
              />
            ))}
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
