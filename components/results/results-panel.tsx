"use client";

import type { GridApi } from "ag-grid-community";
import { useCallback, useMemo, useRef, useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { columnsFromSchema } from "@/lib/extract/columns";
import type { ProviderName, Task } from "@/lib/extract/types";
import { formatCount } from "@/lib/format";
import { ResultsGrid, type Row } from "./results-grid";
import { RowDetail } from "./row-detail";
import { useRowStream } from "./use-row-stream";

export function ResultsPanel({ task, provider }: { task: Task; provider: ProviderName | null }) {
  const [api, setApi] = useState<GridApi<Row> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const schemaColumns = useMemo(() => columnsFromSchema(task.input.schema), [task.input.schema]);
  const [columns, setColumns] = useState<string[]>(schemaColumns);
  const known = useRef(new Set(schemaColumns));
  // Each row's position in the result file (the key of its recorded source).
  const positions = useRef(new WeakMap<Row, number>());
  const nextPosition = useRef(0);
  const [selected, setSelected] = useState<{ row: Row; index: number } | null>(null);

  const onBatch = useCallback(
    (rows: Row[]) => {
      if (!api) return;
      const added: string[] = [];
      for (const row of rows) {
        for (const key of Object.keys(row)) {
          if (!known.current.has(key)) {
            known.current.add(key);
            added.push(key);
          }
        }
      }
      if (added.length) setColumns((c) => [...c, ...added]);
      for (const row of rows) positions.current.set(row, nextPosition.current++);
      api.applyTransactionAsync({ add: rows });
    },
    [api],
  );

  const stream = useRowStream(task.id, provider, api !== null, onBatch, attempt);
  const total = task.output?.rowsReturned ?? 0;

  const retry = () => {
    api?.setGridOption("rowData", []);
    nextPosition.current = 0;
    setSelected(null);
    setAttempt((a) => a + 1);
  };

  const exportHref = useMemo(() => {
    const params = new URLSearchParams({ format: "csv" });
    if (provider) params.set("provider", provider);
    // Until every row is in, the server works out the columns itself.
    if (stream.status === "done") for (const c of columns) params.append("column", c);
    return `/api/extract/${encodeURIComponent(task.id)}/export?${params}`;
  }, [columns, provider, stream.status, task.id]);

  return (
    <section aria-label="Results" className="space-y-3">
      <div className="flex flex-wrap items-center gap-4">
        <h2 className="text-lg font-semibold">Rows</h2>
        <span className="text-sm text-slate-700" role="status" aria-live="polite">
          <span data-testid="row-count" data-loaded={stream.loaded} data-total={total} data-status={stream.status}>
            {formatCount(stream.loaded)} / {formatCount(total)}
          </span>{" "}
          loaded{stream.status === "loading" ? "…" : ""}
        </span>
        {stream.malformedCount > 0 ? (
          <span className="text-sm text-amber-800" data-testid="malformed-count" title={stream.malformed.map((m) => `line ${m.line}: ${m.error}`).join("\n")}>
            {formatCount(stream.malformedCount)} malformed line{stream.malformedCount === 1 ? "" : "s"} skipped
          </span>
        ) : null}
        <a href={exportHref} download data-testid="export-csv" className={`${buttonClass("secondary")} ml-auto`}>
          Export CSV
        </a>
      </div>
      {stream.status === "error" ? (
        <ErrorAlert
          error={stream.error}
          title="Not every row could be loaded."
          testId="results-error"
          action={
            <Button variant="secondary" onClick={retry} data-testid="results-retry">
              Retry
            </Button>
          }
        />
      ) : null}
      <ResultsGrid
        columns={columns}
        onReady={setApi}
        onRowSelected={(row) => {
          const index = positions.current.get(row);
          setSelected(index === undefined ? null : { row, index });
        }}
      />
      {selected ? <RowDetail taskId={task.id} provider={provider} index={selected.index} row={selected.row} onClose={() => setSelected(null)} /> : null}
    </section>
  );
}
