"use client";

import { FIELD_FORMATS, FIELD_TYPES, type BuilderField, type FieldEdit } from "@/lib/schema/builder";

const cellClass =
  "block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 aria-[invalid=true]:border-red-400 disabled:bg-slate-50 disabled:text-slate-400";
const iconClass =
  "rounded px-1.5 py-1 text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 disabled:cursor-not-allowed disabled:text-slate-300 disabled:hover:bg-transparent";

const FORMAT_LABELS: Record<string, string> = { "": "—", uri: "uri (link)", email: "email", date: "date", "date-time": "date-time" };

/** Where focus goes once the edited text comes back as props (the row's controls are rebuilt). */
export type FocusTarget = { row: number; control: "name" | "up" | "down" } | { row: -1; control: "add" };

/**
 * One field of the field table: its name (with the reason a refused name stays in its input), type,
 * format, description, required box, and the buttons that move and remove it. Every edit goes
 * through FieldBuilder (commit, onRename), which owns the schema text and where focus goes next.
 */
export function FieldRow({
  field,
  index,
  count,
  draft,
  errorId,
  onRename,
  onNameBlur,
  commit,
}: {
  field: BuilderField;
  index: number;
  /** Fields in the table: the last one cannot move down. */
  count: number;
  /** A name the schema refused, still in the input, and why. */
  draft: { value: string; error: string } | null;
  errorId: string;
  onRename: (value: string) => void;
  onNameBlur: () => void;
  commit: (edit: FieldEdit, focus?: FocusTarget) => void;
}) {
  const label = field.name || `Field ${index + 1}`;
  const formatOff = field.type !== "string" && field.format === "";
  return (
    <tr data-testid="field-row" data-row={index} className="border-t border-slate-200 align-top">
      <td className="px-2 py-1.5">
        <input
          data-testid="field-name"
          data-control="name"
          aria-label={`Field ${index + 1} name`}
          value={draft ? draft.value : field.name}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => onRename(e.target.value)}
          onBlur={onNameBlur}
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
            disabled={index === count - 1}
            onClick={() =>
              commit({ kind: "move", from: index, to: index + 1 }, { row: index + 1, control: index + 1 === count - 1 ? "up" : "down" })
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
                count === 1 ? { row: -1, control: "add" } : { row: Math.min(index, count - 2), control: "name" },
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
}
