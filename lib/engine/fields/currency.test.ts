import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { currencyOf } from "./currency";
import { extractRows } from "./extract";
import { fieldSpecsFromQuery } from "./query";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

function rowsOf(html: string, q: string, schema?: Record<string, unknown>) {
  const fields = schema ? fieldSpecsFromSchema(schema) : fieldSpecsFromQuery(q);
  return extractRows(region(parseHtml(`<main>${html}</main>`), byClass("card")), { pageUrl: "https://shop.example/list", fields, q }).map((r) => r.row);
}

describe("a currency field beside the price", () => {
  const card = (name: string, price: string) => `<div class="card"><h3><a href="/p/${name}">${name}</a></h3><p class="price">${price}</p></div>`;

  it("reads the currency from the price's symbol, with the price from the same text", () => {
    const html = card("Alfama", "€ 385.000") + card("Graça", "€ 520.000") + card("Belém", "Price on request");
    const schema = { type: "object", properties: { title: { type: "string" }, price: { type: "number" }, currency: { type: "string" } } };
    expect(rowsOf(html, "every flat", schema)).toEqual([
      { title: "Alfama", price: 385000, currency: "EUR" },
      { title: "Graça", price: 520000, currency: "EUR" },
      { title: "Belém" },
    ]);
    const kyoto = card("Granvia", "US$356") + card("Yachiyo", "US$540") + card("Piece", "US$68");
    expect(rowsOf(kyoto, "every hotel with name, price and price currency").map((r) => [r.price, r.priceCurrency])).toEqual([
      ["US$356", "USD"],
      ["US$540", "USD"],
      ["US$68", "USD"],
    ]);
  });

  it("names a currency only where the symbol names one: not '$' or '¥', nor a text without an amount", () => {
    expect(["€ 385.000", "1 050 €", "US$356", "£26.08", "CHF 1'200", "120 zł", "R$ 99,90"].map(currencyOf)).toEqual(["EUR", "EUR", "USD", "GBP", "CHF", "PLN", "BRL"]);
    expect(["$356", "¥1,200", "€", "EUR", "Euro area"].map(currencyOf)).toEqual([null, null, null, null, null]);
  });

  it("leaves the currency empty, not the price's text, where the symbol names no one currency", () => {
    const job = (name: string, salary: string) => `<div class="card"><h3><a href="/j/${name}">${name}</a></h3><p class="salary">${salary}</p></div>`;
    const html = job("Backend", "€50k–€70k") + job("DevOps", "$45/hr") + job("ML", "$140K - $180K");
    const schema = { type: "object", properties: { title: { type: "string" }, salaryMin: { type: "number" }, salaryCurrency: { type: "string" } } };
    expect(rowsOf(html, "every job", schema)).toEqual([
      { title: "Backend", salaryMin: 50000, salaryCurrency: "EUR" },
      { title: "DevOps", salaryMin: 45 },
      { title: "ML", salaryMin: 140000 },
    ]);
  });
});

describe("a currency beside a number the schema names for no money word", () => {
  it("is read from the number's own text (a project's \"€12,350 raised\")", () => {
    const card = (raised: string, goal: string) => `<div class="card"><h3>Water filters</h3><p><span class="raised"><strong>${raised}</strong> raised</span> <span class="goal">of ${goal} goal</span></p></div>`;
    const html = [card("€12,350", "€40,000"), card("€2,400", "€30,000"), card("£800", "£5,000")].join("");
    const schema = { type: "object", properties: { name: { type: "string" }, raised: { type: "number" }, goal: { type: "number" }, currency: { type: "string" } } };
    expect(rowsOf(html, "every project", schema).map((r) => [r.raised, r.currency])).toEqual([
      [12350, "EUR"],
      [2400, "EUR"],
      [800, "GBP"],
    ]);
  });
});
