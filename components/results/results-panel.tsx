"use client";

import type { GridApi } from "ag-grid-community";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";
import type { ProviderName, Task } from "@/lib/extract/types";
import { formatCount } from "@/lib/format";
import { extraColumn, schemaColumnSpecs, type ColumnKind } from "@/lib/results/columns";
import type { ResultProfile } from "@/lib/results/profile";
import { isIdentity, viewPredicate, type RowFilter } from "@/lib/results/view";
import { ColumnProfilePanel } from "./column-profile";
import { ColumnsMenu } from "./columns-menu";
import { emptyGridMessage } from "./empty-grid";
import { ExportMenu } from "./export-menu";
import { gridViewQuery, RowsDatasource, type ViewExtras } from "./grid-datasource";
import { loadQuickSearch, saveQuickSearch } from "./grid-state";
import { LoadProgress } from "./load-progress";
import { QuickSearch } from "./quick-search";
import { ResultsGrid, type Row } from "./results-grid";
import { RowDetail } from "./row-detail";
import { useGridFeed } from "./use-grid-feed";
import type { RowStream, StoredRow } from "./use-row-stream";

const EMPTY_PROFILE: ResultProfile = { rows: 0, invalidRows: 0, columns: {} };

/** Quick search waits for a pause in typing: each search is a pass over every row in the worker. */
const SEARCH_DEBOUNCE_MS = 200;

/** The grid and everything around it, for the rows `stream` loads (see ResultsSection). */
export function ResultsPanel({ task, provider, stream }: { task: Task; provider: ProviderName | null; stream: RowStream }) {
  const [api, setApi] = useState<GridApi<StoredRow> | null>(null);
  const schemaColumns = useMemo(() => schemaColumnSpecs(task.input.schema), [task.input.schema]);
  const columns = useMemo(() => {
    const known = new Set(schemaColumns.map((c) => c.key));
    const inferred = stream.extraKinds;
    return [...schemaColumns, ...stream.extraColumns.filter((k) => !known.has(k)).map((k) => extraColumn(k, Object.hasOwn(inferred, k) ? inferred[k] : undefined))];
  }, [schemaColumns, stream.extraColumns, stream.extraKinds]);
  const [selected, setSelected] = useState<{ row: Row; index: number } | null>(null);
  const [filter, setFilter] = useState<RowFilter>(null);
  // Kept per task with the grid's layout; restored at once, not after the debounce (the panel is client-only).
  const [search, setSearch] = useState(() => loadQuickSearch(task.id));
  const [quick, setQuick] = useState(search);
  const [showProfile, setShowProfile] = useState(true);
  const [gridView, setGridView] = useState(false);
  /** A filter or search narrows the rows (not just a sort): the count of the rows that match is shown. */
  const [narrowed, setNarrowed] = useState(false);
  const [viewCount, setViewCount] = useState<number | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => setQuick(search), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search]);

  // What the view depends on outside the grid, read by the datasource on every block request.
  const extrasRef = useRef<ViewExtras>({ quick, rowFilter: null, kinds: {} });
  // Dates sort by time and links are searched by their whole words (lib/results/quick-search). As
  // text, so a new column of another kind does not make a new view.
  const kindsKey = JSON.stringify(columns.filter((c) => c.kind === "date" || c.kind === "uri").map((c) => [c.key, c.kind]));
  const kinds = useMemo(() => Object.fromEntries(JSON.parse(kindsKey) as [string, ColumnKind][]), [kindsKey]);
  useEffect(() => {
    const before = extrasRef.current;
    extrasRef.current = { quick, rowFilter: filter, kinds };
    // A new selection is a new view: the grid drops its blocks and starts from the top. So is a
    // search once a column it reads turns out to hold links.
    if (api && (before.quick !== quick || before.rowFilter !== filter || (quick !== "" && before.kinds !== kinds))) api.onFilterChanged();
  }, [api, quick, filter, kinds]);

  const datasource = useMemo(() => (stream.source ? new RowsDatasource(stream.source, extrasRef) : null), [stream.source]);
  useGridFeed(api, datasource, extrasRef, stream.loaded, stream.status);

  const total = task.output?.rowsReturned ?? 0;
  const profile = stream.profile ?? EMPTY_PROFILE;

  const onViewChanged = useCallback((grid: GridApi<StoredRow>) => {
    setGridView(!isIdentity(gridViewQuery(grid, { quick: "", rowFilter: null, kinds: {} })));
    setNarrowed(viewPredicate(gridViewQuery(grid, extrasRef.current)) !== null);
  }, []);

  const changeSearch = (text: string) => {
    setSearch(text);
    saveQuickSearch(task.id, text);
  };

  const viewPositions = useCallback(async () => (api && stream.source ? stream.source.positions(gridViewQuery(api, extrasRef.current)) : new Int32Array(0)), [api, stream.source]);

  return (
    <section aria-label="Results" className="space-y-3">
      <div className="flex flex-wrap items-center gap-4">
        <h2 className="text-lg font-semibold">Rows</h2>
        <span className="text-sm text-slate-700" role="status" aria-live="polite">
          <span data-testid="row-count" data-loaded={stream.loaded} data-total={total} data-status={stream.status}>
            {formatCount(stream.loaded)} / {formatCount(total)}
          </span>{" "}
          loaded{stream.status === "loading" ? "…" : ""}
          {narrowed ? (
            <>
              {" · "}
              <span data-testid="match-count" data-matching={viewCount ?? ""} className="font-medium text-slate-900">
                {viewCount === null ? "counting matches…" : `${formatCount(viewCount)} of ${formatCount(stream.loaded)} row${stream.loaded === 1 ? "" : "s"} match`}
              </span>
            </>
          ) : null}
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
          <QuickSearch value={search} onChange={changeSearch} />
          <Button variant="secondary" aria-pressed={showProfile} onClick={() => setShowProfile((s) => !s)}>
            Profile
          </Button>
          <ColumnsMenu api={api} columns={columns} />
          <ExportMenu
            taskId={task.id}
            provider={provider}
            columns={stream.status === "done" ? columns.map((c) => c.key) : null}
            viewPositions={viewPositions}
            ready={stream.status === "done"}
            filtered={filter !== null || quick.trim() !== "" || gridView}
            malformedCount={stream.malformedCount}
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
            <Button variant="secondary" onClick={stream.resume} data-testid="results-retry">
              Retry
            </Button>
          }
        />
      ) : null}
      {showProfile && columns.length ? <ColumnProfilePanel columns={columns} profile={profile} filter={filter} onFilter={setFilter} /> : null}
      <ResultsGrid
        taskId={task.id}
        columns={columns}
        datasource={datasource ?? undefined}
        loading={stream.loaded === 0 && stream.status === "loading"}
        columnsSettled={stream.status !== "loading"}
        onReady={(grid) => {
          setApi(grid);
          onViewChanged(grid); // filters kept with the task's layout are on from the start
        }}
        onRowSelected={(row, index) => setSelected({ row, index })}
        onViewChanged={onViewChanged}
        onViewCount={setViewCount}
        emptyMessage={emptyGridMessage({ status: stream.status, loaded: stream.loaded, narrowed, matching: viewCount })}
      />
      {selected ? <RowDetail taskId={task.id} provider={provider} index={selected.index} row={selected.row} sourceKept={task.provider !== "linkup"} onClose={() => setSelected(null)} /> : null}
    </section>
  );
}
