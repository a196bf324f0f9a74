import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { findRecords, findRecordsPaused } from "./index";

describe("findRecordsPaused", () => {
  const doc = parseHtml(
    `<table><thead><tr><th>Name</th><th>Value</th><th>Note</th></tr></thead><tbody>${Array.from({ length: 300 }, (_, i) => `<tr><td>Item ${i}</td><td>${i * 3}</td><td>note ${i}</td></tr>`).join("")}</tbody></table>`,
  );

  it("finds the region findRecords finds, pausing between candidates", async () => {
    let pauses = 0;
    const paused = await findRecordsPaused(doc, { q: "every item with name, value and note" }, async () => void pauses++);
    const straight = findRecords(doc, { q: "every item with name, value and note" });
    expect(straight?.records).toHaveLength(300);
    expect(paused?.parent).toBe(straight?.parent);
    expect(paused?.records).toEqual(straight?.records);
    // Each row's cells are a candidate too: a pause after each, not one for the whole page.
    expect(pauses).toBeGreaterThan(300);
  });

  it("pauses within a long table's own candidate, row by row, not once for the table", async () => {
    let pauses = 0;
    await findRecordsPaused(doc, { q: "every item with name, value and note" }, async () => void pauses++);
    // The table's rows are read as one candidate, as parents of cells, and scored: each read steps
    // row by row (a candidate at a time was one stretch of seconds for 30,000 rows).
    expect(pauses).toBeGreaterThan(4 * 300);
  });
});
