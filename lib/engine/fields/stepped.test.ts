import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { drainSteps } from "../steps-testing";
import { STRIDE } from "../steps";
import { extractRows } from "./extract";
import { inferRows, inferRowsSteps } from "./infer";
import { listsAcrossPages, listsAcrossPagesSteps } from "./infer-apply";
import { describe as describeColumn, describeSteps } from "./infer-names";
import { rowsFromJsonLd, rowsFromJsonLdSteps } from "./jsonld";
import { numericColumns, numericColumnsSteps } from "./numeric-columns";
import { collectPieces, collectPiecesSteps } from "./pieces";
import { byClass, region } from "./testing";

const N = 600;
const PAGE = "https://shop.example/all";
const card = (i: number) =>
  `<article class="card"><h3><a href="/p/${i}">Product ${i}</a></h3><p class="price">£${(i % 97) + 0.99}</p><p class="stock">${i % 3 ? "In stock" : "Out of stock"}</p><a class="seller" href="/sellers/${i % 40}">Seller ${i % 40}</a></article>`;
const cards = region(parseHtml(`<main>${Array.from({ length: N }, (_, i) => card(i)).join("")}</main>`), byClass("card"));

describe("fields of a long region, as steps", () => {
  it("collects the pieces a step per record in each pass over the region", () => {
    const { value, steps } = drainSteps(collectPiecesSteps(cards.records, PAGE));
    expect(value).toEqual(collectPieces(cards.records, PAGE));
    // Read, labelled, confirmed, marked constant, marked call to action: each a pass of a step a record.
    expect(steps).toBeGreaterThanOrEqual(6 * N);
  });

  it("infers the columns of a query that names none a step per record, to inferRows' rows", () => {
    const all = collectPieces(cards.records, PAGE);
    const { value, steps } = drainSteps(inferRowsSteps(all, "every product", "shop.example"));
    const straight = inferRows(all, "every product", "shop.example");
    expect(value.rows).toEqual(straight.rows);
    // (Columns carry their readers: functions made anew each time, so compared as data.)
    expect(JSON.stringify(value.columns)).toBe(JSON.stringify(straight.columns));
    expect(value.rows[5]!.row).toEqual({ title: "Product 5", url: "https://shop.example/p/5", price: "£5.99", availability: "In stock", seller: "Seller 5" });
    expect(steps).toBeGreaterThanOrEqual(5 * N);
    // The same rows as the region's extraction reads.
    expect(extractRows(cards, { pageUrl: PAGE, fields: null, q: "every product" }).map((r) => r.row)).toEqual(value.rows.map((r) => r.row));
  });

  it("names a column from all of its pieces, a step every STRIDE pieces per test", () => {
    const prices = collectPieces(cards.records, PAGE).map((rp) => rp.pieces.find((p) => p.text.startsWith("£"))!);
    const { value, steps } = drainSteps(describeSteps(prices, new Set()));
    expect(value.key).toBe("price");
    expect(value.key).toBe(describeColumn(prices, new Set()).key);
    // Rating, then money: two tests over every piece.
    expect(steps).toBeGreaterThanOrEqual(2 * Math.floor(N / STRIDE));
  });

  it("reads a long JSON-LD list an entity a step", () => {
    const items = Array.from({ length: N }, (_, i) => ({ "@type": "Product", name: `Product ${i}`, offers: { "@type": "Offer", price: `${i}.50` } }));
    const doc = parseHtml(`<script type="application/ld+json">${JSON.stringify(items)}</script><p>x</p>`);
    const ctx = { pageUrl: PAGE, fields: null };
    const { value, steps } = drainSteps(rowsFromJsonLdSteps(doc, ctx));
    expect(value).toEqual(rowsFromJsonLd(doc, ctx));
    expect(value).toHaveLength(N);
    expect(value[7]!.row).toMatchObject({ name: "Product 7" });
    expect(steps).toBeGreaterThanOrEqual(N);
  });
});

describe("typing the columns of a long extraction, as steps", () => {
  const rows = () => Array.from({ length: 5 * STRIDE }, (_, i) => ({ n: `${i * 1000}`.replace(/(\d)(?=(\d{3})+$)/g, "$1,"), code: i === 7 ? "007" : `${i}`, tags: i === 3 ? ["a", "b"] : "c" }));

  it("types the plain-number columns, a step every STRIDE values, as numericColumns does", () => {
    const stepped = rows();
    const { steps } = drainSteps(numericColumnsSteps(stepped));
    expect(stepped).toEqual(numericColumns(rows()));
    expect(stepped[1_234]!.n).toBe(1_234_000);
    // One code with a leading zero keeps its column text.
    expect(stepped[8]!.code).toBe("8");
    // Three columns, each read (and the numbers written) in steps.
    expect(steps).toBeGreaterThanOrEqual(3 * 5);
  });

  it("makes a list of every value of a column a page read as a list, a step every STRIDE rows", () => {
    const stepped = rows();
    const { steps } = drainSteps(listsAcrossPagesSteps(stepped));
    expect(stepped).toEqual(listsAcrossPages(rows()));
    expect(stepped[0]!.tags).toEqual(["c"]);
    expect(steps).toBeGreaterThanOrEqual(2 * 5);
  });
});
