import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { byClass, fixture, region } from "./testing";

const rowsOf = (r: ReturnType<typeof extractRows>) => r.map((x) => x.row);

describe("extractRows without fields", () => {
  it("infers a clean, stable shape from the record template", () => {
    const doc = fixture("fields-products.html");
    const rows = rowsOf(extractRows(region(doc, byClass("product_pod")), { pageUrl: "https://books.example/", fields: null, q: "all books" }));
    expect(rows[0]).toEqual({
      title: "A Light in the Attic",
      url: "https://books.example/catalogue/a-light-in-the-attic_1000/index.html",
      image: "https://books.example/media/cache/a.jpg",
      rating: 3,
      price: "£51.77",
      availability: "In stock",
    });
    const keys = new Set(rows.map((r) => Object.keys(r).sort().join(",")));
    expect(keys.size).toBe(1);
  });

  it("makes no column of single star glyphs: the rating reads the whole row of stars", () => {
    const stars = (n: number) => [1, 2, 3, 4, 5].map((i) => (i <= n ? `<span class="star filled">★</span>` : `<span class="star">☆</span>`)).join("\n");
    const book = ([title, price, stock, n]: [string, string, string, number], i: number) =>
      `<li class="product-li"><a class="product-link" href="/product/${i}">${title}</a><p class="mb-0">${price}</p><p class="mb-0">${stock}</p><div class="rating">${stars(n)}</div></li>`;
    const books: [string, string, string, number][] = [
      ["A Summer In Europe", "£44.34", "In stock", 2],
      ["1,000 Places to See", "£26.08", "In stock", 5],
      ["The Great Railway Bazaar", "£30.54", "Out of stock", 1],
      ["Under the Tuscan Sun", "£37.33", "Out of stock", 3],
      ["A Year in Provence", "£56.88", "In stock", 4],
    ];
    const doc = parseHtml(`<ol id="products">${books.map(book).join("")}</ol>`);
    const rows = rowsOf(extractRows(region(doc, byClass("product-li")), { pageUrl: "https://shop.example/category/2", fields: null, q: "books" }));
    expect(rows.map((r) => r.rating)).toEqual([2, 5, 1, 3, 4]);
    expect(rows[0]).toEqual({ title: "A Summer In Europe", url: "https://shop.example/product/0", price: "£44.34", availability: "In stock", rating: 2 });
    expect(rows.some((r) => Object.values(r).some((v) => typeof v === "string" && /^[★☆\s]+$/.test(v)))).toBe(false);
  });

  it("names people by name and labelled values by their label", () => {
    const doc = fixture("fields-jobs.html");
    const rows = rowsOf(extractRows(region(doc, byClass("job")), { pageUrl: "https://jobs.example/", fields: null, q: "open jobs" }));
    expect(rows[0]).toMatchObject({ title: "Backend Engineer", url: "https://jobs.example/jobs/101", company: "Acme Corp", location: "Berlin, Germany" });
    const team = rowsOf(extractRows(region(fixture("fields-team.html"), byClass("member")), { pageUrl: "https://acme.example/", fields: null, q: "the team" }));
    expect(team[0]).toMatchObject({ name: "Ada Lovelace", url: "https://acme.example/about/people/ada-lovelace", role: "Chief Engineer" });
  });
});
