"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { rowSourceSchema, type ProviderName } from "@/lib/extract/types";
import { fetchJson } from "@/lib/queries/fetcher";
import { FieldSources } from "./field-sources";
import { RecordSource } from "./record-source";
import { useCopyStatus } from "./use-copy-status";

/**
 * One row in full, with where it came from (embedded-engine tasks keep each row's page and XPath, and
 * where each field was read).
 * A panel at the side of the window, so it is on screen wherever the grid is scrolled, and the grid
 * stays usable beside it (another click shows another row). Focus moves into it whenever it shows a
 * row; Escape or Close closes it and focus goes back where it was (the grid's cell).
 */
export function RowDetail({
  taskId,
  provider,
  index,
  row,
  sourceKept,
  onClose,
}: {
  taskId: string;
  provider: ProviderName | null;
  index: number;
  row: Record<string, unknown>;
  /** False for a Linkup task: no source is recorded, so none is asked for (the answer was a 404 in the console). */
  sourceKept: boolean;
  onClose: () => void;
}) {
  const source = useQuery({
    enabled: sourceKept,
    queryKey: ["tasks", "source", taskId, index, provider],
    queryFn: ({ signal }) => fetchJson(`/api/extract/${encodeURIComponent(taskId)}/sources?row=${index}${provider ? `&provider=${provider}` : ""}`, rowSourceSchema, { signal }),
    retry: false,
    staleTime: Infinity,
  });
  const json = JSON.stringify(row, null, 2);
  const [copyStatus, copy] = useCopyStatus();
  const panel = useRef<HTMLElement>(null);
  /** Where focus was before it moved here: the cell of the row last clicked. */
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const active = document.activeElement;
    if (active && !panel.current?.contains(active)) opener.current = active;
    panel.current?.focus();
  }, [index]);
  useEffect(
    () => () => {
      const back = opener.current;
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    },
    [],
  );

  return (
    <section
      ref={panel}
      role="dialog"
      aria-label={`Row ${index + 1}`}
      tabIndex={-1}
      data-testid="row-detail"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onClose();
        }
      }}
      className="fixed inset-y-0 right-0 z-40 w-[min(28rem,100vw)] overflow-y-auto border-l border-slate-200 bg-white p-4 text-sm shadow-xl focus:outline-none"
    >
      <div className="flex items-center gap-3">
        <h3 className="font-medium">Row {(index + 1).toLocaleString("en")}</h3>
        <span role="status" data-testid="copy-json-status" className="ml-auto text-xs text-slate-600">
          {copyStatus}
        </span>
        <Button variant="secondary" onClick={() => copy(json)}>
          Copy JSON
        </Button>
        <Button variant="secondary" onClick={onClose} aria-label="Close row detail">
          Close
        </Button>
      </div>
      {/* Wrapped: a long value (a paragraph, a URL) ran far past the panel's edge, readable only by scrolling sideways. */}
      <pre className="mt-3 max-h-[60vh] overflow-auto whitespace-pre-wrap rounded bg-slate-50 p-3 text-xs [overflow-wrap:anywhere]" data-testid="row-json">
        {json}
      </pre>
      <div className="mt-3" data-testid="row-source">
        {source.data ? (
          <>
            <RecordSource source={source.data} />
            <FieldSources row={row} fields={source.data.fields} recordXPath={source.data.xpath} />
          </>
        ) : source.isError || !sourceKept ? (
          <p className="text-slate-500">No source is recorded for this row (only embedded-engine tasks keep one).</p>
        ) : (
          <p className="text-slate-500">Looking up the source…</p>
        )}
      </div>
    </section>
  );
}
