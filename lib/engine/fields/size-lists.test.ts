import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";
import { readsAsSize } from "./size-lists";

describe("readsAsSize", () => {
  it("reads weights, volumes and clothing sizes, not words or prices", () => {
    expect(["250g", "1 kg", "500ml", "XL", "12 oz"].map(readsAsSize)).toEqual([true, true, true, true, true]);
    expect(["Chalk", "£12.00", "Large mug", "2024"].map(readsAsSize)).toEqual([false, false, false, false]);
  });
});

describe("a product's sizes nothing names", () => {
  const card = (name: string, sizes: string) => `<div class="card"><h3><a href="/p/${name.length}">${name}</a></h3><div class="price">£9.00</div>${sizes}</div>`;
  const html = `<main>${card("Ethiopia", `<ul class="swatches"><li>250g</li><li>1kg</li></ul>`)}${card("Colombia", `<p class="opts">250g / 1kg</p>`)}${card("Mug", `<ul class="swatches"><li>Chalk</li><li>Charcoal</li></ul>`)}</main>`;

  it("are the items of a list, or the parts of a text, that all read as sizes", () => {
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, sizes: { type: "array", items: { type: "string" } } } });
    const rows = extractRows(region(parseHtml(html), byClass("card")), { pageUrl: "https://shop.example/", fields, q: "all products" }).map((r) => r.row);
    expect(rows).toEqual([{ name: "Ethiopia", sizes: ["250g", "1kg"] }, { name: "Colombia", sizes: ["250g", "1kg"] }, { name: "Mug" }]);
  });
});
