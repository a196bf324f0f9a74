"use client";

import { AllCommunityModule, ModuleRegistry, type ColDef, type GridApi, type GridReadyEvent } from "ag-grid-community";
import { AgGridReact } from "ag-grid-react";
import { useMemo } from "react";

ModuleRegistry.registerModules([AllCommunityModule]);

export type Row = Record<string, unknown>;

function displayValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * The one AG Grid wrapper. Rows are never passed as a prop: the parent streams them in through the
 * grid API (`applyTransactionAsync`), so React never holds or diffs them.
 */
export function ResultsGrid({
  columns,
  onReady,
  onRowSelected,
}: {
  columns: string[];
  onReady: (api: GridApi<Row>) => void;
  onRowSelected?: (row: Row) => void;
}) {
  const columnDefs = useMemo<ColDef<Row>[]>(
    () =>
      columns.map((key) => ({
        colId: key,
        headerName: key,
        // Not `field`: AG Grid reads dots in a field as a path, and row keys may contain dots.
        valueGetter: (p) => p.data?.[key],
        valueFormatter: (p) => displayValue(p.value),
        tooltipValueGetter: (p) => displayValue(p.value),
      })),
    [columns],
  );
  const defaultColDef = useMemo<ColDef<Row>>(() => ({ sortable: true, filter: true, resizable: true, minWidth: 120, flex: 1 }), []);

  return (
    <div data-testid="results-grid" className="h-[600px] w-full">
      <AgGridReact<Row>
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        onGridReady={(e: GridReadyEvent<Row>) => onReady(e.api)}
        onRowClicked={(e) => {
          if (e.data) onRowSelected?.(e.data);
        }}
        suppressFieldDotNotation
        animateRows={false}
        enableCellTextSelection
      />
    </div>
  );
}
