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
