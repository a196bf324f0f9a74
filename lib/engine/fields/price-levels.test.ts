import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { planField } from "./plan";
import { fieldSpecsFromQuery } from "./query";
import { byClass, region } from "./testing";

const restaurants = parseHtml(
  `<ul>${[
    ["Taberna da Rua das Flores", "€€", "4.6"],
    ["Belcanto", "€€€€", "4.8"],
    ["O Trevo", "€", "4.1"],
  ]
    .map(([n, level, r], i) => `<li class="biz-card"><h4><a href="/biz/${i}">${n}</a></h4><div class="stars" aria-label="${r} star rating"></div><p class="cats"><span class="price-range">${level}</span> · <a href="/c/${i}">Portuguese</a></p></li>`)
    .join("")}</ul>`,
);

describe("a price level", () => {
  it("is not an amount of money: a level or tier of prices is the symbols the page shows", () => {
    expect(planField({ name: "priceLevel", type: "string", required: false }).kind).toBe("text");
    expect(planField({ name: "price tier", type: "string", required: false }).kind).toBe("text");
    expect(planField({ name: "price range", type: "string", required: false }).kind).toBe("money");
  });

  it("reads a restaurant's price level as written", () => {
    const q = "every restaurant with name, price level and rating";
    const rows = extractRows(region(restaurants, byClass("biz-card")), { pageUrl: "https://eat.example/lisbon", fields: fieldSpecsFromQuery(q), q }).map((r) => r.row);
    expect(rows.map((r) => [r.priceLevel, r.rating])).toEqual([
      ["€€", 4.6],
      ["€€€€", 4.8],
      ["€", 4.1],
    ]);
  });
});

describe("a price range written in symbols", () => {
  it("is read as shown for a text field, and never as an amount", () => {
    const read = (q: string) => extractRows(region(restaurants, byClass("biz-card")), { pageUrl: "https://eat.example/lisbon", fields: fieldSpecsFromQuery(q), q }).map((r) => r.row);
    expect(read("every restaurant with name and price range").map((r) => r.priceRange)).toEqual(["€€", "€€€€", "€"]);
    expect(read("every restaurant with name and price range as a number").every((r) => r.priceRange === undefined)).toBe(true);
  });
});
