import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { rowsFromJsonLd } from "./jsonld";
import { fieldSpecsFromSchema } from "./spec";

const page = (...blocks: unknown[]) =>
  parseHtml(`<html><head>${blocks.map((b) => `<script type="application/ld+json">${typeof b === "string" ? b : JSON.stringify(b)}</script>`).join("")}</head><body><p>x</p></body></html>`);

describe("rowsFromJsonLd", () => {
  it("fills list fields with every value, and reads e-mail addresses written as mailto: links", () => {
    const list = (items: object) => ({ type: "array", items });
    const fields = fieldSpecsFromSchema({
      type: "object",
      properties: { name: { type: "string" }, images: list({ type: "string", format: "uri" }), authors: list({ type: "string" }), keywords: list({ type: "string" }), email: { type: "string", format: "email" } },
    });
    const books = [1, 2].map((i) => ({
      "@type": "Book",
      name: `Book ${i}`,
      image: [`/b${i}a.jpg`, `/b${i}b.jpg`],
      author: [{ "@type": "Person", name: "Ann" }, { "@type": "Person", name: "Bob" }],
      keywords: "red, blue, green",
      email: `mailto:b${i}@x.com`,
    }));
    expect(rowsFromJsonLd(page(books), { pageUrl: "https://shop.example/", fields }).map((r) => r.row)).toEqual(
      [1, 2].map((i) => ({ name: `Book ${i}`, images: [`https://shop.example/b${i}a.jpg`, `https://shop.example/b${i}b.jpg`], authors: ["Ann", "Bob"], keywords: ["red", "blue", "green"], email: `b${i}@x.com` })),
    );
  });

  it("reads each end of a salary range into the field that names it", () => {
    const job = (title: string, min: number, max: number) => ({ "@type": "JobPosting", title, baseSalary: { "@type": "MonetaryAmount", currency: "USD", value: { "@type": "QuantitativeValue", minValue: min, maxValue: max, unitText: "YEAR" } } });
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, salaryMin: { type: "number" }, salaryMax: { type: "number" } } });
    const rows = rowsFromJsonLd(page({ "@graph": [job("Engineer", 57000, 102000), job("Analyst", 40000, 55000)] }), { pageUrl: "https://jobs.example/", fields });
    expect(rows.map((r) => r.row)).toEqual([
      { title: "Engineer", salaryMin: 57000, salaryMax: 102000 },
      { title: "Analyst", salaryMin: 40000, salaryMax: 55000 },
    ]);
    // The path names the end of the range that was read.
    expect(rows[0]!.fields).toEqual({ title: { jsonld: "title" }, salaryMin: { jsonld: "baseSalary.value.minValue" }, salaryMax: { jsonld: "baseSalary.value.maxValue" } });
  });

  it("splits people written as one text into a list's items, and keeps the text whole for a single field", () => {
    const str = { type: "string" };
    const authors = ["Ann Lee, Bob Stone", "Smith, John", "Cy Twombly & Dee Rao; Eve Ng"];
    const books = authors.map((author, n) => ({ "@type": "Book", name: `Book ${n}`, author }));
    const names = (schema: object) => rowsFromJsonLd(page(books), { pageUrl: "https://books.example/", fields: fieldSpecsFromSchema({ type: "object", properties: { name: str, ...schema } }) }).map((r) => r.row);
    expect(names({ authors: { type: "array", items: str } }).map((r) => r.authors)).toEqual([["Ann Lee", "Bob Stone"], ["Smith, John"], ["Cy Twombly", "Dee Rao", "Eve Ng"]]);
    expect(names({ authors: { type: "array", items: { type: "object", properties: { name: str, url: { type: "string", format: "uri" } } } } }).map((r) => r.authors)).toEqual([
      [{ name: "Ann Lee" }, { name: "Bob Stone" }],
      [{ name: "Smith, John" }],
      [{ name: "Cy Twombly" }, { name: "Dee Rao" }, { name: "Eve Ng" }],
    ]);
    expect(names({ author: str }).map((r) => r.author)).toEqual(authors);
  });

  it("reads a www. address in JSON-LD as the site it names, and other values against the page", () => {
    const list = { "@context": "https://schema.org", "@type": "ItemList", itemListElement: [1, 2, 3].map((n) => ({ "@type": "ListItem", position: n, item: { "@type": "Product", name: `P${n}`, url: n === 1 ? "www.shop.example/p1" : n === 2 ? "p2.html" : "//cdn.example/p3" } })) };
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, url: { type: "string", format: "uri" } } });
    expect(rowsFromJsonLd(page(list), { pageUrl: "https://other.example/list/", fields }).map((r) => r.row.url)).toEqual([
      "https://www.shop.example/p1",
      "https://other.example/list/p2.html",
      "https://cdn.example/p3",
    ]);
  });

  it("reads a link written with a user name and password as the resource it names, without them", () => {
    const list = { "@context": "https://schema.org", "@type": "ItemList", itemListElement: [1, 2].map((n) => ({ "@type": "ListItem", position: n, item: { "@type": "Product", name: `P${n}`, url: `https://alice:s3cret@shop.example/p${n}`, image: `//bob:pw@cdn.example/p${n}.jpg` } })) };
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, url: { type: "string", format: "uri" }, image: { type: "string", format: "uri" } } });
    expect(rowsFromJsonLd(page(list), { pageUrl: "https://shop.example/list/", fields }).map((r) => r.row)).toEqual([1, 2].map((n) => ({ name: `P${n}`, url: `https://shop.example/p${n}`, image: `https://cdn.example/p${n}.jpg` })));
    // And the columns inferred without fields.
    expect(rowsFromJsonLd(page(list), { pageUrl: "https://shop.example/list/", fields: null }).map((r) => [r.row.url, r.row.image])).toEqual([1, 2].map((n) => [`https://shop.example/p${n}`, `https://cdn.example/p${n}.jpg`]));
  });

  it("reads no member every object inherits ('constructor', 'toString') as a value", () => {
    const products = [1, 2].map((n) => ({ "@context": "https://schema.org", "@type": "Product", name: `P${n}`, author: [{ name: `A${n}` }] }));
    const fields = fieldSpecsFromSchema({
      type: "object",
      properties: { name: { type: "string" }, constructor: { type: "string" }, valueOf: { type: ["string", "null"] }, authors: { type: "array", items: { type: "object", properties: { name: { type: "string" }, toString: { type: "string" } } } } },
    });
    expect(rowsFromJsonLd(page(products), { pageUrl: "https://shop.example/", fields }).map((r) => r.row)).toEqual([
      { name: "P1", valueOf: null, authors: [{ name: "A1" }] },
      { name: "P2", valueOf: null, authors: [{ name: "A2" }] },
    ]);
  });
});
