import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";
import { readsAsTravellerType } from "./traveller-types";

describe("readsAsTravellerType", () => {
  it("reads who the guest travelled with", () => {
    expect(readsAsTravellerType("Couple")).toBe(true);
    expect(readsAsTravellerType("Solo traveller")).toBe(true);
    expect(readsAsTravellerType("Family with young children")).toBe(true);
    expect(readsAsTravellerType("Traveled on business")).toBe(true);
  });

  it("reads no room, stay or sentence as one", () => {
    expect(readsAsTravellerType("Studio")).toBe(false);
    expect(readsAsTravellerType("3 nights")).toBe(false);
    expect(readsAsTravellerType("A couple of issues with the wifi")).toBe(false);
  });
});

describe("a review's traveller type shown beside an icon, or as the icon's name", () => {
  const review = (name: string, type: string) =>
    `<li class="review"><span class="guest">${name}</span><ul class="info"><li><svg class="icon -iconset-bed" aria-hidden="true"></svg><div class="body">Studio</div></li><li>${type}</li></ul><p class="text">Lovely stay.</p></li>`;
  const html = `<ul>${review("Hannah", '<svg class="icon -iconset-group" aria-hidden="true"></svg><div class="body">Couple</div>')}${review("Jean", '<svg class="icon -iconset-group" aria-hidden="true"></svg><div class="body">Solo traveller</div>')}${review("Priya", '<svg class="icon -iconset-group" aria-hidden="true"></svg><div class="body">Family</div>')}</ul>`;

  it("gives the traveller type the words, whichever element holds them", () => {
    const fields = fieldSpecsFromSchema({ type: "object", properties: { reviewer: { type: "string" }, travellerType: { type: "string" } } });
    const rows = extractRows(region(parseHtml(html), byClass("review")), { pageUrl: "https://stay.example/", fields, q: "every review" }).map((r) => r.row);
    expect(rows.map((r) => r.travellerType)).toEqual(["Couple", "Solo traveller", "Family"]);
  });

  it("reads an icon's name when the icon stands alone", () => {
    const icons = `<ul>${review("Hannah", '<i class="icon-group" title="Couple"></i>')}${review("Jean", '<i class="icon-group" title="Solo traveller"></i>')}${review("Priya", '<i class="icon-group" title="Family"></i>')}</ul>`;
    const fields = fieldSpecsFromSchema({ type: "object", properties: { reviewer: { type: "string" }, travellerType: { type: "string" } } });
    const rows = extractRows(region(parseHtml(icons), byClass("review")), { pageUrl: "https://stay.example/", fields, q: "every review" }).map((r) => r.row);
    expect(rows.map((r) => r.travellerType)).toEqual(["Couple", "Solo traveller", "Family"]);
  });
});
