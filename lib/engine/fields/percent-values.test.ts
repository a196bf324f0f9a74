import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { percentIn } from "./percent-values";
import { byClass, region } from "./testing";

const QUOTES: ReadonlyArray<readonly [string, string, string]> = [
  ["AAPL", "228.52", "+1.23 (+0.54%)"],
  ["NVDA", "135.40", "-2.61 (-1.89%)"],
  ["F", "10.12", "−0.05 (−0.49%)"],
];

const rows = (properties: Record<string, unknown>) =>
  extractRows(
    region(
      parseHtml(`<html><body><main><div class="movers">${QUOTES.map(([s, p, c]) => `<div class="quote"><a class="symbol" href="/quote/${s}">${s}</a><span class="price">${p}</span><span class="change">${c}</span></div>`).join("")}</div></main></body></html>`),
      byClass("quote"),
    ),
    { pageUrl: "https://markets.example/movers", fields: fieldSpecsFromSchema({ type: "object", properties }), q: "every stock" },
  ).map((r) => r.row);

describe("a field named a percentage", () => {
  it("reads the number written with '%', signed, where the text gives a change and its percentage", () => {
    const got = rows({ symbol: { type: "string" }, price: { type: "number" }, change: { type: "number" }, changePercent: { type: "number" } });
    expect(got.map((r) => [r.symbol, r.change, r.changePercent])).toEqual([
      ["AAPL", 1.23, 0.54],
      ["NVDA", -2.61, -1.89],
      ["F", -0.05, -0.49],
    ]);
  });

  it("reads one percentage only: a text with two says neither", () => {
    expect(percentIn("+0.54%")).toBe(0.54);
    expect(percentIn("down 3.5 per cent")).toBe(3.5);
    expect(percentIn("12% of 40%")).toBeNull();
    expect(percentIn("+1.23")).toBeNull();
  });
});
