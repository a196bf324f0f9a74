import { describe, expect, it } from "vitest";
import { ColumnKinds, KIND_SAMPLE } from "./column-kinds";

/** Feeds rows the way the rows worker does: a key is watched when a row first brings it. */
function feed(kinds: ColumnKinds, seen: Set<string>, rows: Record<string, unknown>[]) {
  for (const row of rows) {
    for (const key in row) {
      if (!seen.has(key)) {
        seen.add(key);
        kinds.watch(key);
      }
    }
    kinds.see(row);
  }
}

describe("ColumnKinds", () => {
  it("decides each column on its first batch, once", () => {
    const kinds = new ColumnKinds();
    const seen = new Set<string>();
    feed(kinds, seen, [
      { url: "https://example.com/a", price: 12, when: "2019-04-01", name: "Ada" },
      { url: "https://example.com/b", price: 3.5, when: "2020-06-30T10:00:00Z", name: "Bob" },
    ]);
    expect(kinds.decide()).toEqual({ url: "uri", price: "number", when: "date", name: "text" });
    // Later rows that would not fit do not turn a decided column into another kind.
    feed(kinds, seen, [{ url: "not a link", price: "N/A", name: "Cy", email: "cy@example.com" }]);
    expect(kinds.decide()).toEqual({ email: "email" });
    expect(kinds.decide()).toEqual({});
  });

  it("decides on every row of the batch that holds the key, not only the first", () => {
    const kinds = new ColumnKinds();
    feed(kinds, new Set(), [{ price: 12 }, { price: 3 }, { price: "call us" }]);
    expect(kinds.decide()).toEqual({ price: "text" });
  });

  it("leaves a column with only blanks undecided until a value shows up", () => {
    const kinds = new ColumnKinds();
    const seen = new Set<string>();
    feed(kinds, seen, [{ name: "Ada", price: null }, { name: "Bob", price: "" }, { name: "Cy" }]);
    expect(kinds.decide()).toEqual({ name: "text" });
    feed(kinds, seen, [{ name: "Di", price: null }]);
    expect(kinds.decide()).toEqual({});
    feed(kinds, seen, [{ name: "Eve", price: 7 }, { name: "Fay", price: 9 }]);
    expect(kinds.decide()).toEqual({ price: "number" });
  });

  it(`samples at most ${KIND_SAMPLE} values of a column`, () => {
    const kinds = new ColumnKinds();
    const rows = Array.from({ length: KIND_SAMPLE + 1 }, (_, i) => ({ n: i < KIND_SAMPLE ? i : "more" }));
    feed(kinds, new Set(), rows);
    expect(kinds.decide()).toEqual({ n: "number" });
  });

  it("reads only a row's own keys, and keeps odd key names", () => {
    const kinds = new ColumnKinds();
    const row = JSON.parse('{"__proto__": "https://example.com/x", "a": 1}') as Record<string, unknown>;
    feed(kinds, new Set(), [row]);
    kinds.watch("constructor"); // a key no row has: Object.prototype.constructor is no value of it
    kinds.see({ a: 2 });
    const decided = kinds.decide();
    expect(Object.hasOwn(decided, "__proto__")).toBe(true);
    expect(decided).toEqual(JSON.parse('{"__proto__": "uri", "a": "number"}'));
  });
});
