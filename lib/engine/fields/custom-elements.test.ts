import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { findRecords } from "../records";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { region } from "./testing";

const coffee = (sku: string, price: string, rating: string, slug: string, title: string, origin: string) =>
  `<product-card sku="${sku}" price="${price}" rating="${rating}" href="/products/${slug}" loading="lazy" featured><img slot="image" src="/img/${slug}.jpg" alt=""><span slot="title">${title}</span><span slot="origin">${origin}</span></product-card>`;
const PAGE = `<html><body><header><a href="/">Store</a> <a href="/cart">Cart</a></header><main><h1>Coffee</h1><product-grid>${[
  coffee("CF-001", "12.99", "4.6", "ethiopia", "Ethiopia Yirgacheffe", "Ethiopia"),
  coffee("CF-002", "14.50", "4.8", "colombia", "Colombia Huila", "Colombia"),
  coffee("CF-003", "11.00", "4.2", "brazil", "Brazil Santos", "Brazil"),
  coffee("CF-004", "16.75", "4.9", "kenya", "Kenya AA", "Kenya"),
].join("")}</product-grid></main><footer><a href="/about">About</a></footer></body></html>`;

describe("a web component's data", () => {
  it("is read from its attributes and the slots its children fill", () => {
    const doc = parseHtml(PAGE);
    const cards = region(doc, (el) => el.tagName === "product-card");
    const properties = { name: { type: "string" }, price: { type: "number" }, rating: { type: "number" }, origin: { type: "string" }, sku: { type: "string" }, url: { type: "string", format: "uri" } };
    const rows = extractRows(cards, { pageUrl: "https://store.example/coffee", fields: fieldSpecsFromSchema({ type: "object", properties }), q: "every coffee" }).map((r) => r.row);
    expect(rows[0]).toMatchObject({ name: "Ethiopia Yirgacheffe", price: 12.99, rating: 4.6, origin: "Ethiopia", sku: "CF-001", url: "https://store.example/products/ethiopia" });
    expect(rows.map((r) => r.url)).toEqual(["ethiopia", "colombia", "brazil", "kenya"].map((s) => `https://store.example/products/${s}`));
  });

  it("lets the query's words vouch for a short list of them", () => {
    const found = findRecords(parseHtml(PAGE), { q: "every coffee with name, price, rating, origin and url" });
    expect(found?.records.map((r) => r[0]!.tagName)).toEqual(["product-card", "product-card", "product-card", "product-card"]);
  });

  it("is no attribute about layout or behaviour, and nothing of a built-in element", () => {
    const doc = parseHtml(`<main>${[1, 2, 3].map((n) => `<div class="card" loading="lazy" price="${n}"><video-player theme="dark" width="640" size="large" src="/v/${n}.mp4"></video-player><h3>Clip ${n}</h3></div>`).join("")}</main>`);
    const properties = { title: { type: "string" }, theme: { type: "string" }, size: { type: "string" }, price: { type: "string" } };
    const rows = extractRows(region(doc, (el) => el.tagName === "div"), { pageUrl: "https://v.example/", fields: fieldSpecsFromSchema({ type: "object", properties }), q: "clips" }).map((r) => r.row);
    expect(rows.map((r) => [r.title, r.theme, r.size, r.price])).toEqual([1, 2, 3].map((n) => [`Clip ${n}`, undefined, undefined, undefined]));
  });
});
