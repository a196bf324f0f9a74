import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";
import { parseDateRange } from "./date-ranges";

/**
 * A list of events whose page writes its dates day first: the first event's "23/01/2027" can only
 * be 23 January, so every other "04/01" on the page is the 4th of January too.
 */
const page = (shown: string[]) =>
  parseHtml(
    `<html><body><main>${shown.map((d, i) => `<div class="ev"><h3>Workshop ${i + 1}</h3><span class="when">${d}</span><span class="where">Room ${i + 1}</span></div>`).join("")}</main></body></html>`,
  );

describe("a range of numeric dates", () => {
  const schema = { type: "object", properties: { title: { type: "string" }, startDate: { type: "string", format: "date" }, endDate: { type: "string", format: "date" } } };
  const ends = (shown: string[]) =>
    extractRows(region(page(shown), byClass("ev")), { pageUrl: "https://events.example/", fields: fieldSpecsFromSchema(schema), q: "workshops" }).map((r) => [r.row.startDate, r.row.endDate]);

  it("reads both ends in the page's order of day and month", () => {
    expect(ends(["23/01/2027", "04/01/2027 - 06/01/2027"])[1]).toEqual(["2027-01-04", "2027-01-06"]);
  });

  it("gives the left end the year the right end writes", () => {
    expect(ends(["23/01/2027", "04/01–06/01/2027"])[1]).toEqual(["2027-01-04", "2027-01-06"]);
    // Month first where the page says nothing, as single dates are.
    expect(parseDateRange("04/01–06/01/2027")).toEqual({ start: "2027-04-01", end: "2027-06-01" });
    expect(parseDateRange("04/01–06/01/2027", "date", true)).toEqual({ start: "2027-01-04", end: "2027-01-06" });
    // Two ways of writing are no range of one date written twice.
    expect(parseDateRange("04/01 – 06.01.2027")).toBeNull();
  });
});

describe("a date column inferred in query mode", () => {
  it("reads its numeric dates in the page's order", () => {
    const rows = extractRows(region(page(["23/01/2027", "04/01/2027", "05/02/2027"]), byClass("ev")), { pageUrl: "https://events.example/", fields: null, q: "workshops" }).map((r) => r.row);
    const key = Object.keys(rows[0]!).find((k) => rows[0]![k] === "2027-01-23");
    expect(key).toBeDefined();
    expect(rows.map((r) => r[key!])).toEqual(["2027-01-23", "2027-01-04", "2027-02-05"]);
  });
});

describe("a byline's date inferred in query mode", () => {
  it("reads its numeric date in the page's order", () => {
    const doc = parseHtml(
      `<html><body><main>${["23/01/2027", "04/01/2027", "05/02/2027"].map((d, i) => `<article class="post"><h2><a href="/p/${i}">Post number ${i + 1}</a></h2><p class="byline">By Ana Lopez · ${d}</p></article>`).join("")}</main></body></html>`,
    );
    const rows = extractRows(region(doc, byClass("post")), { pageUrl: "https://blog.example/", fields: null, q: "posts" }).map((r) => r.row);
    expect(rows.map((r) => r.date)).toEqual(["2027-01-23", "2027-01-04", "2027-02-05"]);
  });
});
