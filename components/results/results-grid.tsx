"use client";

import {
  CellStyleModule,
  ColumnApiModule,
  DateFilterModule,
  GridStateModule,
  InfiniteRowModelModule,
  ModuleRegistry,
  NumberFilterModule,
  RowApiModule,
  TextFilterModule,
  TooltipModule,
  ValidationModule,
  type ColDef,
  type GridApi,
  type GridReadyEvent,
  type IDatasource,
} from "ag-grid-community";
import { AgGridReact } from "ag-grid-react";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { displayValue, headerTooltip, type ColumnSpec } from "@/lib/results/columns";
import { BooleanCell, EmailCell, LinkCell } from "./cells";
import { clipboardText, GUARDED_COPY_STATUS, isCellCopy } from "./cell-copy";
import { isUserLayoutChange, LayoutKeeper, loadGridState, saveGridState, type LayoutEvent } from "./grid-state";
import { useCopyStatus } from "./use-copy-status";
import type { StoredRow } from "./use-row-stream";

// Only the modules the review grid uses: a smaller chunk that the browser parses sooner, so the
// first rows show sooner. A feature that needs another module logs "AG Grid: error #200", which
// fails every e2e test (e2e/support/fixtures.ts); in development ValidationModule explains it.
ModuleRegistry.registerModules([
  InfiniteRowModelModule,
  TextFilterModule,
  NumberFilterModule,
  DateFilterModule,
  CellStyleModule,
  TooltipModule,
  ColumnApiModule,
  RowApiModule,
  GridStateModule,
  ...(process.env.NODE_ENV === "production" ? [] : [ValidationModule]),
]);

export type Row = Record<string, unknown>;

/**
 * Rows per block the grid asks the worker for, and blocks it keeps (10,000 rows, ~2 MB): big
 * blocks mean few block changes (each one renders its first rows twice: empty, then with data).
 */
const BLOCK_ROWS = 250;
const MAX_BLOCKS = 40;

const cellValue = (data: StoredRow | undefined, key: string): unknown => (data && Object.hasOwn(data.row, key) ? data.row[key] : undefined);

/**
 * Whether a key pressed on a cell opens the row's detail, as a click on the row does: a plain Enter
 * on the cell itself. Not on an editable cell (Enter starts or ends editing there), not in an editor
 * or on a link inside the cell (Enter is theirs), not with a modifier or while an IME composes.
 */
export function opensRowDetail(e: { event?: Event | null; colDef?: ColDef<StoredRow> }): boolean {
  const key = e.event as KeyboardEvent | null | undefined;
  if (!key || key.key !== "Enter" || key.defaultPrevented || key.isComposing) return false;
  if (key.altKey || key.ctrlKey || key.metaKey || key.shiftKey) return false;
  if (e.colDef?.editable) return false;
  const target = key.target as Element | null;
  return !target?.closest?.("a, button, input, textarea, select, [contenteditable=''], [contenteditable='true'], .ag-cell-editor");
}

/** Filters pick the filter model the worker applies (lib/results/view); the grid itself never filters. */
export function columnDef(spec: ColumnSpec): ColDef<StoredRow> {
  const key = spec.key;
  const def: ColDef<StoredRow> = {
    colId: key,
    // The field name, as in the CSV header: a description is too long for a header, and would make
    // the grid and the exported file disagree about what each column is called.
    headerName: key,
    headerTooltip: headerTooltip(spec),
    // Not `field`: AG Grid reads dots in a field as a path, and row keys may contain dots.
    valueGetter: (p) => cellValue(p.data, key),
    valueFormatter: (p) => displayValue(p.value),
    tooltipValueGetter: (p) => displayValue(p.value),
    cellClassRules: { "cell-invalid": (p) => p.data?.invalid?.includes(key) ?? false },
    cellDataType: false,
  };
  switch (spec.kind) {
    case "uri":
      return { ...def, cellRenderer: LinkCell };
    case "email":
      return { ...def, cellRenderer: EmailCell };
    case "number":
      return { ...def, type: "rightAligned", filter: "agNumberColumnFilter" };
    case "boolean":
      return { ...def, cellRenderer: BooleanCell };
    case "date":
      return { ...def, filter: "agDateColumnFilter" };
    case "json":
      return { ...def, cellClass: "font-mono text-xs" };
    default:
      return def;
  }
}

/**
 * The one AG Grid wrapper, on AG Grid's infinite row model: rows stay in the rows worker, which
 * sorts and filters them; the grid reads the blocks it shows through `datasource` and keeps a few
 * of them. Column layout, sort and filters are kept per task in localStorage.
 */
