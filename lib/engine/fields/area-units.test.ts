import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";
import { areaUnitsAsOne } from "./area-units";

/** Listings whose floor area is written with its unit in two words, each a little differently. */
const listings = parseHtml(
  `<ul>${[
    ["£310,000", "2 bed cottage", "2 beds", "860 sq ft"],
    ["£455,000", "3 bed house", "3 beds", "1,210 sq. ft."],
    ["£199,000", "1 bed flat", "1 bed", "52 sq m"],
    ["£640,000", "4 bed house", "4 beds", "1,780 square feet"],
  ]
    .map(([price, title, beds, area]) => `<li class="listing"><p class="price">${price}</p><h2>${title}</h2><ul class="facts"><li>${beds}</li><li>${area}</li></ul></li>`)
    .join("")}</ul>`,
);

const read = (properties: Record<string, unknown>) =>
  extractRows(region(listings, byClass("listing")), { pageUrl: "https://homes.example/", fields: fieldSpecsFromSchema({ type: "object", properties }), q: "" }).map((r) => r.row);

describe("floor areas with their unit in words", () => {
  const shown = ["860 sq ft", "1,210 sq. ft.", "52 sq m", "1,780 square feet"];

  it("fill a field named floorArea", () => {
    expect(read({ title: { type: "string" }, floorArea: { type: "string" } }).map((r) => r.floorArea)).toEqual(shown);
  });

  it("fill a field named size, a listing's floor area", () => {
    expect(read({ title: { type: "string" }, size: { type: "string" } }).map((r) => r.size)).toEqual(shown);
  });

  it("give their figure to a number field", () => {
    expect(read({ title: { type: "string" }, area: { type: "number" } }).map((r) => r.area)).toEqual([860, 1210, 52, 1780]);
  });
});

describe("areaUnitsAsOne", () => {
  it("writes each spelling of a unit of area as one word", () => {
    expect(["1,044 sq ft", "1,044 sq. ft.", "97 ft²", "68 sq m", "68 m2", "1,044 square feet", "40 square metres"].map(areaUnitsAsOne)).toEqual([
      "1,044 sqft",
      "1,044 sqft",
      "97 sqft",
      "68 sqm",
      "68 sqm",
      "1,044 sqft",
      "40 sqm",
    ]);
  });

  it("leaves words that only begin like a unit", () => {
    expect(["Square Mile office", "after 3 ftp uploads", "squash court"].map(areaUnitsAsOne)).toEqual(["Square Mile office", "after 3 ftp uploads", "squash court"]);
  });
});
