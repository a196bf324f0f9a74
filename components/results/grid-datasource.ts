"use client";

import type { GridApi, IDatasource, IGetRowsParams, SortModelItem } from "ag-grid-community";
import type { ColumnKind } from "@/lib/results/columns";
import type { RowFilter, ViewQuery } from "@/lib/results/view";
import type { RowsSource, StoredRow } from "./use-row-stream";

/** What the view depends on besides the grid's own sort and column filters. */
export interface ViewExtras {
  quick: string;
  rowFilter: RowFilter;
  kinds: Record<string, ColumnKind>;
}

export function viewQuery(sortModel: readonly SortModelItem[], filterModel: unknown, extras: ViewExtras): ViewQuery {
  return {
    sort: sortModel.map((s) => ({ colId: s.colId, sort: s.sort })),
    filters: filterModel && typeof filterModel === "object" ? (filterModel as ViewQuery["filters"]) : {},
    quick: extras.quick.trim(),
    rowFilter: extras.rowFilter,
    kinds: extras.kinds,
  };
}

type ViewApi = Pick<GridApi<StoredRow>, "getColumnState" | "getFilterModel">;

/**
 * The view the grid shows now (what "Export rows shown" exports). Filters of columns the grid does
 * not have are left out: AG Grid's filter model can hold one (a layout restored before its column
 * existed) that no block request carries, so the export would filter rows the grid shows.
 */
export function gridViewQuery(api: ViewApi, extras: ViewExtras): ViewQuery {
  const state = api.getColumnState();
  const sortModel = state
    .filter((c) => c.sort)
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
    .map((c) => ({ colId: c.colId, sort: c.sort! }));
  const shown = new Set(state.map((c) => c.colId));
  const filters = Object.entries(api.getFilterModel() ?? {}).filter(([colId]) => shown.has(colId));
  return viewQuery(sortModel, Object.fromEntries(filters), extras);
}

/**
 * AG Grid's infinite row model reads blocks of the view from the rows worker. The grid keeps only
 * `maxBlocksInCache` blocks; the worker filters and sorts (`sortModel` / `filterModel` from the
 * grid, quick search and the profile's filter from `extras`).
 */
export class RowsDatasource implements IDatasource {
  /** A block came back short while rows were still arriving: it needs reloading as they do. */
  private shortReply = false;
  private flowing = false;

  constructor(
    private readonly source: RowsSource,
    private readonly extras: { readonly current: ViewExtras },
  ) {}

  /** Whether a block came back short since the last call. */
  takeShortReply(): boolean {
    const short = this.shortReply;
    this.shortReply = false;
    return short;
  }

  getRows(params: IGetRowsParams<StoredRow>) {
    const query = viewQuery(params.sortModel, params.filterModel, this.extras.current);
    this.source.slice(query, params.startRow, params.endRow).then(
      ({ rows, count }) => {
        if (rows.length < params.endRow - params.startRow) this.shortReply = true;
        params.successCallback(rows, count);
        // Once rows are on screen (after the frame that paints them) the worker reads on.
        if (rows.length && !this.flowing) {
          this.flowing = true;
          requestAnimationFrame(() => setTimeout(() => this.source.flow(), 0));
        }
      },
      () => params.failCallback(),
    );
  }
}
