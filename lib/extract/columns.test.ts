import { describe, expect, it } from "vitest";
import { columnsFromSchema, mergeKeys } from "./columns";

describe("mergeKeys", () => {
  it("places a key a later row brings after the key before it in that row", () => {
    const columns: string[] = [];
    const known = new Set<string>();
    expect(mergeKeys(columns, known, ["name", "note", "profile"])).toEqual(["name", "note", "profile"]);
    expect(mergeKeys(columns, known, ["name", "note", "score", "profile"])).toEqual(["score"]);
    expect(mergeKeys(columns, known, ["name", "note", "score", "profile"])).toEqual([]);
    expect(mergeKeys(columns, known, ["tags", "name", "extra1", "extra2"])).toEqual(["tags", "extra1", "extra2"]);
    expect(columns).toEqual(["tags", "name", "extra1", "extra2", "note", "score", "profile"]);
  });

  it("appends a key with no known neighbour, and leaves keys known elsewhere (a schema's) where they are", () => {
    const columns = ["x"];
    const known = new Set(["x", "schemaField"]);
    expect(mergeKeys(columns, known, ["schemaField", "y"])).toEqual(["y"]);
    expect(mergeKeys(columns, known, ["z"])).toEqual(["z"]);
    expect(columns).toEqual(["x", "y", "z"]);
  });
});

describe("columnsFromSchema", () => {
  it("lists the schema's properties in order, or none", () => {
    expect(columnsFromSchema({ type: "object", properties: { b: {}, a: {} } })).toEqual(["b", "a"]);
    expect(columnsFromSchema(null)).toEqual([]);
  });
});
