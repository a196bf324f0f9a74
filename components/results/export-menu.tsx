"use client";

import { useId, useRef, useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import type { ProviderName } from "@/lib/extract/types";
import { formatCount } from "@/lib/format";

type Format = "csv" | "xlsx" | "json" | "ndjson";
const formats: { format: Format; label: string }[] = [
  { format: "csv", label: "CSV" },
  { format: "xlsx", label: "Excel" },
  { format: "json", label: "JSON" },
  { format: "ndjson", label: "NDJSON" },
];

/**
 * Exports are built and streamed by the server from the result file: the links download all rows;
 * "rows shown" posts the grid's current view (filters, search, sort) as row numbers.
 */
export function ExportMenu({
  taskId,
  provider,
  columns,
  viewPositions,
  ready,
  filtered,
  malformedCount = 0,
}: {
  taskId: string;
  provider: ProviderName | null;
  /** Column keys in the grid's order, once every row is in (else the server works them out). */
  columns: string[] | null;
  /** The positions of the rows the grid's view shows, in its order (computed where the rows are). */
  viewPositions: () => Promise<Int32Array>;
  /** All rows are loaded, so the view is complete. */
  ready: boolean;
  /** The grid shows a subset or another order than the file's. */
  filtered: boolean;
  /** Lines of the result that are not rows, as the grid counted them (so far, while `ready` is false). */
  malformedCount?: number;
}) {
  const [flatten, setFlatten] = useState(false);
  const flattenId = useId();
  const form = useRef<HTMLFormElement>(null);
  const rows = useRef<HTMLInputElement>(null);
  const format = useRef<HTMLInputElement>(null);
  const base = `/api/extract/${encodeURIComponent(taskId)}/export`;
  const providerPart = provider ? `?provider=${provider}` : "";

  const href = (f: Format) => {
    const params = new URLSearchParams({ format: f });
    if (provider) params.set("provider", provider);
    if (flatten) params.set("flatten", "1");
    if (columns && !flatten) for (const c of columns) params.append("column", c);
    return `${base}?${params}`;
  };

  const exportView = async (f: Format) => {
    const shown = await viewPositions();
    if (!form.current || !rows.current || !format.current) return;
    rows.current.value = shown.join(",");
    format.current.value = f;
    form.current.submit();
  };

  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Export">
      {formats.map(({ format: f, label }) => (
        <a key={f} href={href(f)} download data-testid={`export-${f}`} className={buttonClass("secondary")}>
          Export {label}
        </a>
      ))}
      <label htmlFor={flattenId} className="flex items-center gap-1 text-xs text-slate-600">
        <input id={flattenId} type="checkbox" checked={flatten} onChange={(e) => setFlatten(e.target.checked)} data-testid="export-flatten" />
        nested as columns
      </label>
      {/* Its place is kept while the view is the whole file (hidden, not removed): a first sort or
          filter would otherwise widen the toolbar, wrap it and push the grid down under the pointer. */}
      <Button
        variant="secondary"
        data-testid="export-view"
        className={filtered ? "" : "invisible"}
        aria-hidden={!filtered}
        tabIndex={filtered ? undefined : -1}
        disabled={!filtered || !ready}
        title={ready ? undefined : "Wait until every row is loaded"}
        onClick={() => void exportView("csv")}
      >
        Export rows shown (CSV)
      </Button>
      {/* Every export reads the same file the grid does and skips the same lines: a file short of
          those lines must not look complete, and a download cannot show a message of its own. */}
      {malformedCount > 0 ? (
        <p className="basis-full text-xs text-amber-800" data-testid="export-malformed-note" role="note">
          {malformedExportNote(malformedCount, ready)}
        </p>
      ) : null}
      {/* A real form post: the browser downloads the file itself, nothing is held in this tab. */}
      <form ref={form} method="post" action={`${base}${providerPart}`} className="hidden" aria-hidden>
        <input ref={format} type="hidden" name="format" defaultValue="csv" />
        <input ref={rows} type="hidden" name="rows" defaultValue="" />
        {/* As the links above: flattened, the columns are the result's dotted keys, which the server works out. */}
        {flatten ? <input type="hidden" name="flatten" value="1" readOnly /> : null}
        {columns && !flatten ? columns.map((c) => <input key={c} type="hidden" name="column" value={c} readOnly />) : null}
      </form>
    </div>
  );
}

/** Why an export holds fewer rows than the result file has lines. */
export function malformedExportNote(count: number, complete: boolean): string {
  const lines = `${formatCount(count)} line${count === 1 ? "" : "s"} of the result ${count === 1 ? "is" : "are"} not ${count === 1 ? "a row" : "rows"} (malformed)`;
  return `${lines}${complete ? "" : " so far"}: every export leaves ${count === 1 ? "it" : "them"} out, as the grid does. The skipped lines are listed below.`;
}
