import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

const rowsOf = (r: ReturnType<typeof extractRows>) => r.map((x) => x.row);

describe("number fields", () => {
  it("a number named for a range's end reads that end of an amount's range, as a salary's does", () => {
    const doc = parseHtml(`<ul>${["£1.2m to £1.8m", "£24 million", "£300,000 – £450,000"]
      .map((v, i) => `<li class="notice"><h3>Contract ${i}</h3><p><strong>Value of contract:</strong> ${v}</p></li>`)
      .join("")}</ul>`);
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, valueMin: { type: "number" }, valueMax: { type: "number" }, currency: { type: "string" } } });
    const rows = rowsOf(extractRows(region(doc, byClass("notice")), { pageUrl: "https://tenders.example/", fields, q: "" }));
    expect(rows.map((r) => [r.valueMin ?? null, r.valueMax ?? null, r.currency ?? null])).toEqual([
      [1200000, 1800000, "GBP"],
      [24000000, 24000000, "GBP"],
      [300000, 450000, "GBP"],
    ]);
  });
});
