import type { GridState } from "ag-grid-community";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isUserLayoutChange, LayoutKeeper, loadQuickSearch, restorableState, saveQuickSearch, stateColumnIds } from "./grid-state";

const saved: GridState = {
  columnOrder: { orderedColIds: ["name", "price"] },
  columnVisibility: { hiddenColIds: ["note"] },
  sort: { sortModel: [{ colId: "price", sort: "desc" }] },
  filter: { filterModel: { price: { filterType: "number", type: "greaterThan", filter: 990 } } },
};

describe("restoring a task's saved grid layout", () => {
  it("names every column the layout touches", () => {
    expect([...stateColumnIds(saved)].sort()).toEqual(["name", "note", "price"]);
  });

  it("waits while the grid has no columns yet (a task without a schema, before its rows)", () => {
    expect(restorableState(saved, new Set(), false)).toBeNull();
    expect(restorableState(saved, new Set(), true)).toBeNull();
  });

  it("waits for a column the rows may still bring, and applies the layout whole once they have", () => {
    expect(restorableState(saved, new Set(["name", "price"]), false)).toBeNull();
    expect(restorableState(saved, new Set(["name", "price", "note"]), false)).toBe(saved);
  });

  it("once no more columns can come, drops the sort and filters of columns that never came", () => {
    const state = restorableState(saved, new Set(["name", "note"]), true);
    expect(state?.filter?.filterModel).toEqual({});
    expect(state?.sort?.sortModel).toEqual([]);
    expect(state?.columnOrder).toEqual(saved.columnOrder);
  });
});

describe("a layout the user changes while the rows load", () => {
  it("applies the saved layout once its columns are there when the user has changed nothing, and saves from then on", () => {
    const keeper = new LayoutKeeper(saved);
    expect(keeper.saving).toBe(false);
    expect(keeper.toRestore(new Set(["name", "price"]), false)).toBeNull();
    expect(keeper.saving).toBe(false);
    expect(keeper.toRestore(new Set(["name", "price", "note"]), false)).toBe(saved);
    expect(keeper.saving).toBe(true);
    // Applied once: later columns do not bring it back over what the user does next.
    expect(keeper.toRestore(new Set(["name", "price", "note", "extra"]), true)).toBeNull();
  });

  it("keeps the user's own sort or filter made before then: it is saved, and the saved layout is never applied over it", () => {
    const keeper = new LayoutKeeper(saved);
    expect(keeper.toRestore(new Set(["name", "price"]), false)).toBeNull(); // "note" still to come
    keeper.userChanged(); // e.g. a click on a header: a sort of the user's own
    expect(keeper.saving).toBe(true);
    // Neither when the missing column arrives nor when the loading ends.
    expect(keeper.toRestore(new Set(["name", "price", "note"]), false)).toBeNull();
    expect(keeper.toRestore(new Set(["name", "price"]), true)).toBeNull();
  });

  it("saves from the start when nothing was saved for the task", () => {
    const keeper = new LayoutKeeper(undefined);
    expect(keeper.saving).toBe(true);
    expect(keeper.toRestore(new Set(["name"]), true)).toBeNull();
  });

  it("tells the user's changes from the grid settling and from the studio's own calls", () => {
    // The user: a header click, a column filter, a drag, a resize, the Columns menu (through the API).
    for (const event of [
      { type: "sortChanged", source: "uiColumnSorted" },
      { type: "filterChanged", source: "columnFilter" },
      { type: "columnMoved", source: "uiColumnMoved" },
      { type: "columnMoved", source: "uiColumnDragged" },
      { type: "columnResized", source: "uiColumnResized" },
      { type: "columnVisible", source: "api" },
      { type: "columnPinned", source: "api" },
    ]) {
      expect(isUserLayoutChange(event), `${event.type} ${event.source}`).toBe(true);
    }
    // Not the user: a restore's setState, quick search or the profile's row filter, flex widths, new columns.
    for (const event of [
      { type: "sortChanged", source: "api" },
      { type: "sortChanged", source: "gridOptionsChanged" },
      { type: "filterChanged", source: "api" },
      { type: "filterChanged" },
      { type: "columnResized", source: "flex" },
      { type: "columnResized", source: "gridOptionsChanged" },
      { type: "columnMoved", source: "gridOptionsChanged" },
      { type: "columnVisible", source: "gridOptionsChanged" },
      { type: "columnEverythingChanged", source: "api" },
    ]) {
      expect(isUserLayoutChange(event), `${event.type} ${event.source ?? ""}`).toBe(false);
    }
  });
});

describe("the quick search kept per task", () => {
  // The studio's only storage is the browser's: an in-memory one stands in for it under Node.
  const stored = new Map<string, string>();
  const storage = {
    getItem: (k: string) => stored.get(k) ?? null,
    setItem: (k: string, v: string) => void stored.set(k, v),
    removeItem: (k: string) => void stored.delete(k),
  };
  beforeEach(() => {
    stored.clear();
    vi.stubGlobal("window", { localStorage: storage });
  });
  afterEach(() => vi.unstubAllGlobals());

  it("comes back for its own task only, and a cleared search leaves nothing behind", () => {
    expect(loadQuickSearch("t1")).toBe("");
    saveQuickSearch("t1", "Zürich");
    expect(loadQuickSearch("t1")).toBe("Zürich");
    expect(loadQuickSearch("t2")).toBe("");
    saveQuickSearch("t1", "");
    expect(loadQuickSearch("t1")).toBe("");
    expect(stored.size).toBe(0);
  });

  it("is not remembered, without failing, when storage refuses it", () => {
    vi.stubGlobal("window", {
      localStorage: {
        getItem: () => {
          throw new Error("SecurityError");
        },
        setItem: () => {
          throw new Error("QuotaExceededError");
        },
        removeItem: () => undefined,
      },
    });
    expect(() => saveQuickSearch("t1", "x")).not.toThrow();
    expect(loadQuickSearch("t1")).toBe("");
  });
});
