"use client";

import type { GridApi } from "ag-grid-community";
import { useEffect, useRef } from "react";
import { isIdentity } from "@/lib/results/view";
import { gridViewQuery, type RowsDatasource, type ViewExtras } from "./grid-datasource";
import type { RowStreamStatus, StoredRow } from "./use-row-stream";

/** While rows arrive into a sorted or filtered view, its blocks are re-read at most this often (each re-read may re-sort in the worker). */
const VIEW_REFRESH_MS = 1_000;

/**
 * Tells the grid that rows arrived. In file order (no sort, no filter) rows already shown never
 * move: the row count grows, and only a block that came back short is read again. Any other view
 * may change anywhere, so its cached blocks are re-read (they bring the view's new size).
 */
export function useGridFeed(api: GridApi<StoredRow> | null, datasource: RowsDatasource | null, extras: { readonly current: ViewExtras }, loaded: number, status: RowStreamStatus) {
  const lastViewRefresh = useRef(0);
  useEffect(() => {
    if (!api || !datasource || api.isDestroyed()) return;
    const final = status !== "loading";
    if (isIdentity(gridViewQuery(api, extras.current))) {
      api.setRowCount(loaded, true);
      if (datasource.takeShortReply()) api.refreshInfiniteCache();
      return;
    }
    const now = performance.now();
    if (!final && now - lastViewRefresh.current < VIEW_REFRESH_MS) return;
    lastViewRefresh.current = now;
    api.refreshInfiniteCache();
  }, [api, datasource, extras, loaded, status]);
}
