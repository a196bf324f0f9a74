import { describe, expect, it } from "vitest";
import { ndjsonPassthrough, ndjsonToJsonArray } from "./ndjson-to-json";
import type { ExportStats } from "./rows";
import { bytesOf, chunked, HARD_NDJSON, HARD_ROWS, textOf } from "./test-support";

describe("ndjsonToJsonArray", () => {
  it("writes every valid row, skipping malformed lines, as one valid JSON array", async () => {
    let stats: ExportStats | undefined;
    const text = await textOf(ndjsonToJsonArray(chunked(HARD_NDJSON), {}, (s) => (stats = s)));
    expect(JSON.parse(text)).toEqual(HARD_ROWS);
    expect(text.startsWith("[\n{")).toBe(true);
    expect(text.endsWith("}\n]\n")).toBe(true);
    expect(text.split(",\n{").length).toBe(3);
    expect(stats).toEqual({ rows: 3, malformed: 2 });
  });

  it("keeps only the chosen columns, in their order, leaving out keys a row lacks", async () => {
    const text = await textOf(ndjsonToJsonArray(chunked(HARD_NDJSON), { columns: ["nested", "constructor", "n", "missing", "__proto__"] }));
    expect(text).toBe('[\n{"nested":{"a":{"b":1},"c":[1,{"d":2}]},"n":0},\n{"nested":{"a":{"b":"x"}},"constructor":"mine","n":-3.5e-7},\n{}\n]\n');
    const ordered = await textOf(ndjsonToJsonArray(chunked('{"1":1,"b":2}\n'), { columns: ["b", "1"] }));
    expect(ordered).toBe('[\n{"b":2,"1":1}\n]\n'); // an object would have put "1" first
  });

  it("flattens on request", async () => {
    const rows = JSON.parse(await textOf(ndjsonToJsonArray(chunked(HARD_NDJSON), { flatten: true, columns: ["name", "nested.a.b", "a.b"] }))) as unknown[];
    expect(rows).toEqual([{ name: 'Zürich "Café", 東京 🚀', "nested.a.b": 1, "a.b": "dotted" }, { name: "second", "nested.a.b": "x" }, { name: "third" }]);
  });

  it("is valid JSON for an empty result, and byte-identical for any chunking", async () => {
    expect(await textOf(ndjsonToJsonArray(chunked("")))).toBe("[]\n");
    expect(JSON.parse(await textOf(ndjsonToJsonArray(chunked("oops\n\n"))))).toEqual([]);
    const whole = await bytesOf(ndjsonToJsonArray(chunked(HARD_NDJSON)));
    for (const size of [1, 3, 7]) expect(await bytesOf(ndjsonToJsonArray(chunked(HARD_NDJSON, size)))).toEqual(whole);
  });
});

describe("ndjsonPassthrough", () => {
  it("passes the bytes through untouched when no columns are given", async () => {
    expect(await textOf(ndjsonPassthrough(chunked(HARD_NDJSON, 5)))).toBe(HARD_NDJSON);
    expect(await textOf(ndjsonPassthrough(chunked("")))).toBe("");
  });

  it("projects columns, one row per line, skipping malformed lines", async () => {
    let stats: ExportStats | undefined;
    const text = await textOf(ndjsonPassthrough(chunked(HARD_NDJSON), { columns: ["name", "ok", "nil"] }, (s) => (stats = s)));
    expect(text).toBe('{"name":"Zürich \\"Café\\", 東京 🚀","ok":false,"nil":null}\n{"name":"second","ok":true}\n{"name":"third"}\n');
    expect(stats).toEqual({ rows: 3, malformed: 2 });
    const whole = await bytesOf(ndjsonPassthrough(chunked(HARD_NDJSON), { columns: ["name", "nested.a.b"], flatten: true }));
    expect(new TextDecoder().decode(whole).split("\n")[1]).toBe('{"name":"second","nested.a.b":"x"}');
    for (const size of [1, 4]) expect(await bytesOf(ndjsonPassthrough(chunked(HARD_NDJSON, size), { columns: ["name", "nested.a.b"], flatten: true }))).toEqual(whole);
  });
});
