"use client";

import type { GridApi } from "ag-grid-community";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";
import type { ProviderName, Task } from "@/lib/extract/types";
import { formatCount } from "@/lib/format";
import { extraColumn, schemaColumnSpecs, type ColumnSpec } from "@/lib/results/columns";
import { ProfileBuilder, type ResultProfile } from "@/lib/results/profile";
import { ColumnProfilePanel, type RowFilter } from "./column-profile";
import { ColumnsMenu } from "./columns-menu";
import { ResultsGrid, type Row } from "./results-grid";
import { RowDetail } from "./row-detail";
import { useRowStream } from "./use-row-stream";

const PROFILE_EVERY_MS = 300;

export function ResultsPanel({ task, provider }: { task: Task; provider: ProviderName | null }) {
  const [api, setApi] = useState<GridApi<Row> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const schemaColumns = useMemo(() => schemaColumnSpecs(task.input.schema), [task.input.schema]);
  const [columns, setColumns] = useState<ColumnSpec[]>(schemaColumns);
  const known = useRef(new Set(schemaColumns.map((c) => c.key)));
  // Per row (kept off the row objects, which are the data): its position in the result file (the
  // key of its recorded source) and the fields that fail the schema.
  const positions = useRef(new WeakMap<Row, number>());
  const invalidFields = useRef(new WeakMap<Row, ReadonlySet<string>>());
  const nextPosition = useRef(0);
  const profiler = useRef(new ProfileBuilder());
  const lastProfile = useRef(0);
  const [profile, setProfile] = useState<ResultProfile>({ rows: 0, invalidRows: 0, columns: {} });
  const [selected, setSelected] = useState<{ row: Row; index: number } | null>(null);
  const [filter, setFilter] = useState<RowFilter>(null);
  const [search, setSearch] = useState("");
  const [showProfile, setShowProfile] = useState(true);

  const onBatch = useCallback(
    (rows: Row[], invalid?: (string[] | null)[]) => {
      if (!api) return;
      const added: ColumnSpec[] = [];
      for (const row of rows) {
        for (const key of Object.keys(row)) {
          if (!known.current.has(key)) {
            known.current.add(key);
            added.push(extraColumn(key));
          }
        }
      }
      if (added.length) setColumns((c) => [...c, ...added]);
      rows.forEach((row, i) => {
        positions.current.set(row, nextPosition.current++);
        const bad = invalid?.[i];
        if (bad && bad.length) invalidFields.current.set(row, new Set(bad));
      });
      profiler.current.add(rows, invalid, [...known.current]);
      const now = performance.now();
      if (now - lastProfile.current > PROFILE_EVERY_MS) {
        lastProfile.current = now;
        setProfile(profiler.current.snapshot());
      }
      api.applyTransactionAsync({ add: rows });
    },
    [api],
  );

  const stream = useRowStream(task.id, provider, api !== null, onBatch, attempt);
  const total = task.output?.rowsReturned ?? 0;

  // The last batch's profile, once everything is in.
  useEffect(() => {
    if (stream.status !== "loading") setProfile(profiler.current.snapshot());
  }, [stream.status]);

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
    nextPosition.current = 0;
    invalidFields.current = new WeakMap();
    profiler.current = new ProfileBuilder();
    setProfile({ rows: 0, invalidRows: 0, columns: {} });
    setSelected(null);
    setAttempt((a) => a + 1);
  };

  const exportHref = useMemo(() => {
    const params = new URLSearchParams({ format: "csv" });
    if (provider) params.set("provider", provider);
    // Until every row is in, the server works out the columns itself.
    if (stream.status === "done") for (const c of columns) params.append("column", c.key);
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
          <a href={exportHref} download data-testid="export-csv" className={buttonClass("secondary")}>
            Export CSV
          </a>
        </div>
      </div>
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
        onRowSelected={(row) => {
          const index = positions.current.get(row);
          setSelected(index === undefined ? null : { row, index });
        }}
      />
      {selected ? <RowDetail taskId={task.id} provider={provider} index={selected.index} row={selected.row} onClose={() => setSelected(null)} /> : null}
    </section>
  );
}
