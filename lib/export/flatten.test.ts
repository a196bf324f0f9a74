import { describe, expect, it } from "vitest";
import { flattenRow } from "./flatten";

describe("flattenRow", () => {
  it("turns nested objects into dotted keys; arrays, empty objects and null stay values", () => {
    expect({ ...flattenRow({ a: { b: 1, c: { d: null } }, e: [1, { f: 2 }], g: {}, h: null, i: 0 }) }).toEqual({
      "a.b": 1,
      "a.c.d": null,
      e: [1, { f: 2 }],
      g: {},
      h: null,
      i: 0,
    });
  });

  it("keeps keys with dots; a later key that flattens to the same name wins", () => {
    expect({ ...flattenRow({ "a.b": 1, a: { b: 2 } }) }).toEqual({ "a.b": 2 });
    expect({ ...flattenRow({ a: { b: 2 }, "a.b": 1 }) }).toEqual({ "a.b": 1 });
  });

  it("has no prototype, so any column name is safe to look up", () => {
    const flat = flattenRow({ a: 1 });
    expect(flat["constructor"]).toBeUndefined();
    expect(flat["toString"]).toBeUndefined();
  });

  it("stops flattening very deep nesting (kept whole) rather than overflowing the stack", () => {
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 100; i++) deep = { k: deep };
    const keys = Object.keys(flattenRow(deep));
    expect(keys).toHaveLength(1);
    expect(keys[0]!.split(".")).toHaveLength(33);
  });
});
