import type { GridState } from "ag-grid-community";

/**
 * The grid layout kept per task (column order, sizes, visibility, pinning, sort, filters). It is
 * restored once the grid has the columns it names, not at grid creation: a task without a schema
 * has no columns until the rows stream in, and AG Grid drops (or, for filters, half-keeps) the
 * state of columns it does not have yet. A change the user makes before then wins (LayoutKeeper).
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

/**
 * The quick search kept beside the layout, per task: after a reload the rows are narrowed as they
 * were, and the search box shows by what (with its Clear button), so the narrowing is never hidden.
 */
const searchKey = (taskId: string) => `extract-studio:grid-search:${taskId}`;

export function loadQuickSearch(taskId: string): string {
  try {
    return window.localStorage.getItem(searchKey(taskId)) ?? "";
  } catch {
    return "";
  }
}

export function saveQuickSearch(taskId: string, text: string) {
  try {
    // Cleared: nothing is left to restore (and no key per task lingers).
    if (text === "") window.localStorage.removeItem(searchKey(taskId));
    else window.localStorage.setItem(searchKey(taskId), text);
  } catch {
    // Storage full or disabled: the search is simply not remembered.
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

/** Column events by which a person changes the layout (AG Grid's own settling uses other sources). */
const USER_COLUMN_SOURCES: ReadonlySet<string> = new Set(["uiColumnMoved", "uiColumnDragged", "uiColumnResized", "uiColumnSorted", "columnMenu", "contextMenu", "toolPanelUi", "toolPanelDragAndDrop"]);
/** Sorts a person sets: a header click or a menu. */
const USER_SORT_SOURCES: ReadonlySet<string> = new Set(["uiColumnSorted", "columnMenu", "contextMenu"]);
/** Filters a person applies in a column's filter ("api" is the studio's own: quick search, the profile's row filter, a restore). */
const USER_FILTER_SOURCES: ReadonlySet<string> = new Set(["columnFilter", "advancedFilter"]);

/** The parts of a grid event that say who caused it. */
export interface LayoutEvent {
  type: string;
  source?: string;
}

/**
 * Whether a grid event is the user's own change of the kept layout: a sort, a column filter, a
 * column moved, resized, shown, hidden or pinned. Not the grid settling as columns arrive (flex
 * widths, new columns), and not quick search or the profile's row filter, which the layout does not
 * keep. Shown, hidden and pinned come through the API from the studio's Columns menu, the only
 * caller of those (a restore calls setState, whose column events come after the layout is live).
 */
export function isUserLayoutChange(event: LayoutEvent): boolean {
  switch (event.type) {
    case "sortChanged":
      return USER_SORT_SOURCES.has(event.source ?? "");
    case "filterChanged":
      return USER_FILTER_SOURCES.has(event.source ?? "");
    case "columnMoved":
    case "columnResized":
      return USER_COLUMN_SOURCES.has(event.source ?? "");
    case "columnVisible":
    case "columnPinned":
      return event.source === "api" || USER_COLUMN_SOURCES.has(event.source ?? "");
    default:
      return false;
  }
}

/**
 * Who decides a task's layout while its grid loads. The saved layout waits for its columns (see
 * restorableState); until it is applied nothing is saved, so the empty layout of a grid still
 * loading never overwrites it. But a sort, filter or column change the user makes meanwhile is
 * theirs: it wins, is saved from then on, and the saved layout is never applied over it.
 */
export class LayoutKeeper {
  private live: boolean;

  constructor(private readonly saved: GridState | undefined) {
    this.live = !saved;
  }

  /** Whether the grid's state is the layout to keep (save it on every change). */
  get saving(): boolean {
    return this.live;
  }

  /** The user changed the layout: theirs is kept from now on, the saved one is dropped. */
  userChanged(): void {
    this.live = true;
  }

  /** The saved layout to apply now, given the grid's columns, or null (nothing to apply, or not yet). */
  toRestore(present: ReadonlySet<string>, final: boolean): GridState | null {
    if (this.live || !this.saved) return null;
    const state = restorableState(this.saved, present, final);
    if (state) this.live = true;
    return state;
  }
}
