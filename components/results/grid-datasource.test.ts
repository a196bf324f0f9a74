import type { ColumnState } from "ag-grid-community";
import { describe, expect, it } from "vitest";
import { gridViewQuery } from "./grid-datasource";

const extras = { quick: "", rowFilter: null, kinds: {} };

describe("gridViewQuery: the view that “Export rows shown” exports", () => {
  it("carries the grid's sort in its order and the filters of its columns", () => {
    const api = {
      getColumnState: (): ColumnState[] => [
        { colId: "name", sort: "asc", sortIndex: 1 },
        { colId: "price", sort: "desc", sortIndex: 0 },
      ],
      getFilterModel: () => ({ price: { filterType: "number", type: "greaterThan", filter: 990 } }),
    };
    const query = gridViewQuery(api, extras);
    expect(query.sort).toEqual([
      { colId: "price", sort: "desc" },
      { colId: "name", sort: "asc" },
    ]);
    expect(Object.keys(query.filters)).toEqual(["price"]);
  });

  it("leaves out a filter the grid holds for a column it does not have, as its block requests do", () => {
    // A layout restored before a schemaless task's columns existed left this filter in the model.
    const api = {
      getColumnState: (): ColumnState[] => [],
      getFilterModel: () => ({ price: { filterType: "number", type: "greaterThan", filter: 990 } }),
    };
    expect(gridViewQuery(api, extras).filters).toEqual({});
  });
});
