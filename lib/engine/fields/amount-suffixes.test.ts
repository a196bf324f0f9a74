import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

const COMPANIES = [
  ["AAPL", "3.47T", "52.1M", "34B"],
  ["TSLA", "803.2B", "98.7M", "2B"],
  ["F", "40.1 B", "41.2M", "12B"],
];

const rows = (properties: Record<string, unknown>) =>
  extractRows(
    region(
      parseHtml(
        `<html><body><main><div class="quotes">${COMPANIES.map(
          ([sym, cap, vol, size]) => `<div class="co"><a class="symbol" href="/quote/${sym}">${sym}</a><span class="market-cap">${cap}</span><span class="volume">${vol}</span><span class="size">${size}</span></div>`,
        ).join("")}</div></main></body></html>`,
      ),
      byClass("co"),
    ),
    { pageUrl: "https://markets.example/", fields: fieldSpecsFromSchema({ type: "object", properties }), q: "every company" },
  ).map((r) => r.row);

describe("an amount written with its multiplier", () => {
  it("gives a number field that asks for an amount its trillions and billions, without a currency sign", () => {
    const got = rows({ symbol: { type: "string" }, marketCap: { type: "number" }, volume: { type: "number" } });
    expect(got.map((r) => [r.symbol, r.marketCap, r.volume])).toEqual([
      ["AAPL", 3.47e12, 52.1e6],
      ["TSLA", 803.2e9, 98.7e6],
      ["F", 40.1e9, 41.2e6],
    ]);
  });

  it("keeps the text as written for a text field, and a bare B as no billion for a field that asks no amount", () => {
    const got = rows({ symbol: { type: "string" }, marketCap: { type: "string" }, size: { type: "number" } });
    expect(got.map((r) => [r.marketCap, r.size])).toEqual([
      ["3.47T", 34],
      ["803.2B", 2],
      ["40.1 B", 12],
    ]);
  });
});
