"use client";

import { useId } from "react";
import { FieldBuilder } from "./field-builder";
import { SchemaSuggestion } from "./schema-suggestion";

/**
 * The row schema. Its JSON text is the single source of truth: the field table and the JSON editor
 * both read it and write it, so an edit on either side shows on the other.
 */
export function SchemaSection({
  q,
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
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-sm font-medium">
        Row schema <span className="font-normal text-slate-500">(optional: the fields of one row)</span>
      </legend>
      <SchemaSuggestion q={q} schemaText={schemaText} onAccept={onSchemaTextChange} />
      <FieldBuilder schemaText={schemaText} onSchemaTextChange={onSchemaTextChange} />
      <div>
        <label htmlFor={id} className="block text-xs font-medium text-slate-600">
          JSON Schema
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
    </fieldset>
  );
}
