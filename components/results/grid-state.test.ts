import type { GridState } from "ag-grid-community";
import { describe, expect, it } from "vitest";
import { restorableState, stateColumnIds } from "./grid-state";

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
