import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

/**
 * A saved page's "2 days ago" is two days before the page was written, which the page does not say;
 * the machine's clock would date it the day the page is read, a different answer every day.
 */
const posts = (when: string[], date: Record<string, unknown>) =>
  extractRows(
    region(
      parseHtml(`<main>${when.map((w, i) => `<article class="post"><h2><a href="/p/${i}">Release notes ${i + 1}</a></h2><span class="posted">${w}</span></article>`).join("")}</main>`),
      byClass("post"),
    ),
    { pageUrl: "https://blog.example/", fields: fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, posted: date } }), q: "posts" },
  ).map((r) => r.row.posted);

describe("a relative date", () => {
  it("is left out of a typed date field rather than dated by the clock", () => {
    expect(posts(["2 days ago", "yesterday", "3 weeks ago"], { type: "string", format: "date" })).toEqual([undefined, undefined, undefined]);
    expect(posts(["Today 09:15", "5 hours ago"], { type: "string", format: "date-time" })).toEqual([undefined, undefined]);
  });

  it("is kept as written in a plain string field", () => {
    expect(posts(["2 days ago", "yesterday"], { type: "string" })).toEqual(["2 days ago", "yesterday"]);
  });

  it("takes the date the page carries with it (<time datetime>)", () => {
    const shown = ['<time datetime="2027-01-04T10:00:00Z">2 days ago</time>', '<time datetime="2027-01-05">yesterday</time>'];
    expect(posts(shown, { type: "string", format: "date" })).toEqual(["2027-01-04", "2027-01-05"]);
  });

  it("leaves a written date read as before", () => {
    expect(posts(["4 January 2027", "Jan 5, 2027"], { type: "string", format: "date" })).toEqual(["2027-01-04", "2027-01-05"]);
  });
});
