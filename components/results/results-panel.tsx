"use client";

import type { GridApi } from "ag-grid-community";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";
import type { ProviderName, Task } from "@/lib/extract/types";
import { formatCount } from "@/lib/format";
import { extraColumn, schemaColumnSpecs, type ColumnSpec } from "@/lib/results/columns";
import type { ResultProfile } from "@/lib/results/profile";
import { ColumnProfilePanel, type RowFilter } from "./column-profile";
import { ColumnsMenu } from "./columns-menu";
import { ExportMenu } from "./export-menu";
import { LoadProgress } from "./load-progress";
import { ResultsGrid, type Row } from "./results-grid";
import { RowDetail } from "./row-detail";
import { useRowStream, type BatchInfo } from "./use-row-stream";

const EMPTY_PROFILE: ResultProfile = { rows: 0, invalidRows: 0, columns: {} };

export function ResultsPanel({ task, provider }: { task: Task; provider: ProviderName | null }) {
  const [api, setApi] = useState<GridApi<Row> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const schemaColumns = useMemo(() => schemaColumnSpecs(task.input.schema), [task.input.schema]);
  const [columns, setColumns] = useState<ColumnSpec[]>(schemaColumns);
  const known = useRef(new Set(schemaColumns.map((c) => c.key)));
  // Per row (kept off the row objects, which are the data): its position in the result file (the
  // key of its recorded source) and the fields that fail the schema.
  const invalidFields = useRef(new WeakMap<Row, ReadonlySet<string>>());
  const [selected, setSelected] = useState<{ row: Row; index: number } | null>(null);
  const [filter, setFilter] = useState<RowFilter>(null);
  const [search, setSearch] = useState("");
  const [showProfile, setShowProfile] = useState(true);
  const [sorted, setSorted] = useState(false);

  const onBatch = useCallback(
    (rows: Row[], invalid: (string[] | null)[], info: BatchInfo) => {
      if (!api) return;
      const added: ColumnSpec[] = [];
      for (const key of info.columns) {
        if (!known.current.has(key)) {
          known.current.add(key);
          added.push(extraColumn(key));
        }
      }
      if (added.length) setColumns((c) => [...c, ...added]);
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i]!;
        const bad = invalid[i];
        if (bad && bad.length) invalidFields.current.set(row, new Set(bad));
      }
      // The first rows go in at once (no 50 ms batching wait): they are what the analyst looks at first.
      if (api.getDisplayedRowCount() === 0) api.applyTransaction({ add: rows });
      else api.applyTransactionAsync({ add: rows });
    },
    [api],
  );

  const stream = useRowStream({ taskId: task.id, provider, schema: task.input.schema, enabled: api !== null, attempt, onBatch });
  const total = task.output?.rowsReturned ?? 0;

  const profile = stream.profile ?? EMPTY_PROFILE;

  const isInvalid = useCallback((row: Row | undefined, key: string) => !!row && (invalidFields.current.get(row)?.has(key) ?? false), []);

  const externalFilter = useMemo(() => {
    if (!filter) return null;
    if (filter.kind === "invalid") return (row: Row) => invalidFields.current.has(row);
    if (filter.kind === "invalid-in") return (row: Row) => invalidFields.current.get(row)?.has(filter.column) ?? false;
    return (row: Row) => row[filter.column] === null || row[filter.column] === undefined || row[filter.column] === "";
  }, [filter]);

  useEffect(() => {
    api?.onFilterChanged();
  }, [api, externalFilter]);

  const retry = () => {
    api?.setGridOption("rowData", []);
    invalidFields.current = new WeakMap();
    setSelected(null);
    setAttempt((a) => a + 1);
  };


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
        {task.input.schema ? (
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              data-testid="invalid-only"
              checked={filter?.kind === "invalid"}
              onChange={(e) => setFilter(e.target.checked ? { kind: "invalid" } : null)}
            />
            Invalid rows only <span className="text-slate-500" data-testid="invalid-count">({formatCount(profile.invalidRows)})</span>
          </label>
        ) : null}
        <div className="ml-auto flex flex-wrap items-center gap-2">
          <input
            type="search"
            aria-label="Search all columns"
            placeholder="Search all columns"
            data-testid="quick-search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm"
          />
          <Button variant="secondary" aria-pressed={showProfile} onClick={() => setShowProfile((s) => !s)}>
            Profile
          </Button>
          <ColumnsMenu api={api} columns={columns} />
          <ExportMenu
            taskId={task.id}
            provider={provider}
            columns={stream.status === "done" ? columns.map((c) => c.key) : null}
            api={api}
            ready={stream.status === "done"}
            filtered={filter !== null || search.trim() !== "" || sorted}
          />
        </div>
      </div>
      <LoadProgress
        loaded={stream.loaded}
        total={total || stream.rowsReturned}
        bytes={stream.bytes}
        totalBytes={stream.totalBytes}
        status={stream.status}
        onCancel={stream.cancel}
      />
      {stream.malformed.length ? (
        <details className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900" data-testid="malformed-list">
          <summary className="cursor-pointer">Lines of the result that are not rows (skipped)</summary>
          <ul className="mt-2 space-y-1 font-mono text-xs">
            {stream.malformed.map((m) => (
              <li key={m.line} data-testid="malformed-line">
                line {m.line}: {m.error} — <span className="break-all">{m.snippet}</span>
              </li>
            ))}
          </ul>
          {stream.malformedCount > stream.malformed.length ? <p className="mt-1 text-xs">…and {formatCount(stream.malformedCount - stream.malformed.length)} more.</p> : null}
        </details>
      ) : null}
      {filter ? (
        <p className="text-sm text-slate-700" data-testid="active-filter">
          Showing {filter.kind === "invalid" ? "invalid rows" : filter.kind === "missing" ? `rows missing “${filter.column}”` : `rows with an invalid “${filter.column}”`}.{" "}
          <button type="button" className="text-indigo-700 underline" onClick={() => setFilter(null)}>
            Show all
          </button>
        </p>
      ) : null}
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
      {showProfile && columns.length ? <ColumnProfilePanel columns={columns} profile={profile} filter={filter} onFilter={setFilter} /> : null}
      <ResultsGrid
        taskId={task.id}
        columns={columns}
        onReady={setApi}
        isInvalid={isInvalid}
        externalFilter={externalFilter}
        quickFilter={search}
        onRowSelected={(row, index) => setSelected({ row, index })}
        onSortChanged={setSorted}
      />
      {selected ? <RowDetail taskId={task.id} provider={provider} index={selected.index} row={selected.row} onClose={() => setSelected(null)} /> : null}
    </section>
  );
}
