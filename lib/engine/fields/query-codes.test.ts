import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromQuery } from "./query";
import { byClass, region } from "./testing";

const brief = (q: string) => fieldSpecsFromQuery(q)?.map((f) => [f.name, f.type]) ?? null;

describe("numbers that name something, in a query", () => {
  it("types a catalogue's and a timetable's numbers as text, and counts as counts", () => {
    expect(brief("every book with title, call number, catalogue number and number of copies")).toEqual([
      ["title", "string"],
      ["callNumber", "string"],
      ["catalogueNumber", "string"],
      ["numberOfCopies", "integer"],
    ]);
    expect(brief("every connection with train number, platform no and seat number")).toEqual([
      ["trainNumber", "string"],
      ["platformNo", "string"],
      ["seatNumber", "string"],
    ]);
  });

  it("reads a call number as the catalogue writes it, not as a number taken from anywhere", () => {
    const q = "every book with title, ISBN and call number";
    const doc = parseHtml(
      `<section>${[
        ["The Uninhabitable Earth", "9780241355213", "363.73874 WAL"],
        ["Klimawandel", "3-406-72243-1", "551.6 RAH"],
        ["The ministry for the future", "9780316300155", "FIC ROB"],
      ]
        .map(([t, isbn, call], i) => `<div class="result-item"><h3><a href="/record/${i}">${t}</a></h3><dl class="meta"><dt>ISBN</dt><dd>${isbn}</dd><dt>Call number</dt><dd>${call}</dd></dl></div>`)
        .join("")}</section>`,
    );
    const rows = extractRows(region(doc, byClass("result-item")), { pageUrl: "https://library.example/search", fields: fieldSpecsFromQuery(q), q }).map((r) => r.row);
    expect(rows.map((r) => r.callNumber)).toEqual(["363.73874 WAL", "551.6 RAH", "FIC ROB"]);
  });
});
