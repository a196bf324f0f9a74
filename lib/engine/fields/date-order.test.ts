import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";
import { dayFirstByDates, dayFirstByLang } from "./date-order";

/** The dates of a list of events, on a page with `lang` and an extra line of text. */
const dates = (lang: string | null, extra: string, shown: string[]) =>
  extractRows(
    region(
      parseHtml(
        `<html${lang ? ` lang="${lang}"` : ""}><body><p>${extra}</p><main>${shown.map((d, i) => `<div class="ev"><h3>Event ${i + 1}</h3><span class="date">${d}</span></div>`).join("")}</main></body></html>`,
      ),
      byClass("ev"),
    ),
    { pageUrl: "https://events.example/", fields: fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, date: { type: "string", format: "date" } } }), q: "events" },
  ).map((r) => r.row.date);

describe("an ambiguous numeric date", () => {
  it("is read in the order the page's other dates show", () => {
    expect(dates(null, "", ["04/01/2027", "23/01/2027"])).toEqual(["2027-01-04", "2027-01-23"]);
    expect(dates("en-GB", "Updated 01/23/2027", ["04/01/2027"])).toEqual(["2027-04-01"]);
  });

  it("is read by the page's language where its dates say nothing", () => {
    expect(dates("en-GB", "", ["04/01/2027", "05/02/2027"])).toEqual(["2027-01-04", "2027-02-05"]);
    expect(dates("de", "", ["04/01/2027"])).toEqual(["2027-01-04"]);
    expect(dates("en-US", "", ["04/01/2027"])).toEqual(["2027-04-01"]);
    expect(dates(null, "", ["04/01/2027"])).toEqual(["2027-04-01"]);
  });
});

describe("dayFirstByDates / dayFirstByLang", () => {
  it("say nothing when the evidence disagrees or is missing", () => {
    expect(dayFirstByDates("13/02/2026 and 02/13/2026")).toBeUndefined();
    expect(dayFirstByDates("version 1.2.3, 2026-02-13")).toBeUndefined();
    expect(dayFirstByLang("en")).toBeUndefined();
    expect(dayFirstByLang("en-CA")).toBeUndefined();
    expect(dayFirstByLang("ja")).toBeUndefined();
    expect(dayFirstByLang("en-AU")).toBe(true);
    expect(dayFirstByLang("fr-CA")).toBe(true);
    expect(dayFirstByLang("en-us")).toBe(false);
  });
});
