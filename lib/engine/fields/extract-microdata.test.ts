import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { region } from "./testing";

const rowsOf = (r: ReturnType<typeof extractRows>) => r.map((x) => x.row);

describe("extractRows with fields", () => {
  it("microdata: itemprop names the fields, content attributes give values", () => {
    const doc = parseHtml(`<div>${["Kettle|19.99|InStock|4.5", "Toaster|34.50|OutOfStock|3.9"]
      .map((s) => s.split("|"))
      .map(([n, p, a, r]) => `<div itemscope itemtype="https://schema.org/Product"><h2 itemprop="name">${n}</h2><div class="box">Rated <span itemprop="ratingValue">${r}</span></div>
        <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price" content="${p}">$${p}</span><link itemprop="availability" href="https://schema.org/${a}"><span>${a === "InStock" ? "In stock" : "Sold out"}</span></div></div>`)
      .join("")}</div>`);
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, price: { type: "number" }, rating: { type: "number" }, available: { type: "boolean" } } });
    const rows = rowsOf(extractRows(region(doc, (el) => el.attrs.some((a) => a.value === "https://schema.org/Product")), { pageUrl: "https://x.example/", fields, q: "" }));
    expect(rows).toEqual([
      { name: "Kettle", price: 19.99, rating: 4.5, available: true },
      { name: "Toaster", price: 34.5, rating: 3.9, available: false },
    ]);
  });

  it("microdata: values kept in <meta content> and <link href> are read, by their itemprop", () => {
    const doc = parseHtml(`<div>${["Dune|Frank Herbert|412|9780441013593|InStock|1965-08-01", "Emma|Jane Austen|474|9780141439587|OutOfStock|1815-12-23"]
      .map((s) => s.split("|"))
      .map(([n, a, p, i, s, d]) => `<div itemscope itemtype="https://schema.org/Book"><h2 itemprop="name">${n}</h2><link itemprop="url" href="/b/${i}"><meta itemprop="isbn" content="${i}">
        <p>by <span itemprop="author">${a}</span>, <span itemprop="numberOfPages">${p}</span> pages</p><meta itemprop="datePublished" content="${d}">
        <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><link itemprop="availability" href="https://schema.org/${s}"></div></div>`)
      .join("")}</div>`);
    const fields = fieldSpecsFromSchema({
      type: "object",
      properties: { name: { type: "string" }, isbn: { type: "string" }, author: { type: "string" }, url: { type: "string", format: "uri" }, availability: { type: "string" }, published: { type: "string", format: "date" } },
    });
    const books = () => region(doc, (el) => el.attrs.some((a) => a.value === "https://schema.org/Book"));
    const rows = rowsOf(extractRows(books(), { pageUrl: "https://x.example/", fields, q: "" }));
    expect(rows).toEqual([
      { name: "Dune", isbn: "9780441013593", author: "Frank Herbert", url: "https://x.example/b/9780441013593", availability: "In stock", published: "1965-08-01" },
      { name: "Emma", isbn: "9780141439587", author: "Jane Austen", url: "https://x.example/b/9780141439587", availability: "Out of stock", published: "1815-12-23" },
    ]);
    // Unseen, a value is only what its itemprop says: a datePublished is no phone number, though its digits could be one.
    const phone = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, phone: { type: "string" } } });
    expect(rowsOf(extractRows(books(), { pageUrl: "https://x.example/", fields: phone, q: "" }))[0]).toEqual({ name: "Dune" });
  });
});
