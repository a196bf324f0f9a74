import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { rowsFromJsonLd } from "./jsonld";
import { flattenObjectFields, nestRow } from "./nested";
import { fieldSpecsFromSchema } from "./spec";

const page = (data: unknown) => parseHtml(`<html><head><script type="application/ld+json">${JSON.stringify(data)}</script></head><body><p>x</p></body></html>`);

/** The rows as the pipeline makes them: object fields flattened to fill, then nested back. */
function rows(data: unknown, schema: Record<string, unknown>) {
  const fields = fieldSpecsFromSchema(schema);
  return rowsFromJsonLd(page(data), { pageUrl: "https://shop.example/", fields: flattenObjectFields(fields) }).map((r) => ({ row: nestRow(r.row, fields), fields: r.fields }));
}

const str = { type: "string" };

describe("object fields from JSON-LD", () => {
  it("reads an object's properties inside the entity its name stands for, or leaves the object out", () => {
    const products = [
      { "@type": "Product", name: "Steel Kettle", brand: { "@type": "Brand", name: "Acme" } },
      { "@type": "Product", name: "Glass Kettle", manufacturer: { "@type": "Organization", name: "Globex", url: "https://globex.example/" } },
      { "@type": "Product", name: "Travel Kettle", brand: "Initech" },
      // No maker at all: not the product's own name or page.
      { "@type": "Product", name: "Tin Kettle", url: "/p/tin" },
    ];
    const got = rows(products, { type: "object", properties: { name: str, maker: { type: "object", properties: { name: str, url: { type: "string", format: "uri" } } } } });
    expect(got.map((r) => r.row)).toEqual([
      { name: "Steel Kettle", maker: { name: "Acme" } },
      { name: "Glass Kettle", maker: { name: "Globex", url: "https://globex.example/" } },
      { name: "Travel Kettle", maker: { name: "Initech" } },
      { name: "Tin Kettle" },
    ]);
    expect(got.map((r) => r.fields["maker.name"])).toEqual([{ jsonld: "brand.name" }, { jsonld: "manufacturer.name" }, { jsonld: "brand" }, undefined]);
  });

  it("reads an object named as its property ('offers'), and its lists, there and nowhere else", () => {
    const products = [1, 2].map((n) => ({ "@type": "Product", name: `P${n}`, keywords: "red, blue", offers: { "@type": "Offer", price: `${n}.50`, priceCurrency: "EUR" } }));
    const schema = { type: "object", properties: { name: str, offers: { type: "object", properties: { price: { type: "number" }, priceCurrency: str, keywords: { type: "array", items: str } } } } };
    expect(rows(products, schema).map((r) => r.row)).toEqual([
      { name: "P1", offers: { price: 1.5, priceCurrency: "EUR" } },
      { name: "P2", offers: { price: 2.5, priceCurrency: "EUR" } },
    ]);
  });

  it("reads a price object's amount and currency in the offer, and a rating object in the aggregate rating", () => {
    const products = [1, 2].map((n) => ({
      "@type": "Product",
      name: `P${n}`,
      offers: { "@type": "Offer", price: `${n}9.99`, priceCurrency: "GBP" },
      aggregateRating: { "@type": "AggregateRating", ratingValue: "4.5", reviewCount: 12 * n },
    }));
    const num = { type: "number" };
    const schema = {
      type: "object",
      properties: { name: str, price: { type: "object", properties: { amount: num, currency: str } }, rating: { type: "object", properties: { value: num, reviewCount: { type: "integer" } } } },
    };
    expect(rows(products, schema).map((r) => r.row)).toEqual([
      { name: "P1", price: { amount: 19.99, currency: "GBP" }, rating: { value: 4.5, reviewCount: 12 } },
      { name: "P2", price: { amount: 29.99, currency: "GBP" }, rating: { value: 4.5, reviewCount: 24 } },
    ]);
  });

  it("reads a company's own place for company.location, not the job's", () => {
    const jobs = [
      { "@type": "JobPosting", title: "Engineer", hiringOrganization: { name: "Acme", address: { addressLocality: "Hamburg" } }, jobLocation: { address: { addressLocality: "Berlin" } } },
      { "@type": "JobPosting", title: "Analyst", hiringOrganization: { name: "Globex" }, jobLocation: { address: { addressLocality: "Paris" } } },
    ];
    const schema = { type: "object", properties: { title: str, company: { type: "object", properties: { name: str, location: str } } } };
    expect(rows(jobs, schema).map((r) => r.row)).toEqual([
      { title: "Engineer", company: { name: "Acme", location: "Hamburg" } },
      { title: "Analyst", company: { name: "Globex" } },
    ]);
  });

  it("reads an object that names no entity in the row's own, but not its name; 'offer' in offers; a rating's count", () => {
    const products = [
      { "@type": "Product", name: "P1", url: "/p/1", offers: { "@type": "Offer", price: "12.50", priceCurrency: "EUR" }, aggregateRating: { ratingValue: "4.2", reviewCount: "31" } },
      { "@type": "Product", name: "P2", url: "/p/2", offers: { "@type": "Offer", price: "8", priceCurrency: "USD" } },
    ];
    const num = { type: "number" };
    const schema = {
      type: "object",
      properties: {
        name: str,
        // "pricing" is no entity: its price and currency are the product's, its name and link are not.
        pricing: { type: "object", properties: { name: str, url: str, price: num, currency: str } },
        offer: { type: "object", properties: { price: num, priceCurrency: str } },
        rating: { type: "object", properties: { value: num, count: { type: "integer" } } },
      },
    };
    expect(rows(products, schema).map((r) => r.row)).toEqual([
      { name: "P1", pricing: { price: 12.5, currency: "EUR" }, offer: { price: 12.5, priceCurrency: "EUR" }, rating: { value: 4.2, count: 31 } },
      { name: "P2", pricing: { price: 8, currency: "USD" }, offer: { price: 8, priceCurrency: "USD" } },
    ]);
  });
});
