"use client";

import {
  AllCommunityModule,
  ModuleRegistry,
  type ColDef,
  type GridApi,
  type GridReadyEvent,
  type GridState,
  type IRowNode,
} from "ag-grid-community";
import { AgGridReact } from "ag-grid-react";
import { useMemo } from "react";
import { displayValue, parseDateValue, type ColumnSpec } from "@/lib/results/columns";
import { BooleanCell, EmailCell, LinkCell } from "./cells";

ModuleRegistry.registerModules([AllCommunityModule]);

export type Row = Record<string, unknown>;

const stateKey = (taskId: string) => `extract-studio:grid:${taskId}`;

function loadState(taskId: string): GridState | undefined {
  try {
    const text = window.localStorage.getItem(stateKey(taskId));
    return text ? (JSON.parse(text) as GridState) : undefined;
  } catch {
    return undefined;
  }
}

function columnDef(spec: ColumnSpec, isInvalid: (row: Row | undefined, key: string) => boolean): ColDef<Row> {
  const key = spec.key;
  const def: ColDef<Row> = {
    colId: key,
    headerName: spec.header,
    headerTooltip: spec.header === key ? (spec.inSchema ? key : `${key} (not in the schema)`) : `${spec.header} (${key})`,
    // Not `field`: AG Grid reads dots in a field as a path, and row keys may contain dots.
    valueGetter: (p) => p.data?.[key],
    valueFormatter: (p) => displayValue(p.value),
    tooltipValueGetter: (p) => displayValue(p.value),
    cellClassRules: { "cell-invalid": (p) => isInvalid(p.data, key) },
    cellDataType: false,
  };
  switch (spec.kind) {
    case "uri":
      return { ...def, cellRenderer: LinkCell };
    case "email":
      return { ...def, cellRenderer: EmailCell };
    case "number":
      return { ...def, type: "rightAligned", filter: "agNumberColumnFilter", filterValueGetter: (p) => (typeof p.data?.[key] === "number" ? p.data[key] : null) };
    case "boolean":
      return { ...def, cellRenderer: BooleanCell };
    case "date":
      return {
        ...def,
        filter: "agDateColumnFilter",
        filterValueGetter: (p) => parseDateValue(p.data?.[key]),
        comparator: (a, b) => (parseDateValue(a)?.getTime() ?? -Infinity) - (parseDateValue(b)?.getTime() ?? -Infinity),
      };
    case "json":
      return { ...def, cellClass: "font-mono text-xs" };
    default:
      return def;
  }
}

/**
 * The one AG Grid wrapper. Rows are never passed as a prop: the parent streams them in through the
 * grid API (`applyTransactionAsync`), so React never holds or diffs them. Column layout, sort and
 * filters are kept per task in localStorage.
 */
export function ResultsGrid({
  taskId,
  columns,
  onReady,
  onRowSelected,
  onSortChanged,
  isInvalid,
  externalFilter,
  quickFilter,
}: {
  taskId: string;
  columns: ColumnSpec[];
  onReady: (api: GridApi<Row>) => void;
  /** The row and its position in the result file (the key of its recorded source). */
  onRowSelected?: (row: Row, index: number) => void;
  onSortChanged?: (sorted: boolean) => void;
  isInvalid: (row: Row | undefined, key: string) => boolean;
  /** Rows outside the profile's or the "invalid only" selection are hidden; null shows all. */
  externalFilter: ((row: Row) => boolean) | null;
  quickFilter: string;
}) {
  const columnDefs = useMemo(() => columns.map((c) => columnDef(c, isInvalid)), [columns, isInvalid]);
  const defaultColDef = useMemo<ColDef<Row>>(() => ({ sortable: true, filter: true, resizable: true, minWidth: 120, flex: 1 }), []);
  const initialState = useMemo(() => loadState(taskId), [taskId]);

  return (
    <div data-testid="results-grid" className="h-[600px] w-full">
      <AgGridReact<Row>
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        initialState={initialState}
        onStateUpdated={(e) => {
          try {
            window.localStorage.setItem(stateKey(taskId), JSON.stringify(e.state));
          } catch {
            // Storage full or disabled: the layout is simply not remembered.
          }
        }}
        onGridReady={(e: GridReadyEvent<Row>) => onReady(e.api)}
        onRowClicked={(e) => {
          // Rows are only ever appended, so a node's source index is its line among the rows.
          if (e.data && e.node.sourceRowIndex >= 0) onRowSelected?.(e.data, e.node.sourceRowIndex);
        }}
        onSortChanged={(e) => onSortChanged?.(e.api.getColumnState().some((c) => c.sort))}
        quickFilterText={quickFilter}
        isExternalFilterPresent={() => externalFilter !== null}
        doesExternalFilterPass={(node: IRowNode<Row>) => (externalFilter && node.data ? externalFilter(node.data) : true)}
        suppressFieldDotNotation
        animateRows={false}
        enableCellTextSelection
        tooltipShowDelay={500}
      />
    </div>
  );
}
