import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { splitDateline } from "./datelines";
import { byClass, region } from "./testing";

const story = (n: number, line: string) =>
  `<article class="story"><h2><a href="/s/${n}">Story number ${n} headline</a></h2><p class="meta">${line}</p><p>What happened in story ${n}, told at some length here.</p></article>`;
const rowsFor = (lines: string[], properties?: Record<string, unknown>) =>
  extractRows(region(parseHtml(`<main>${lines.map((l, i) => story(i, l)).join("")}</main>`), byClass("story")), {
    pageUrl: "https://news.example/",
    fields: properties ? fieldSpecsFromSchema({ type: "object", properties }) : null,
    q: "all stories",
  }).map((r) => r.row);
const LINES = ["New York — 12 March 2026", "Leeds — 11 March 2026", "Paris — 9 March 2026"];

describe("datelines", () => {
  it("splits a place and a date apart", () => {
    expect(splitDateline("New York — 12 March 2026")).toEqual({ place: "New York", date: "12 March 2026" });
    expect(splitDateline("LONDON – 3 May 2026")).toEqual({ place: "LONDON", date: "3 May 2026" });
    expect(splitDateline("Leeds - 11 March 2026")).toEqual({ place: "Leeds", date: "11 March 2026" });
  });

  it("leaves a person's name, more than a date, or no date alone", () => {
    expect(splitDateline("Jordan P. — 12 March 2026")).toBeNull();
    expect(splitDateline("Ann Lee — 12 March 2026")).toBeNull();
    expect(splitDateline("Paris — 12 March 2026 — 5 min read")).toBeNull();
    expect(splitDateline("Paris — the city of light")).toBeNull();
    // Among datelines any short name is the place.
    expect(splitDateline("Ann Lee — 12 March 2026", true)).toEqual({ place: "Ann Lee", date: "12 March 2026" });
  });

  it("makes a location column and a date column of an inferred row, not one date column", () => {
    const rows = rowsFor(LINES);
    expect(rows.map((r) => [r.location, r.date])).toEqual([
      ["New York", "2026-03-12"],
      ["Leeds", "2026-03-11"],
      ["Paris", "2026-03-09"],
    ]);
  });

  it("gives a text date field the date as written and a location field the place", () => {
    const rows = rowsFor(LINES, { title: { type: "string" }, date: { type: "string" }, location: { type: "string" } });
    expect(rows.map((r) => [r.date, r.location])).toEqual([
      ["12 March 2026", "New York"],
      ["11 March 2026", "Leeds"],
      ["9 March 2026", "Paris"],
    ]);
  });
});
