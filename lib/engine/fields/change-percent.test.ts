import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromQuery } from "./query";
import { byClass, region } from "./testing";

const QUOTES = [
  ["AAPL", "+1.23 (+0.54%)"],
  ["NVDA", "-2.61 (-1.89%)"],
];

const rows = (q: string) =>
  extractRows(
    region(
      parseHtml(`<html><body><main><div class="movers">${QUOTES.map(([s, c]) => `<div class="quote"><a class="symbol" href="/quote/${s}">${s}</a><span class="change">${c}</span></div>`).join("")}</div></main></body></html>`),
      byClass("quote"),
    ),
    { pageUrl: "https://markets.example/movers", fields: fieldSpecsFromQuery(q)!, q },
  ).map((r) => r.row);

describe("a change asked beside its percentage", () => {
  it("reads the absolute change and the percentage apart from one text", () => {
    expect(rows("every stock with symbol, change, percent change").map((r) => [r.symbol, r.change, r.percentChange])).toEqual([
      ["AAPL", 1.23, 0.54],
      ["NVDA", -2.61, -1.89],
    ]);
  });

  it("keeps a change the query types as text, and a change asked alone as text", () => {
    expect(fieldSpecsFromQuery("symbol, change (text), percent change")!.find((s) => s.name === "change")?.type).toBe("string");
    expect(fieldSpecsFromQuery("symbol, change, price")!.find((s) => s.name === "change")?.type).toBe("string");
  });
});
