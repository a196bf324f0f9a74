import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromQuery } from "./query";
import { fieldSpecsFromSchema, type FieldSpec } from "./spec";
import { byClass, region } from "./testing";

const LOTS: ReadonlyArray<readonly [string, string, string]> = [
  ["Leica M3 body", "£1,245.00", "+£12.50 postage"],
  ["Rolleiflex 2.8F", "£890.00", "Free postage"],
  ["Canon AE-1 Program", "£120.00", "+£4.99 postage"],
  ["Nikon F2 Photomic", "£310.00", "+£8.00 postage"],
];

const listing = `<ul class="results">${LOTS.map(
  ([title, bid, post], i) =>
    `<li class="lot"><a href="/itm/${i}"><h3 class="lot__title">${title}</h3></a><span class="lot__price">${bid}</span><span class="lot__shipping">${post}</span></li>`,
).join("")}</ul>`;

const rowsOf = (body: string, recordClass: string, fields: FieldSpec[] | null, q: string) =>
  extractRows(region(parseHtml(`<html><body><main>${body}</main></body></html>`), byClass(recordClass)), { pageUrl: "https://bids.example/cameras", fields, q }).map((r) => r.row);

describe("a charge written as free of it", () => {
  it("keeps a listing's shipping in its own slot when one lot's postage is free: the shipping cost is not the bid", () => {
    const q = "every listing with title, shipping cost and link";
    expect(rowsOf(listing, "lot", fieldSpecsFromQuery(q), q).map((r) => r.shippingCost)).toEqual(["+£12.50 postage", "Free postage", "+£4.99 postage", "+£8.00 postage"]);
  });

  it("is 0 in a number field of money", () => {
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, price: { type: "number" }, shippingCost: { type: "number" } } });
    expect(rowsOf(listing, "lot", fields, "every lot").map((r) => [r.price, r.shippingCost])).toEqual([
      [1245, 12.5],
      [890, 0],
      [120, 4.99],
      [310, 8],
    ]);
  });

  it("is no price: a product's 'Free shipping' beside its price is a perk", () => {
    const products = [
      ["Kettle", "£24.99"],
      ["Toaster", "£31.50"],
      ["Blender", ""],
    ];
    const grid = `<div class="grid">${products.map(([n, p]) => `<div class="product"><h3>${n}</h3>${p ? `<span class="price">${p}</span>` : ""}<span class="price-note">Free shipping</span></div>`).join("")}</div>`;
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, price: { type: "string" } } });
    expect(rowsOf(grid, "product", fields, "every product").map((r) => r.price)).toEqual(["£24.99", "£31.50", undefined]);
  });
});
