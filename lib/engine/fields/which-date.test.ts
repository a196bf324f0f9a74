import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromQuery } from "./query";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

/** A procurement portal's notices: each date labelled, the closing date before the published one. */
const notices = parseHtml(
  `<div>${[
    ["Cleaning services", "15 January 2027, 12pm", "20 November 2026"],
    ["Highway maintenance", "8 December 2026, 5pm", "18 November 2026"],
    ["School catering", "19 December 2026", "29 November 2026"],
  ]
    .map(
      ([title, closing, published], i) =>
        `<div class="search-result"><h2><a href="/notice/${i}">${title}</a></h2>` +
        `<div class="entry"><strong>Closing:</strong> ${closing}</div><div class="entry"><strong>Published:</strong> ${published}</div></div>`,
    )
    .join("")}</div>`,
);
const read = (fields: ReturnType<typeof fieldSpecsFromSchema>) =>
  extractRows(region(notices, byClass("search-result")), { pageUrl: "https://tenders.example/search", fields, q: "" }).map((r) => r.row);

describe("a date field that says which date it is", () => {
  it("reads the date its qualifier labels, not one another date word labels (a closing date is not the published one)", () => {
    expect(read(fieldSpecsFromQuery("every tender with title and closing date")!)).toEqual([
      { title: "Cleaning services", closingDate: "2027-01-15" },
      { title: "Highway maintenance", closingDate: "2026-12-08" },
      { title: "School catering", closingDate: "2026-12-19" },
    ]);
  });

  it("gives each of two dates asked together its own", () => {
    const rows = read(fieldSpecsFromSchema({ type: "object", properties: { closingDate: { type: "string", format: "date" }, publishedDate: { type: "string", format: "date" } } }));
    expect(rows).toEqual([
      { closingDate: "2027-01-15", publishedDate: "2026-11-20" },
      { closingDate: "2026-12-08", publishedDate: "2026-11-18" },
      { closingDate: "2026-12-19", publishedDate: "2026-11-29" },
    ]);
  });

  it("still reads a published date by its synonym 'Posted'", () => {
    const posts = parseHtml(`<ul>${["3 May 2026", "9 June 2026"].map((d, i) => `<li class="post"><a href="/p/${i}">Post ${i}</a> <span>Posted: ${d}</span></li>`).join("")}</ul>`);
    const rows = extractRows(region(posts, byClass("post")), { pageUrl: "https://blog.example/", fields: fieldSpecsFromSchema({ type: "object", properties: { publishedDate: { type: "string", format: "date" } } }), q: "" });
    expect(rows.map((r) => r.row)).toEqual([{ publishedDate: "2026-05-03" }, { publishedDate: "2026-06-09" }]);
  });
});
