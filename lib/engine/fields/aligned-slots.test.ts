import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { collectPieces } from "./pieces";
import { fieldSpecsFromQuery } from "./query";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region, select } from "./testing";

/** Products where some cards leave out the badge and some the former price, both before the price. */
interface Product {
  name: string;
  badge?: string;
  was?: string;
  price: string;
  note: string;
}
const PRODUCTS: Product[] = [
  { name: "Kettle Pro", badge: "Bestseller", was: "$49.00", price: "$39.00", note: "Ships in 2 days" },
  { name: "Toaster Mini", price: "$25.00", note: "Ships tomorrow" },
  { name: "Blender X", badge: "New", price: "$89.00", note: "Back order" },
  { name: "Mixer Max", was: "$129.00", price: "$99.00", note: "Ships in a week" },
  { name: "Grill Go", badge: "Eco", was: "$59.00", price: "$45.00", note: "Ships in 3 days" },
];

/** Three ways to write one card: classes that say what each span is; bare spans; bare paragraphs. */
const CARDS: Record<string, (p: Product, n: number) => string> = {
  classed: (p, n) =>
    `<div class="card"><h3><a href="/p/${n}">${p.name}</a></h3>${p.badge ? `<span class="badge">${p.badge}</span>` : ""}` +
    `${p.was ? `<span class="was">${p.was}</span>` : ""}<span class="now">${p.price}</span><span class="note">${p.note}</span></div>`,
  bare: (p, n) =>
    `<div class="card"><h3><a href="/p/${n}">${p.name}</a></h3>${p.badge ? `<span>${p.badge}</span>` : ""}` +
    `${p.was ? `<span><s>${p.was}</s></span>` : ""}<span>${p.price}</span><span>${p.note}</span></div>`,
  paragraphs: (p) => `<li class="card"><h3>${p.name}</h3>${p.badge ? `<p>${p.badge}</p>` : ""}<p>${p.was ? `<del>${p.was}</del> ` : ""}${p.price}</p><p>${p.note}</p></li>`,
};

const page = (card: (p: Product, n: number) => string) => parseHtml(`<html><body><main>${PRODUCTS.map((p, n) => card(p, n + 1)).join("")}</main></body></html>`);
const rowsOf = (card: (p: Product, n: number) => string, fields: ReturnType<typeof fieldSpecsFromSchema> | null) =>
  extractRows(region(page(card), byClass("card")), { pageUrl: "https://shop.example/", fields, q: "every product" }).map((r) => r.row);

/** The inferred column that holds `value` in the first row, read down all rows. */
function columnOf(rows: Record<string, unknown>[], value: string): unknown[] {
  const key = Object.keys(rows[0]!).find((k) => rows[0]![k] === value);
  expect(key, `a column holding ${value}`).toBeDefined();
  return rows.map((r) => r[key!]);
}

describe("alignSlots: an optional element in the middle of a card", () => {
  for (const [style, card] of Object.entries(CARDS)) {
    it(`gives one place the same slot in every record (${style})`, () => {
      const all = collectPieces(
        select(page(card), byClass("card")).map((r) => [r]),
        "https://shop.example/",
      );
      const slotOf = (text: string) => all.flatMap((rp) => rp.pieces).find((p) => p.text === text)?.slot;
      const prices = PRODUCTS.map((p) => slotOf(p.price) ?? slotOf(`${p.was} ${p.price}`));
      expect(new Set(prices).size, prices.join(" ")).toBe(1);
      const notes = PRODUCTS.map((p) => slotOf(p.note));
      expect(new Set(notes).size, notes.join(" ")).toBe(1);
      expect(notes[0]).not.toBe(prices[0]);
    });
  }

  it("reads each inferred column from its own place, with classes and without", () => {
    for (const card of [CARDS.classed!, CARDS.bare!]) {
      const rows = rowsOf(card, null);
      expect(columnOf(rows, "$39.00")).toEqual(PRODUCTS.map((p) => p.price));
      expect(columnOf(rows, "$49.00")).toEqual(PRODUCTS.map((p) => p.was));
      expect(columnOf(rows, "Bestseller")).toEqual(PRODUCTS.map((p) => p.badge));
      expect(columnOf(rows, "Ships in 2 days")).toEqual(PRODUCTS.map((p) => p.note));
    }
    const paragraphs = rowsOf(CARDS.paragraphs!, null);
    expect(columnOf(paragraphs, "Ships in 2 days")).toEqual(PRODUCTS.map((p) => p.note));
    expect(columnOf(paragraphs, "Bestseller")).toEqual(PRODUCTS.map((p) => p.badge));
  });

  it("fills a schema's price with the current price and the former price only where a card shows one", () => {
    const schema = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, original_price: { type: "string" }, price: { type: "string" } } });
    for (const fields of [schema, fieldSpecsFromQuery("every product with name, original price and price")]) {
      const former = fields!.find((f) => f.name !== "price" && /price/i.test(f.name))!.name;
      for (const card of Object.values(CARDS)) {
        const rows = rowsOf(card, fields);
        expect(rows.map((r) => r.name)).toEqual(PRODUCTS.map((p) => p.name));
        expect(rows.map((r) => r.price)).toEqual(PRODUCTS.map((p) => p.price));
        // (A card without a former price gives none: never its current price, never another card's.)
        for (const [i, r] of rows.entries()) if (r[former] !== undefined) expect(r[former]).toBe(PRODUCTS[i]!.was);
      }
    }
  });
});
