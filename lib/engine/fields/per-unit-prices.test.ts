import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

const rows = (properties: Record<string, unknown>) =>
  extractRows(
    region(
      parseHtml(`<main>
        <div class="card"><h3>The Balmoral</h3><div class="price"><span class="was">was £420</span> <span class="now">now £359</span> <span class="per">per night</span></div></div>
        <div class="card"><h3>Leith Inn</h3><div class="price"><span class="now">£88</span> / night</div></div>
      </main>`),
      byClass("card"),
    ),
    { pageUrl: "https://stay.example/", fields: fieldSpecsFromSchema({ type: "object", properties }), q: "hotels" },
  ).map((r) => r.row);

describe("a price asked per night", () => {
  it("keeps the unit the page writes after the amount in a text field, and the amount in a number field", () => {
    expect(rows({ name: { type: "string" }, pricePerNight: { type: "string" }, nightlyPrice: { type: "number" } })).toEqual([
      { name: "The Balmoral", pricePerNight: "£359 per night", nightlyPrice: 359 },
      { name: "Leith Inn", pricePerNight: "£88 / night", nightlyPrice: 88 },
    ]);
  });

  it("is asked by the description too; a price asked plainly is the amount as shown", () => {
    expect(rows({ name: { type: "string" }, price: { type: "string", description: "the price per night" } })).toEqual([
      { name: "The Balmoral", price: "£359 per night" },
      { name: "Leith Inn", price: "£88 / night" },
    ]);
    expect(rows({ name: { type: "string" }, price: { type: "string" } })).toEqual([
      { name: "The Balmoral", price: "£359" },
      { name: "Leith Inn", price: "£88" },
    ]);
  });
});
