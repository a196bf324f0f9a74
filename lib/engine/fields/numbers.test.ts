import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { parseMoneyRange } from "./numbers";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

describe("parseMoneyRange: a range's two ends look alike", () => {
  it("reads ends that both show the currency, have as many decimals, or sit at a tight dash or 'to'", () => {
    const range = (low: number, high: number) => ({ low, high, range: true });
    expect(parseMoneyRange("£10 - £20")).toEqual(range(10, 20));
    expect(parseMoneyRange("$5.99 - $9.99")).toEqual(range(5.99, 9.99));
    expect(parseMoneyRange("10 € - 20 €")).toEqual(range(10, 20));
    expect(parseMoneyRange("10–20 €")).toEqual(range(10, 20));
    expect(parseMoneyRange("45.000 – 60.000 €")).toEqual(range(45000, 60000));
    expect(parseMoneyRange("10 - 20 €")).toEqual(range(10, 20));
    expect(parseMoneyRange("5 to 12.99 €")).toEqual(range(5, 12.99));
    expect(parseMoneyRange("57K - 102K $")).toEqual(range(57000, 102000));
  });

  it("reads a number before a spaced dash, unlike the price after it, as no end of a range", () => {
    const one = (v: number) => ({ low: v, high: v, range: false });
    expect(parseMoneyRange("3 - 12.99 €")).toEqual(one(12.99));
    expect(parseMoneyRange("12 — 24,90 €")).toEqual(one(24.9));
    expect(parseMoneyRange("Pack of 3 - $12.99")).toEqual(one(12.99));
  });

  it("fills a price field with the price, not a quantity before it", () => {
    const doc = parseHtml(`<ul>${["3 - 12.99 €", "£10 - £20", "10–20 €", "$5.99 - $9.99"]
      .map((price, i) => `<li class="product"><h3>Item ${i}</h3><span class="price">${price}</span></li>`)
      .join("")}</ul>`);
    const rows = (properties: object) =>
      extractRows(region(doc, byClass("product")), { pageUrl: "https://shop.example/", fields: fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, ...properties } }), q: "" }).map(
        (r) => r.row,
      );
    const num = { type: "number" };
    // A range fills a number with its low end, and fields naming the ends with each.
    expect(rows({ price: num }).map((r) => r.price)).toEqual([12.99, 10, 10, 5.99]);
    expect(rows({ priceMin: num, priceMax: num }).map((r) => [r.priceMin, r.priceMax])).toEqual([
      [12.99, 12.99],
      [10, 20],
      [10, 20],
      [5.99, 9.99],
    ]);
  });
});
