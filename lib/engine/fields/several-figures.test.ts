import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";
import { severalFiguresCost } from "./several-figures";

describe("severalFiguresCost", () => {
  it("costs a line of several figures, not one figure however it groups its digits", () => {
    expect(["3 beds 2 baths", "1,044 sq ft", "2 baths", "12.5 km"].map(severalFiguresCost)).toEqual([0.2, 0, 0, 0]);
  });

  it("lets a fact's own element, not the short line of facts around it, fill a text field its word names", () => {
    const doc = parseHtml(
      `<div>${[
        ["Lake cabin", "2 beds", "1 bath"],
        ["Hill lodge", "4 beds", "3 baths"],
        ["Town flat", "1 bed", "1 bath"],
      ]
        .map(([name, beds, baths]) => `<div class="stay"><h3>${name}</h3><p class="facts"><span>${beds}</span> <span>${baths}</span></p></div>`)
        .join("")}</div>`,
    );
    const rows = extractRows(region(doc, byClass("stay")), { pageUrl: "https://stays.example/", fields: fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, baths: { type: "string" } } }), q: "" });
    expect(rows.map((r) => r.row.baths)).toEqual(["1 bath", "3 baths", "1 bath"]);
  });
});
