"use client";

import { useId } from "react";

/** The row schema: JSON text is the single source of truth for every editor shown here. */
export function SchemaSection({
  schemaText,
  onSchemaTextChange,
  error,
}: {
  q: string;
  schemaText: string;
  onSchemaTextChange: (text: string) => void;
  error: string | undefined;
  onRun: () => void;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        Row schema <span className="font-normal text-slate-500">(optional JSON Schema for one row)</span>
      </label>
      <textarea
        id={id}
        data-testid="schema-input"
        rows={8}
        spellCheck={false}
        value={schemaText}
        onChange={(e) => onSchemaTextChange(e.target.value)}
        aria-invalid={!!error}
        aria-describedby={`${id}-${error ? "error" : "hint"}`}
        className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm shadow-sm"
      />
      {error ? (
        <p id={`${id}-error`} data-testid="field-error-schema" className="mt-1 text-xs text-red-700">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          Flat rows of strings, numbers and booleans work best; give link fields “format”: “uri”.
        </p>
      )}
    </div>
  );
}
