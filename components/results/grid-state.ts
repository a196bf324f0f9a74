import type { GridState } from "ag-grid-community";

/**
 * The grid layout kept per task (column order, sizes, visibility, pinning, sort, filters). It is
 * restored once the grid has the columns it names, not at grid creation: a task without a schema
 * has no columns until the rows stream in, and AG Grid drops (or, for filters, half-keeps) the
 * state of columns it does not have yet.
 */
const stateKey = (taskId: string) => `extract-studio:grid:${taskId}`;

export function loadGridState(taskId: string): GridState | undefined {
  try {
    const text = window.localStorage.getItem(stateKey(taskId));
    return text ? (JSON.parse(text) as GridState) : undefined;
  } catch {
    return undefined;
  }
}

export function saveGridState(taskId: string, state: GridState) {
  try {
    window.localStorage.setItem(stateKey(taskId), JSON.stringify(state));
  } catch {
    // Storage full or disabled: the layout is simply not remembered.
  }
}

/** Every column id the saved layout names. */
export function stateColumnIds(state: GridState): Set<string> {
  const ids = new Set<string>(state.columnOrder?.orderedColIds ?? []);
  for (const id of state.columnVisibility?.hiddenColIds ?? []) ids.add(id);
  for (const id of state.columnPinning?.leftColIds ?? []) ids.add(id);
  for (const id of state.columnPinning?.rightColIds ?? []) ids.add(id);
  for (const s of state.sort?.sortModel ?? []) ids.add(s.colId);
  for (const id of Object.keys(state.filter?.filterModel ?? {})) ids.add(id);
  return ids;
}

/**
 * The saved layout to apply now, given the grid's columns, or null to wait for more. It waits while
 * a column it names is missing and rows may still bring it (`final` false); once final, the sort and
 * filters of columns that never came are dropped, so the grid never holds a filter it cannot show.
 */
export function restorableState(state: GridState, present: ReadonlySet<string>, final: boolean): GridState | null {
  if (present.size === 0) return null;
  const missing = [...stateColumnIds(state)].filter((id) => !present.has(id));
  if (missing.length === 0) return state;
  if (!final) return null;
  const out: GridState = { ...state };
  if (state.sort) out.sort = { sortModel: state.sort.sortModel.filter((s) => present.has(s.colId)) };
  if (state.filter?.filterModel) {
    out.filter = { ...state.filter, filterModel: Object.fromEntries(Object.entries(state.filter.filterModel).filter(([id]) => present.has(id))) };
  }
  return out;
}
