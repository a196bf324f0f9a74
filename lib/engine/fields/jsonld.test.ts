import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { rowsFromJsonLd } from "./jsonld";
import { fieldSpecsFromQuery } from "./query";
import { fieldSpecsFromSchema } from "./spec";

const page = (...blocks: unknown[]) =>
  parseHtml(`<html><head>${blocks.map((b) => `<script type="application/ld+json">${typeof b === "string" ? b : JSON.stringify(b)}</script>`).join("")}</head><body><p>x</p></body></html>`);

const itemList = {
  "@context": "https://schema.org",
  "@type": "ItemList",
  itemListElement: [
    { "@type": "ListItem", position: 1, item: { "@type": "Product", name: "Kettle", url: "/p/kettle", offers: { "@type": "Offer", price: "19.99", priceCurrency: "GBP", availability: "https://schema.org/InStock" }, aggregateRating: { ratingValue: "4.5" } } },
    { "@type": "ListItem", position: 2, item: { "@type": "Product", name: "Toaster", url: "/p/toaster", offers: { "@type": "Offer", price: 34.5, priceCurrency: "GBP", availability: "https://schema.org/OutOfStock" } } },
  ],
};

describe("rowsFromJsonLd", () => {
  it("maps an ItemList of products onto fields with schema.org synonyms", () => {
    const fields = fieldSpecsFromQuery("products with title, price, availability, rating and link");
    const rows = rowsFromJsonLd(page(itemList), { pageUrl: "https://shop.example/c/1", fields });
    expect(rows.map((r) => r.row)).toEqual([
      { title: "Kettle", price: "£19.99", availability: "In stock", rating: 4.5, link: "https://shop.example/p/kettle" },
      { title: "Toaster", price: "£34.5", availability: "Out of stock", link: "https://shop.example/p/toaster" },
    ]);
    expect(rows[0]!.xpath).toMatch(/^\/head\[1\]\/script\[1\]$/);
    // Where each value was read in its entity; a field the entity does not have has no source.
    expect(rows[0]!.fields).toEqual({ title: { jsonld: "name" }, price: { jsonld: "offers.price" }, availability: { jsonld: "offers.availability" }, rating: { jsonld: "aggregateRating.ratingValue" }, link: { jsonld: "url" } });
    expect(rows[1]!.fields.rating).toBeUndefined();
  });

  it("reads job postings from a @graph with nested organisation and place", () => {
    const graph = {
      "@graph": [
        { "@type": "WebSite", name: "Jobs" },
        { "@type": "JobPosting", title: "Engineer", hiringOrganization: { "@type": "Organization", name: "Acme" }, jobLocation: { "@type": "Place", address: { addressLocality: "Berlin" } }, datePosted: "2024-03-01" },
        { "@type": "JobPosting", title: "Analyst", hiringOrganization: { "@type": "Organization", name: "Globex" }, jobLocation: { "@type": "Place", address: { addressLocality: "Paris" } }, datePosted: "2024-02-01" },
      ],
    };
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, company: { type: "string" }, location: { type: "string" }, datePosted: { type: "string", format: "date" } } });
    const rows = rowsFromJsonLd(page(graph), { pageUrl: "https://jobs.example/", fields });
    expect(rows.map((r) => r.row)).toEqual([
      { title: "Engineer", company: "Acme", location: "Berlin", datePosted: "2024-03-01" },
      { title: "Analyst", company: "Globex", location: "Paris", datePosted: "2024-02-01" },
    ]);
    // An organisation read for its name says so.
    expect(rows[1]!.fields).toEqual({ title: { jsonld: "title" }, company: { jsonld: "hiringOrganization.name" }, location: { jsonld: "jobLocation.address.addressLocality" }, datePosted: { jsonld: "datePosted" } });
  });

  it("gives nothing when the list does not fill the fields, a single item, breadcrumbs or broken JSON", () => {
    const fields = fieldSpecsFromQuery("people with email, phone, department and photo");
    expect(rowsFromJsonLd(page(itemList), { pageUrl: "https://shop.example/", fields })).toEqual([]);
    expect(rowsFromJsonLd(page({ "@type": "Product", name: "One" }), { pageUrl: "https://x.example/", fields: null })).toEqual([]);
    const crumbs = { "@type": "BreadcrumbList", itemListElement: [{ "@type": "ListItem", name: "Home", item: "/" }, { "@type": "ListItem", name: "Shop", item: "/shop" }] };
    expect(rowsFromJsonLd(page(crumbs, "{ not json"), { pageUrl: "https://x.example/", fields: null })).toEqual([]);
  });

  it("flattens entities when no fields are given", () => {
    const rows = rowsFromJsonLd(page(itemList), { pageUrl: "https://shop.example/", fields: null });
    expect(rows[0]!.row).toMatchObject({ name: "Kettle", url: "https://shop.example/p/kettle", price: "19.99", priceCurrency: "GBP", rating: 4.5 });
    expect(rows[0]!.fields).toMatchObject({ name: { jsonld: "name" }, url: { jsonld: "url" }, price: { jsonld: "offers.price" }, rating: { jsonld: "aggregateRating.ratingValue" } });
  });

  it("reads a list of objects, each property at its own place in each object", () => {
    const str = { type: "string" };
    const books = [1, 2].map((n) => ({
      "@context": "https://schema.org",
      "@type": "Book",
      name: `Book ${n}`,
      url: `/b/${n}`,
      author: n === 1 ? { "@type": "Person", name: "Ann", url: "/a/ann" } : [{ "@type": "Person", name: "Bo", url: "/a/bo" }, { "@type": "Person", url: "/a/anon" }, "Cy", "https://books.example/a/dee"],
    }));
    const fields = fieldSpecsFromSchema({
      type: "object",
      properties: { name: str, authors: { type: "array", items: { type: "object", properties: { name: str, url: { type: "string", format: "uri" } }, required: ["name"] } } },
    });
    const rows = rowsFromJsonLd(page(books), { pageUrl: "https://books.example/list", fields });
    expect(rows.map((r) => r.row)).toEqual([
      { name: "Book 1", authors: [{ name: "Ann", url: "https://books.example/a/ann" }] },
      // The author without a name (required) is left out; one written as text is named so; one
      // written as a link is that page (and, without its required name, left out too).
      { name: "Book 2", authors: [{ name: "Bo", url: "https://books.example/a/bo" }, { name: "Cy" }] },
    ]);
    expect(rows[0]!.fields?.authors).toEqual({ jsonld: "author" });
  });
});
