"use client";

import type { ICellRendererParams } from "ag-grid-community";
import { EMAIL_PATTERN, linkLabel, safeHref } from "@/lib/results/columns";
import type { StoredRow } from "@/lib/results/row-store";

type Row = StoredRow;

/** A uri cell: the host and path as text, the full URL on hover, opening in a new tab with noopener. */
export function LinkCell(p: ICellRendererParams<Row>) {
  const href = safeHref(p.value);
  if (!href) return <span>{p.value === null || p.value === undefined ? "" : String(p.value)}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" title={href} className="text-indigo-700 underline" onClick={(e) => e.stopPropagation()}>
      {linkLabel(href)}
    </a>
  );
}

export function EmailCell(p: ICellRendererParams<Row>) {
  const value = typeof p.value === "string" ? p.value : "";
  if (!EMAIL_PATTERN.test(value)) return <span>{p.value === null || p.value === undefined ? "" : String(p.value)}</span>;
  return (
    <a href={`mailto:${value}`} className="text-indigo-700 underline" onClick={(e) => e.stopPropagation()}>
      {value}
    </a>
  );
}

export function BooleanCell(p: ICellRendererParams<Row>) {
  if (p.value === true) return <span>✓ true</span>;
  if (p.value === false) return <span className="text-slate-500">✗ false</span>;
  return <span>{p.value === null || p.value === undefined ? "" : String(p.value)}</span>;
}
