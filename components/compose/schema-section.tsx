"use client";

import type { SchemaProblem } from "@/lib/schema/check";
import { FieldBuilder } from "./field-builder";
import { SchemaEditor } from "./schema-editor";
import { SchemaSuggestion } from "./schema-suggestion";

/**
 * The row schema. Its JSON text is the single source of truth: the field table and the JSON editor
 * both read it and write it, so an edit on either side shows on the other.
 */
export function SchemaSection({
  q,
  schemaText,
  onSchemaTextChange,
  problems,
  serverError,
  onRun,
}: {
  q: string;
  schemaText: string;
  onSchemaTextChange: (text: string) => void;
  problems: readonly SchemaProblem[];
  /** What the server said about the schema, when it refused it. */
  serverError: string | undefined;
  onRun: () => void;
}) {
  return (
    <fieldset className="min-w-0 space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-sm font-medium">
        Row schema <span className="font-normal text-slate-500">(optional: the fields of one row)</span>
      </legend>
      <SchemaSuggestion q={q} schemaText={schemaText} onAccept={onSchemaTextChange} />
      <FieldBuilder schemaText={schemaText} onSchemaTextChange={onSchemaTextChange} />
      <SchemaEditor
        value={schemaText}
        onChange={onSchemaTextChange}
        problems={problems}
        ariaLabel="Row schema (optional JSON Schema for one row)"
        onRun={onRun}
      />
      {serverError ? (
        <p data-testid="field-error-schema" role="alert" className="text-xs text-red-700">
          {serverError}
        </p>
      ) : (
        <p className="text-xs text-slate-500">Flat rows of strings, numbers and booleans work best; give link fields “format”: “uri”.</p>
      )}
      {/* The current text, for assistive tech that cannot read the editor's canvas-like view, and tests. */}
      <output data-testid="schema-text" className="sr-only" aria-live="off">
        {schemaText}
      </output>
    </fieldset>
  );
}