export function ResultsGrid({
  taskId,
  columns,
  datasource,
  loading,
  columnsSettled,
  onReady,
  onRowSelected,
  onViewChanged,
  onViewCount,
  emptyMessage,
}: {
  taskId: string;
  columns: ColumnSpec[];
  datasource: IDatasource | undefined;
  /** No rows yet: the loading overlay rather than "no rows". */
  loading: boolean;
  /** No more columns will come (the rows have all loaded, or stopped): a saved layout waits for this at most. */
  columnsSettled: boolean;
  onReady: (api: GridApi<StoredRow>) => void;
  /** The row and its position in the result file (the key of its recorded source). */
  onRowSelected?: (row: Row, index: number) => void;
  /** Sort or column filters changed. */
  onViewChanged?: (api: GridApi<StoredRow>) => void;
  /** Rows in the grid's current view, once the rows worker has counted them (null while it counts). */
  onViewCount?: (count: number | null) => void;
  /** Shown over the grid when it has no rows to show (components/results/empty-grid.ts). */
  emptyMessage?: string | null;
}) {
  const columnDefs = useMemo(() => columns.map(columnDef), [columns]);
  const defaultColDef = useMemo<ColDef<StoredRow>>(() => ({ sortable: true, filter: true, resizable: true, minWidth: 120, flex: 1 }), []);
  // Not `initialState`: that applies at grid creation, before the columns of a task without a
  // schema exist, and AG Grid then keeps a filter model for a column it does not show (which the
  // export would still apply). The layout is applied once its columns are there, unless the user
  // has changed it first (see LayoutKeeper).
  const keeper = useMemo(() => new LayoutKeeper(loadGridState(taskId)), [taskId]);
  const settled = useRef(columnsSettled);
  const gridApi = useRef<GridApi<StoredRow> | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const restore = useCallback(
    (api: GridApi<StoredRow>) => {
      const present = new Set((api.getColumns() ?? []).map((c) => c.getColId()));
      const state = keeper.toRestore(present, settled.current);
      if (state) api.setState(state);
    },
    [keeper],
  );
  const userChange = useCallback(
    (e: LayoutEvent & { api: GridApi<StoredRow> }) => {
      if (keeper.saving || !isUserLayoutChange(e)) return;
      keeper.userChanged();
      // Saved now: the state update that follows this event may already have gone by unsaved.
      saveGridState(taskId, e.api.getState());
    },
    [keeper, taskId],
  );
  const [copyStatus, copy] = useCopyStatus();
  useEffect(() => {
    settled.current = columnsSettled;
    if (gridApi.current) restore(gridApi.current);
  }, [columnsSettled, restore]);

  return (
    <div data-testid="results-grid" className="relative h-[600px] w-full" ref={container}>
      <AgGridReact<StoredRow>
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={BLOCK_ROWS}
        maxBlocksInCache={MAX_BLOCKS}
        getRowId={(p) => String(p.data.index)}
        loading={loading}
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        onStateUpdated={(e) => {
          if (keeper.saving) saveGridState(taskId, e.state);
        }}
        onColumnMoved={userChange}
        onColumnResized={userChange}
        onColumnVisible={userChange}
        onColumnPinned={userChange}
        onNewColumnsLoaded={(e) => restore(e.api)}
        onGridReady={(e: GridReadyEvent<StoredRow>) => {
          performance.mark("grid:ready"); // for bench/grid-load.ts: rows vs grid, which came first
          gridApi.current = e.api;
          // AG Grid's grid has no name of its own: a screen reader announced just "grid".
          container.current?.querySelector('[role="grid"], [role="treegrid"]')?.setAttribute("aria-label", "Rows");
          onReady(e.api);
          restore(e.api);
        }}
        onRowClicked={(e) => {
          if (e.data) onRowSelected?.(e.data.row, e.data.index);
        }}
        // Row clicks do not fire for keys: Enter on a focused cell opens the row from the keyboard.
        onCellKeyDown={(e) => {
          const key = e.event as KeyboardEvent | null | undefined;
          if (key && isCellCopy(key, window.getSelection()?.toString() ?? "")) {
            key.preventDefault();
            const value: unknown = "value" in e ? e.value : undefined;
            const text = clipboardText(value);
            copy(text, typeof value === "string" && text !== value ? GUARDED_COPY_STATUS : undefined);
          } else if (e.data && opensRowDetail(e)) onRowSelected?.(e.data.row, e.data.index);
        }}
        onViewportChanged={(e) => {
          // Touch the rows half a block beyond each edge: AG Grid loads their blocks before they
          // scroll into view, so scrolling does not render rows twice (empty, then with data).
          const ahead = e.lastRow + BLOCK_ROWS / 2;
          if (e.lastRow >= 0 && ahead < e.api.getDisplayedRowCount()) e.api.getDisplayedRowAtIndex(ahead);
          if (e.firstRow - BLOCK_ROWS / 2 >= 0) e.api.getDisplayedRowAtIndex(e.firstRow - BLOCK_ROWS / 2);
        }}
        // A new sort or filter empties the cache (the count is unknown) until the worker answers
        // the first block of the new view with the view's size.
        onModelUpdated={(e) => onViewCount?.(e.api.isLastRowIndexKnown() ? e.api.getDisplayedRowCount() : null)}
        onSortChanged={(e) => {
          userChange(e);
          onViewChanged?.(e.api);
        }}
        onFilterChanged={(e) => {
          userChange(e);
          onViewChanged?.(e.api);
        }}
        // Tab leaves the grid (Shift+Tab too) rather than walking every cell of every row, a trap
        // for keyboard users; the arrow keys still move between cells, and AG Grid brings focus
        // back to the cell last focused when Tab comes back in.
        tabToNextCell={() => false}
        // emptyMessage says why there are no rows instead.
        suppressNoRowsOverlay
        suppressFieldDotNotation
        animateRows={false}
        enableCellTextSelection
        tooltipShowDelay={500}
      />
      <p role="status" className="pointer-events-none absolute inset-x-0 top-24 z-10 mx-auto max-w-xl px-4 text-center text-sm text-slate-700 empty:hidden" data-testid="grid-empty">
        {emptyMessage}
      </p>
      <p role="status" data-testid="copy-status" className="pointer-events-none absolute bottom-3 right-4 z-10 rounded bg-slate-800 px-2 py-1 text-xs text-white empty:hidden">
        {copyStatus}
      </p>
    </div>
  );
}
