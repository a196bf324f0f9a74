import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { pauser } from "../pipeline/pause";
import { findRecords } from "../records";
import { extractRegion, extractRegionPaused } from "./extract";
import { fieldSpecsFromQuery } from "./query";
import { fieldSpecsFromSchema } from "./spec";

const table = (n: number) =>
  parseHtml(
    `<table><thead><tr><th>Name</th><th>Value</th><th>Note</th></tr></thead><tbody>${Array.from({ length: n }, (_, i) => `<tr><td>Item ${i}</td><td>${i * 3}</td><td>note ${i}</td></tr>`).join("")}</tbody></table>`,
  );
const q = "every item with name, value and note";
const listSchema = { type: "object", properties: { name: { type: "string" }, notes: { type: "array", items: { type: "string" } } } };

describe("extractRegionPaused", () => {
  const doc = table(300);
  const region = findRecords(doc, { q })!;

  it("reads the rows extractRegion reads, with fields, list fields, or none", async () => {
    for (const fields of [fieldSpecsFromQuery(q), fieldSpecsFromSchema(listSchema), null]) {
      const ctx = { pageUrl: "https://big.example/items", fields, q };
      const paused = await extractRegionPaused(region, ctx, async () => undefined);
      const straight = extractRegion(region, ctx);
      expect(paused.rows.length).toBe(300);
      expect(paused).toEqual(straight);
      expect(paused.rows.map((r) => r.record)).toEqual(straight.rows.map((r) => r.record));
    }
  });

  it("pauses record by record", async () => {
    let pauses = 0;
    await extractRegionPaused(region, { pageUrl: "https://big.example/items", fields: fieldSpecsFromQuery(q), q }, async () => void pauses++);
    // Pieces, slots and values are each read record by record (one stretch was seconds for 30,000 rows).
    expect(pauses).toBeGreaterThan(3 * 300);
  });

  it("lets timers run while a long table is read", async () => {
    const big = table(5_000);
    const bigRegion = findRecords(big, { q })!;
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    try {
      const { rows } = await extractRegionPaused(bigRegion, { pageUrl: "https://big.example/items", fields: fieldSpecsFromQuery(q), q }, pauser());
      // Several ticks, not a time limit: reading the rows in one stretch lets none in.
      expect(ticks).toBeGreaterThanOrEqual(3);
      expect(rows).toHaveLength(5_000);
    } finally {
      clearInterval(timer);
    }
  });
});
