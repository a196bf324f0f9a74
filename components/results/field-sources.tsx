"use client";

import { useId } from "react";
import { flattenRow } from "@/lib/export/flatten";
import type { FieldSource } from "@/lib/extract/types";
import { fieldSourceLabel, fieldSourceXPath } from "@/lib/results/field-source";

const shown = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));

/**
 * Each field of a row (an object's parts by their path, "company.name") with where the engine read it: a small "from" line under its value (the
 * element, written from the record's XPath, and its attribute; or the JSON-LD property), so that an
 * analyst who doubts a value can find the element on the page. Plain text, so it is read and
 * selected like the rest of the panel. A result extracted before field sources were kept says so.
 */
export function FieldSources({ row, fields, recordXPath }: { row: Record<string, unknown>; fields: Record<string, FieldSource> | undefined; recordXPath: string }) {
  const heading = useId();
  // An object field's parts are listed by their path ("company.name"), as the engine fills them.
  const flat = flattenRow(row);
  const names = Object.keys(flat);
  if (!names.length) return null;
  if (!fields) {
    return (
      <p className="mt-2 text-xs text-slate-500" data-testid="row-field-sources-missing">
        Where each field was read is not recorded for this result (it was extracted before the engine kept that).
      </p>
    );
  }
  return (
    <section aria-labelledby={heading} className="mt-3" data-testid="row-field-sources">
      <h4 id={heading} className="text-xs font-medium text-slate-600">
        Where each field was read
      </h4>
      <dl className="mt-1 divide-y divide-slate-100">
        {names.map((name) => {
          const source = Object.hasOwn(fields, name) ? fields[name] : undefined;
          const value = shown(flat[name]);
          return (
            <div key={name} className="py-1.5" data-testid="row-field" data-field={name}>
              <dt className="text-xs font-medium text-slate-500">{name}</dt>
              <dd className="truncate text-slate-700" title={value}>
                {value}
              </dd>
              <dd className="break-all font-mono text-xs text-slate-500" data-testid="row-field-source" data-field={name} title={(source && fieldSourceXPath(source)) ?? undefined}>
                {source ? `from ${fieldSourceLabel(source, recordXPath)}` : "not found on the page"}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
