import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromQuery } from "./query";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, fixture, region } from "./testing";

const rowsOf = (r: ReturnType<typeof extractRows>) => r.map((x) => x.row);

describe("extractRows with fields", () => {
  it("a price's currency is not an amount: 'price currency' reads the currency, not the price", () => {
    const cards = [1, 2, 3]
      .map((i) => `<div class="product"><h3><a href="/p/${i}">Lamp model ${i}</a></h3><span class="price">${30 + i}.01</span> <span class="currency">GBP</span></div>`)
      .join("");
    const doc = parseHtml(`<html><body><main><div class="grid">${cards}</div></main></body></html>`);
    const q = "every product with name, price and price currency";
    const rows = rowsOf(extractRows(region(doc, byClass("product")), { pageUrl: "https://shop.example/", fields: fieldSpecsFromQuery(q), q }));
    expect(rows[0]).toEqual({ name: "Lamp model 1", price: "31.01", priceCurrency: "GBP" });
  });

  it("prices grouped with no-break spaces (a French shop) are read whole", () => {
    const doc = parseHtml(`<ul>${["1\u00a0299,00\u00a0€", "849,90\u00a0€", "12\u202f450\u00a0€"]
      .map((p, i) => `<li class="produit"><a href="/p/${i}">Article ${i}</a><span class="prix">${p}</span></li>`)
      .join("")}</ul>`);
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, price: { type: "number" } } });
    const rows = rowsOf(extractRows(region(doc, byClass("produit")), { pageUrl: "https://boutique.example/", fields, q: "" }));
    expect(rows.map((r) => r.price)).toEqual([1299, 849.9, 12450]);
  });

  it("a salary typed as a number keeps its K suffix: '$90K-$120K' is 90000", () => {
    const doc = fixture("fields-jobs.html");
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, salary: { type: "number" } } });
    const rows = rowsOf(extractRows(region(doc, byClass("job")), { pageUrl: "https://jobs.example/list", fields, q: "" }));
    expect(rows[0]).toEqual({ title: "Backend Engineer", salary: 90000 });
    expect(rows[1]).toEqual({ title: "Data Analyst: Growth", salary: 55000 });
  });

  it("a range's currency or multiplier written on one end belongs to both; 'up to' has no low end", () => {
    const doc = parseHtml(`<ul>${["45.000 – 60.000 €", "$57-102K", "USD 57K to 102K", "Up to $102K", "From £30,000"]
      .map((pay, i) => `<li class="job"><h3>Job ${i}</h3><span class="salary">${pay}</span></li>`)
      .join("")}</ul>`);
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, salaryMin: { type: "number" }, salaryMax: { type: "number" } } });
    const rows = rowsOf(extractRows(region(doc, byClass("job")), { pageUrl: "https://jobs.example/", fields, q: "" }));
    expect(rows.map((r) => [r.salaryMin ?? null, r.salaryMax ?? null])).toEqual([
      [45000, 60000],
      [57000, 102000],
      [57000, 102000],
      [null, 102000],
      [30000, null],
    ]);
  });

  it("a price is the current one, not the former price shown beside it", () => {
    const doc = parseHtml(`<ul>${["Was £60.00 Now £39.01", "RRP £60.00 Our price £39.01", "£12.50"]
      .map((p, i) => `<li class="product"><h3>Book ${i}</h3><p class="price">${p}</p></li>`)
      .join("")}</ul>`);
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, price: { type: "number" } } });
    expect(rowsOf(extractRows(region(doc, byClass("product")), { pageUrl: "https://books.example/", fields, q: "" })).map((r) => r.price)).toEqual([39.01, 39.01, 12.5]);
  });

  it("pence written alone are hundredths of the currency", () => {
    const doc = parseHtml(`<ul>${["99p", "£1.49", "45p"].map((p, i) => `<li class="product"><h3>Sweet ${i}</h3><p class="price">${p}</p></li>`).join("")}</ul>`);
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, price: { type: "number" } } });
    expect(rowsOf(extractRows(region(doc, byClass("product")), { pageUrl: "https://sweets.example/", fields, q: "" })).map((r) => r.price)).toEqual([0.99, 1.49, 0.45]);
  });

  it("the two ends of a range shown as one text fill a min and a max field", () => {
    const doc = fixture("fields-jobs.html");
    const fields = fieldSpecsFromSchema({
      type: "object",
      properties: { title: { type: "string" }, salary_min: { type: "number" }, salary_max: { type: "number" } },
    });
    const rows = rowsOf(extractRows(region(doc, byClass("job")), { pageUrl: "https://jobs.example/list", fields, q: "" }));
    expect(rows[0]).toEqual({ title: "Backend Engineer", salary_min: 90000, salary_max: 120000 });
    // A single figure is both ends.
    expect(rows[1]).toEqual({ title: "Data Analyst: Growth", salary_min: 55000, salary_max: 55000 });
    // As text, each end is shown as the page writes it.
    const shown = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, lowestPay: { type: "string" }, highestPay: { type: "string" } } });
    expect(rowsOf(extractRows(region(doc, byClass("job")), { pageUrl: "https://jobs.example/list", fields: shown, q: "" }))[0]).toEqual({
      title: "Backend Engineer",
      lowestPay: "$90K",
      highestPay: "$120K",
    });
  });
});
