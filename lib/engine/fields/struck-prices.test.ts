import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromQuery } from "./query";
import { fieldSpecsFromSchema, type FieldSpec } from "./spec";
import { byClass, region } from "./testing";

const HTML = [
  ["Desk lamp", "<del>$49</del> $39"],
  ["Oak desk", "<s>$120</s> $99"],
  ["Stool", "$15"],
]
  .map(([name, price]) => `<div class="product"><h3>${name}</h3><p>${price}</p></div>`)
  .join("");

const rows = (fields: FieldSpec[]) =>
  extractRows(region(parseHtml(`<html><body><main><div class="grid">${HTML}</div></main></body></html>`), byClass("product")), { pageUrl: "https://shop.example/", fields, q: "every product" }).map((r) => r.row);

describe("a former price struck out inside the price's line", () => {
  it("fills the original price from the struck part and the price from the rest", () => {
    const got = rows(fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, price: { type: "number" }, originalPrice: { type: "number" } } }));
    expect(got).toEqual([
      { name: "Desk lamp", price: 39, originalPrice: 49 },
      { name: "Oak desk", price: 99, originalPrice: 120 },
      // Nothing on sale: no former price is made up (price-parts.test.ts).
      { name: "Stool", price: 15 },
    ]);
  });

  it("reads a query's 'former price' as the struck one", () => {
    const got = rows(fieldSpecsFromQuery("name, price, former price")!);
    expect(got.map((r) => [r.price, r.formerPrice])).toEqual([
      ["$39", "$49"],
      ["$99", "$120"],
      ["$15", undefined],
    ]);
  });
});
