import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

// A restaurant guide's cards: the price level and the cuisines' links in one unlabelled line.
const place = (slug: string, name: string, level: string, cuisines: string[]) =>
  `<li class="venue"><h4><a href="/biz/${slug}">${name}</a></h4><span class="score">4.5</span>` +
  `<p class="cats"><span class="price-range">${level}</span> · ${cuisines.map((c) => `<a href="/c/${c.toLowerCase()}">${c}</a>`).join(", ")}</p><p class="addr">${name} Street 1</p></li>`;
const html = place("aurora", "Aurora", "€€", ["Italian", "Pizza"]) + place("koi", "Koi", "€€€", ["Japanese"]) + place("pho", "Pho 88", "€", ["Vietnamese", "Noodles"]);
const rowsOf = (properties: Record<string, unknown>) =>
  extractRows(region(parseHtml(`<ul>${html}</ul>`), byClass("venue")), { pageUrl: "https://eat.example/rome", fields: fieldSpecsFromSchema({ type: "object", properties }), q: "restaurants" }).map((r) => r.row);

describe("a field named for the kind of a record's category links", () => {
  it("reads a cuisine from the category links, leaving the price level beside them to its own field", () => {
    const rows = rowsOf({ name: { type: "string" }, cuisine: { type: "string" }, priceLevel: { type: "string" } });
    expect(rows.map((r) => r.cuisine)).toEqual(["Italian, Pizza", "Japanese", "Vietnamese, Noodles"]);
    expect(rows.map((r) => r.priceLevel)).toEqual(["€€", "€€€", "€"]);
  });

  it("reads a list of cuisines as the links, not the price level", () => {
    const rows = rowsOf({ name: { type: "string" }, cuisines: { type: "array", items: { type: "string" } } });
    expect(rows.map((r) => r.cuisines)).toEqual([["Italian", "Pizza"], ["Japanese"], ["Vietnamese", "Noodles"]]);
  });
});
