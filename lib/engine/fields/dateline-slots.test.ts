import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromQuery } from "./query";
import { splitDateline } from "./datelines";
import { byClass, region } from "./testing";

const story = (n: number, line: string) =>
  `<article class="story"><h2><a href="/s/${n}">Story number ${n} headline</a></h2><p class="byline">${line}</p><p>What happened in story ${n}, told at some length here.</p></article>`;
/** Stories whose byline element holds a dateline or a byline; the page's footer gives the year. */
function rowsFor(lines: string[], q: string) {
  const doc = parseHtml(`<main>${lines.map((l, i) => story(i, l)).join("")}</main><footer>© 2026 News Example</footer>`);
  return extractRows(region(doc, byClass("story")), { pageUrl: "https://news.example/", fields: fieldSpecsFromQuery(q), q }).map((r) => r.row);
}
const DATELINES = ["New York — 12 March", "Buenos Aires — 3 May", "London — 1 May", "Cape Town — 30 April"];

describe("splitDateline: a date without its year", () => {
  it("splits a place from this year's day", () => {
    expect(splitDateline("New York — 12 March")).toEqual({ place: "New York", date: "12 March" });
    expect(splitDateline("Buenos Aires — 3 May", true)).toEqual({ place: "Buenos Aires", date: "3 May" });
    // Alone, a two-word place is shaped like a person's name.
    expect(splitDateline("Buenos Aires — 3 May")).toBeNull();
  });
});

describe("a slot of datelines in byline elements", () => {
  it("gives no author, and each story its place, two-word places too, and its date", () => {
    const rows = rowsFor(DATELINES, "every story with title, author, date and location");
    expect(rows.map((r) => [r.author, r.location, r.date])).toEqual([
      [undefined, "New York", "2026-03-12"],
      [undefined, "Buenos Aires", "2026-05-03"],
      [undefined, "London", "2026-05-01"],
      [undefined, "Cape Town", "2026-04-30"],
    ]);
  });

  it("is read as a location column and a date column, dated by the page's year", () => {
    const rows = rowsFor(DATELINES, "every story");
    expect(rows.map((r) => [r.location, r.date, r.author])).toEqual([
      ["New York", "2026-03-12", undefined],
      ["Buenos Aires", "2026-05-03", undefined],
      ["London", "2026-05-01", undefined],
      ["Cape Town", "2026-04-30", undefined],
    ]);
  });

  it("tells a dateline from the bylines that say who with a By", () => {
    const lines = ["Buenos Aires — 3 May", "By Ana Gómez — 2 May", "Hong Kong — 1 May", "By Li Wei — 30 April"];
    const rows = rowsFor(lines, "every story with title, author and location");
    expect(rows.map((r) => [r.author, r.location])).toEqual([
      [undefined, "Buenos Aires"],
      ["Ana Gómez", undefined],
      [undefined, "Hong Kong"],
      ["Li Wei", undefined],
    ]);
    expect(rowsFor(lines, "every story").map((r) => [r.author, r.date])).toEqual([
      [undefined, "2026-05-03"],
      ["Ana Gómez", "2026-05-02"],
      [undefined, "2026-05-01"],
      ["Li Wei", "2026-04-30"],
    ]);
  });
});
