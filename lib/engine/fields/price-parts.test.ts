import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";
import { withoutWhichPrice } from "./price-parts";

/** Room offers whose price box holds the former and the current price in parts of their own. */
const offers = parseHtml(
  `<div>${[
    ["Harbour View Hotel", "£180", "£149"],
    ["Old Mill Inn", "£95", "£72"],
    ["Castle Rock Lodge", "£240", "£199"],
  ]
    .map(([name, was, now]) => `<div class="offer"><h3><a href="/h/${name}">${name}</a></h3><div class="price"><span class="strike">was ${was}</span> <span class="current">now ${now}</span> <span>per night</span></div></div>`)
    .join("")}</div>`,
);

const read = (properties: Record<string, unknown>) =>
  extractRows(region(offers, byClass("offer")), { pageUrl: "https://stays.example/", fields: fieldSpecsFromSchema({ type: "object", properties }), q: "" }).map((r) => r.row);

describe("a price box split into a former and a current price", () => {
  it("reads the current price for a price field, not the box's whole text", () => {
    expect(read({ name: { type: "string" }, price: { type: "string" } }).map((r) => r.price)).toEqual(["£149", "£72", "£199"]);
  });

  it("leaves the former price to a field named for it", () => {
    expect(read({ name: { type: "string" }, price: { type: "number" }, wasPrice: { type: "number" } })).toEqual([
      { name: "Harbour View Hotel", price: 149, wasPrice: 180 },
      { name: "Old Mill Inn", price: 72, wasPrice: 95 },
      { name: "Castle Rock Lodge", price: 199, wasPrice: 240 },
    ]);
  });
});

describe("an offer with no former price among offers with one", () => {
  // The current price's element has the place the former price's has in the others.
  const mixed = parseHtml(
    `<div>${[
      ["Harbour View Hotel", "£180", "£149"],
      ["Old Mill Inn", "", "£72"],
      ["Castle Rock Lodge", "£240", "£199"],
    ]
      .map(([name, was, now]) => `<div class="offer"><h3>${name}</h3><div class="price">${was ? `<span class="was">was ${was}</span> ` : ""}<span class="now">${now}</span> <span>per night</span></div></div>`)
      .join("")}</div>`,
  );

  it("gives its one price, classed as the current one, to the price field, not to the former price's", () => {
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, pricePerNight: { type: "string" }, originalPrice: { type: "string" } } });
    expect(extractRows(region(mixed, byClass("offer")), { pageUrl: "https://stays.example/", fields, q: "" }).map((r) => r.row)).toEqual([
      { name: "Harbour View Hotel", pricePerNight: "£149 per night", originalPrice: "£180" },
      { name: "Old Mill Inn", pricePerNight: "£72 per night" },
      { name: "Castle Rock Lodge", pricePerNight: "£199 per night", originalPrice: "£240" },
    ]);
  });
});

describe("withoutWhichPrice", () => {
  it("drops a word that only says which price an amount is", () => {
    expect(["now £95", "Was £120", "Our price: €39.90", "£88"].map(withoutWhichPrice)).toEqual(["£95", "£120", "€39.90", "£88"]);
  });

  it("keeps words that change what the amount means, and words not followed by an amount", () => {
    expect(["From £88", "Offers over £610,000", "Now open"].map(withoutWhichPrice)).toEqual(["From £88", "Offers over £610,000", "Now open"]);
  });
});
