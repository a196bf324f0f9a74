import { describe, expect, it } from "vitest";
import { selectRows } from "@/lib/export/select";
import { chunked, textOf } from "@/lib/export/test-support";
import { RowStore } from "./row-store";
import { EMPTY_QUERY, type Row, type RowInvalidity, type ViewQuery } from "./view";

const people: [Row, RowInvalidity][] = [
  [{ name: "Ada", years: 12, joined: "2019-04-01", city: "Zürich" }, null],
  [{ name: "bob", years: 3, joined: "2021-01-15T10:00:00Z" }, ["years"]],
  [{ name: "Cy", years: null, joined: "2020-06-30", note: "extra" }, null],
  [{ name: "Di", years: 1, city: "zürich" }, [""]],
  [{ name: "Eve", years: "seven", joined: "2019-04-01" }, ["years"]],
];

const storeOf = (rows = people) => {
  const store = new RowStore();
  for (const [row, bad] of rows) store.add(row, bad);
  return store;
};
const q = (over: Partial<ViewQuery>): ViewQuery => ({ ...EMPTY_QUERY, ...over });
const names = (store: RowStore, query: ViewQuery, start = 0, end = 100) => store.slice(query, start, end).rows.map((r) => r.row.name);

describe("RowStore views", () => {
  it("slices every row in file order when nothing filters or sorts", () => {
    const store = storeOf();
    expect(store.slice(EMPTY_QUERY, 1, 3)).toEqual({ count: 5, rows: [{ index: 1, row: people[1]![0], invalid: ["years"] }, { index: 2, row: people[2]![0], invalid: null }] });
    expect(store.slice(EMPTY_QUERY, 4, 100).rows).toHaveLength(1);
    expect(store.slice(EMPTY_QUERY, 9, 100)).toEqual({ count: 5, rows: [] });
  });

  it("sorts like AG Grid: missing first, numbers before text, text ignoring case, ties in file order, desc reversed", () => {
    const store = storeOf();
    expect(names(store, q({ sort: [{ colId: "years", sort: "asc" }] }))).toEqual(["Cy", "Di", "bob", "Ada", "Eve"]);
    expect(names(store, q({ sort: [{ colId: "years", sort: "desc" }] }))).toEqual(["Eve", "Ada", "bob", "Di", "Cy"]);
    expect(names(store, q({ sort: [{ colId: "name", sort: "asc" }] }))).toEqual(["Ada", "bob", "Cy", "Di", "Eve"]);
    // Two columns: joined, then name descending for the tie on 2019-04-01.
    expect(names(store, q({ sort: [{ colId: "joined", sort: "asc" }, { colId: "name", sort: "desc" }], kinds: { joined: "date" } }))).toEqual(["Di", "Eve", "Ada", "Cy", "bob"]);
  });

  it("filters by the profile's selections", () => {
    const store = storeOf();
    expect(names(store, q({ rowFilter: { kind: "invalid" } }))).toEqual(["bob", "Di", "Eve"]);
    expect(names(store, q({ rowFilter: { kind: "invalid-in", column: "years" } }))).toEqual(["bob", "Eve"]);
    expect(names(store, q({ rowFilter: { kind: "missing", column: "joined" } }))).toEqual(["Di"]);
    expect(names(store, q({ rowFilter: { kind: "missing", column: "constructor" } }))).toHaveLength(5);
  });

  it("quick search: every word, case-insensitive, in any value", () => {
    const store = storeOf();
    expect(names(store, q({ quick: "ZÜRICH" }))).toEqual(["Ada", "Di"]);
    expect(names(store, q({ quick: " zürich  ada " }))).toEqual(["Ada"]);
    expect(names(store, q({ quick: "extra" }))).toEqual(["Cy"]);
    expect(names(store, q({ quick: "nobody" }))).toEqual([]);
  });

  it("applies AG Grid text, number and date filter models", () => {
    const store = storeOf();
    expect(names(store, q({ filters: { name: { filterType: "text", type: "startsWith", filter: "B" } } }))).toEqual(["bob"]);
    expect(names(store, q({ filters: { city: { filterType: "text", type: "notContains", filter: "x" } } }))).toHaveLength(5);
    expect(names(store, q({ filters: { city: { filterType: "text", type: "blank" } } }))).toEqual(["bob", "Cy", "Eve"]);
    expect(names(store, q({ filters: { years: { filterType: "number", type: "greaterThan", filter: 2 } } }))).toEqual(["Ada", "bob"]);
    expect(names(store, q({ filters: { years: { filterType: "number", type: "inRange", filter: 1, filterTo: 12 } } }))).toEqual(["bob"]);
    expect(names(store, q({ filters: { years: { filterType: "number", type: "notBlank" } } }))).toEqual(["Ada", "bob", "Di"]);
    expect(names(store, q({ filters: { joined: { filterType: "date", type: "equals", dateFrom: "2019-04-01 00:00:00" } } }))).toEqual(["Ada", "Eve"]);
    expect(names(store, q({ filters: { joined: { filterType: "date", type: "greaterThan", dateFrom: "2020-01-01 00:00:00" } } }))).toEqual(["bob", "Cy"]);
    const either = { filterType: "text", operator: "OR" as const, conditions: [{ type: "equals", filter: "ada" }, { type: "endsWith", filter: "ve" }] };
    expect(names(store, q({ filters: { name: either } }))).toEqual(["Ada", "Eve"]);
    expect(names(store, q({ filters: { name: { ...either, operator: "AND" } } }))).toEqual([]);
  });

  it("keeps a view up to date as rows arrive, filtered and sorted", () => {
    const store = storeOf(people.slice(0, 2));
    const query = q({ quick: "zürich", sort: [{ colId: "name", sort: "desc" }] });
    expect(names(store, query)).toEqual(["Ada"]);
    for (const [row, bad] of people.slice(2)) store.add(row, bad);
    expect(store.count(query)).toBe(2);
    expect(names(store, query)).toEqual(["Di", "Ada"]);
  });

  it("names the rows a view export holds, and the export follows the same order", async () => {
    const store = storeOf();
    const query = q({ filters: { years: { filterType: "number", type: "notBlank" } }, sort: [{ colId: "years", sort: "asc" }] });
    const positions = store.positions(query);
    expect([...positions]).toEqual(store.slice(query, 0, 100).rows.map((r) => r.index));
    const ndjson = people.map(([row]) => JSON.stringify(row)).join("\n");
    const exported = (await textOf(selectRows(chunked(ndjson, 7), [...positions]))).trim().split("\n").map((l) => (JSON.parse(l) as Row).name);
    expect(exported).toEqual(names(store, query));
  });
});
