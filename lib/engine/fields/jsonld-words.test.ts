import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { rowsFromJsonLd } from "./jsonld";
import { fieldSpecsFromSchema } from "./spec";

const page = (...blocks: unknown[]) =>
  parseHtml(`<html><head>${blocks.map((b) => `<script type="application/ld+json">${typeof b === "string" ? b : JSON.stringify(b)}</script>`).join("")}</head><body><p>x</p></body></html>`);

const jobs = [
  {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: "Backend Engineer",
    url: "https://jobs.example/j/1",
    hiringOrganization: { "@type": "Organization", name: "Acme", url: "https://acme.example", sameAs: "https://social.example/acme", logo: "https://acme.example/logo.png" },
    jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "Berlin", addressCountry: "DE" } },
  },
  {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: "Data Analyst",
    url: "https://jobs.example/j/2",
    hiringOrganization: { "@type": "Organization", name: "Globex" },
    jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "Paris", addressCountry: "FR" } },
  },
];

describe("rowsFromJsonLd", () => {
  it("reads a property of a named entity there or nowhere ('company website', 'location.country')", () => {
    const str = { type: "string" };
    const uri = { type: "string", format: "uri" };
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: str, companyWebsite: uri, "company.name": str, locationCountry: str, "location.city": str } });
    const rows = rowsFromJsonLd(page(jobs), { pageUrl: "https://jobs.example/", fields });
    expect(rows.map((r) => r.row)).toEqual([
      { title: "Backend Engineer", companyWebsite: "https://acme.example/", "company.name": "Acme", locationCountry: "DE", "location.city": "Berlin" },
      // Globex gives no website: not the job's url, and not its name read as a link ("https://jobs.example/Globex").
      { title: "Data Analyst", "company.name": "Globex", locationCountry: "FR", "location.city": "Paris" },
    ]);
    expect(rows[0]!.fields.companyWebsite).toEqual({ jsonld: "hiringOrganization.url" });
  });

  it("reads the first property word after the entity, an entity written as text, and no other property of it", () => {
    const str = { type: "string" };
    const uri = { type: "string", format: "uri" };
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: str, companyLogoUrl: uri, companySize: str, "company.location": str } });
    expect(rowsFromJsonLd(page(jobs), { pageUrl: "https://jobs.example/", fields }).map((r) => r.row)).toEqual([
      // "company location": where the job is, not the company's name; "company size": nothing.
      { title: "Backend Engineer", companyLogoUrl: "https://acme.example/logo.png", "company.location": "Berlin" },
      { title: "Data Analyst", "company.location": "Paris" },
    ]);
    const articles = [1, 2].map((i) => ({ "@type": "Article", headline: `News ${i}`, author: `Jane ${i}`, url: `news-${i}.html`, image: `img/n${i}.jpg` }));
    const more = fieldSpecsFromSchema({ type: "object", properties: { title: str, authorName: str, url: uri, image: uri } });
    expect(rowsFromJsonLd(page(articles), { pageUrl: "https://news.example/list/", fields: more }).map((r) => r.row)).toEqual([
      { title: "News 1", authorName: "Jane 1", url: "https://news.example/list/news-1.html", image: "https://news.example/list/img/n1.jpg" },
      { title: "News 2", authorName: "Jane 2", url: "https://news.example/list/news-2.html", image: "https://news.example/list/img/n2.jpg" },
    ]);
  });

  it("reads a field of several words as the thing its last word names, not as its first word", () => {
    const product = (name: string) => ({
      "@type": "Product",
      name,
      offers: { "@type": "Offer", price: "89.00", priceCurrency: "USD" },
      aggregateRating: { "@type": "AggregateRating", ratingValue: "4.6", reviewCount: "1289" },
    });
    const int = { type: "integer" };
    const str = { type: "string" };
    const products = fieldSpecsFromSchema({ type: "object", properties: { name: str, priceCurrency: str, reviewCount: int, review_count: int, ratingCount: int } });
    const [p] = rowsFromJsonLd(page({ "@type": "ItemList", itemListElement: [product("Lamp"), product("Desk")] }), { pageUrl: "https://shop.example/", fields: products });
    // No rating count is given, and 4.6 (the rating) is not one: left empty, not rounded to 5.
    expect(p!.row).toEqual({ name: "Lamp", priceCurrency: "USD", reviewCount: 1289, review_count: 1289 });
    expect(p!.fields.reviewCount).toEqual({ jsonld: "aggregateRating.reviewCount" });

    const job = (title: string) => ({
      "@type": "JobPosting",
      title,
      datePosted: "2024-05-01",
      validThrough: "2024-06-30",
      baseSalary: { "@type": "MonetaryAmount", currency: "EUR", value: { "@type": "QuantitativeValue", minValue: 70000, maxValue: 90000 } },
      jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "Berlin", addressCountry: "DE" } },
    });
    const date = { type: "string", format: "date" };
    const jobFields = fieldSpecsFromSchema({ type: "object", properties: { title: str, salaryCurrency: str, postedDate: date, closingDate: date, city: str, country: str } });
    const rows = rowsFromJsonLd(page([job("Engineer"), job("Analyst")]), { pageUrl: "https://jobs.example/", fields: jobFields });
    expect(rows[0]!.row).toEqual({ title: "Engineer", salaryCurrency: "EUR", postedDate: "2024-05-01", closingDate: "2024-06-30", city: "Berlin", country: "DE" });

    const event = (name: string) => ({ "@type": "Event", name, startDate: "2024-07-01", endDate: "2024-07-03", location: { "@type": "Place", name: "Town Hall", address: { "@type": "PostalAddress", addressLocality: "Leeds" } } });
    const eventFields = fieldSpecsFromSchema({ type: "object", properties: { name: str, venue: str, city: str, endDate: date } });
    expect(rowsFromJsonLd(page([event("Fair"), event("Expo")]), { pageUrl: "https://events.example/", fields: eventFields })[0]!.row).toEqual({
      name: "Fair",
      venue: "Town Hall",
      city: "Leeds",
      endDate: "2024-07-03",
    });
  });

  it("reads a date its words name or none, and no other word's thing for a last word that is not a measure", () => {
    const book = (name: string, offer: object) => ({ "@type": "Book", name, datePublished: "2020-05-01", offers: { "@type": "Offer", price: "20", priceCurrency: "USD", ...offer } });
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, "price valid until": { type: "string" }, "valid until": { type: "string", format: "date" } } });
    const rows = rowsFromJsonLd(page([book("One", { priceValidUntil: "2025-01-01" }), book("Two", {})]), { pageUrl: "https://books.example/", fields });
    // Not "€2025-01-01" or the price ("$20"); not the date the book was published.
    expect(rows.map((r) => r.row)).toEqual([{ name: "One", "price valid until": "2025-01-01", "valid until": "2025-01-01" }, { name: "Two" }]);

    const job = (title: string, closing: object) => ({ "@type": "JobPosting", title, datePosted: "2024-05-01", baseSalary: { "@type": "MonetaryAmount", currency: "EUR", value: { "@type": "QuantitativeValue", value: 70000 } }, ...closing });
    const jobFields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, "closing date": { type: "string", format: "date" }, "salary per year": { type: "number" } } });
    const jobRows = rowsFromJsonLd(page([job("Engineer", { validThrough: "2024-06-30" }), job("Analyst", {})]), { pageUrl: "https://jobs.example/", fields: jobFields });
    // A rate is the thing before "per"; a job without a closing date has none, not its posting date.
    expect(jobRows.map((r) => r.row)).toEqual([
      { title: "Engineer", "closing date": "2024-06-30", "salary per year": 70000 },
      { title: "Analyst", "salary per year": 70000 },
    ]);
  });

  it("never reads a name as a link", () => {
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, publisher: { type: "string", format: "uri" } } });
    const list = [0, 1].map((i) => ({ "@type": "Article", headline: `News ${i}`, publisher: { "@type": "Organization", name: "Daily" } }));
    expect(rowsFromJsonLd(page(list), { pageUrl: "https://news.example/", fields }).map((r) => r.row)).toEqual([{ title: "News 0" }, { title: "News 1" }]);
  });
});
