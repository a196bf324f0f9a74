import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { readByline } from "./bylines";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

describe("names written surname first", () => {
  it("keeps the forename after the surname's comma, without a catalogue's years", () => {
    expect(readByline("by Wallace-Wells, David")?.name).toBe("Wallace-Wells, David");
    expect(readByline("by Gates, Bill, 1955-")?.name).toBe("Gates, Bill");
    expect(readByline("by Robinson, Kim Stanley")?.name).toBe("Robinson, Kim Stanley");
    expect(readByline("By O’Brien, M. (ed.)")?.name).toBe("O’Brien, M.");
  });

  it("still ends a name at a comma before an employer, a job or a place", () => {
    expect(readByline("By Ann Lee, Reuters")?.name).toBe("Ann Lee");
    expect(readByline("By Jones, Staff Writer")?.name).toBe("Jones");
    expect(readByline("by Ann Lee, 3 days ago")?.name).toBe("Ann Lee");
  });

  it("gives a library catalogue's author field the whole name", () => {
    const doc = parseHtml(
      `<section>${[
        ["The Uninhabitable Earth", "Wallace-Wells, David", "9780241355213"],
        ["How to avoid a climate disaster", "Gates, Bill, 1955-", "978-0-241-44830-4"],
        ["The ministry for the future", "Robinson, Kim Stanley", "9780316300155"],
      ]
        .map(([t, a, isbn], i) => `<div class="result-item"><h3><a href="/record/${i}">${t}</a></h3><p class="author">by <a href="/search?author=${i}">${a}</a></p><dl><dt>ISBN</dt><dd>${isbn}</dd></dl></div>`)
        .join("")}</section>`,
    );
    const rows = extractRows(region(doc, byClass("result-item")), {
      pageUrl: "https://library.example/search",
      fields: fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, author: { type: "string" }, isbn: { type: "string" } } }),
      q: "",
    }).map((r) => r.row);
    expect(rows.map((r) => r.author)).toEqual(["Wallace-Wells, David", "Gates, Bill", "Robinson, Kim Stanley"]);
  });
});
