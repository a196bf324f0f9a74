import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

/** Property cards whose address is marked only by its tag, as listing sites write it. */
const cards = parseHtml(
  `<ul>${[
    ["£350,000", "2 bed terraced house", "9 Mill Lane, Totterdown, Bristol BS3 4AB"],
    ["£515,000", "3 bed semi-detached house", "41 Oak Avenue, Redland, Bristol BS6 7QT"],
    ["£240,000", "1 bed flat", "Flat 2, 18 Quay Street, Bristol BS1 2JL"],
  ]
    .map(([price, title, address]) => `<li class="card"><div class="price">${price}</div><h2><a href="/p/${price}">${title}</a></h2><address>${address}</address></li>`)
    .join("")}</ul>`,
);

const read = (properties: Record<string, unknown>) =>
  extractRows(region(cards, byClass("card")), { pageUrl: "https://homes.example/bristol", fields: fieldSpecsFromSchema({ type: "object", properties }), q: "" }).map((r) => r.row);

describe("tags that name what they hold", () => {
  it("reads a field named address from an <address> element with no class", () => {
    expect(read({ title: { type: "string" }, address: { type: "string" } }).map((r) => r.address)).toEqual([
      "9 Mill Lane, Totterdown, Bristol BS3 4AB",
      "41 Oak Avenue, Redland, Bristol BS6 7QT",
      "Flat 2, 18 Quay Street, Bristol BS1 2JL",
    ]);
  });

  it("reads a field named location, the address's synonym, from it too", () => {
    expect(read({ title: { type: "string" }, location: { type: "string" } }).map((r) => r.location)).toEqual([
      "9 Mill Lane, Totterdown, Bristol BS3 4AB",
      "41 Oak Avenue, Redland, Bristol BS6 7QT",
      "Flat 2, 18 Quay Street, Bristol BS1 2JL",
    ]);
  });
});
