import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { parseDayMonth } from "./dates";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

describe("parseDayMonth", () => {
  it("reads the month and day of a date written without its year, in the page's language", () => {
    expect(parseDayMonth("28 nov.")).toEqual({ mo: 11, d: 28 });
    expect(parseDayMonth("Nov 28")).toEqual({ mo: 11, d: 28 });
    expect(parseDayMonth("28. November")).toEqual({ mo: 11, d: 28 });
    expect(parseDayMonth("mar. 3")).toEqual({ mo: 3, d: 3 });
    expect(parseDayMonth("12. Dezember")).toEqual({ mo: 12, d: 12 });
    expect(parseDayMonth("Sat 28 Nov")).toEqual({ mo: 11, d: 28 });
    expect(parseDayMonth("29 Feb")).toEqual({ mo: 2, d: 29 });
  });

  it("reads no day in a text that holds more, a day no month has, or a full date", () => {
    for (const text of ["Nov 31", "28 nov. 2026", "May the force be with you", "Room 28 nov", "March 3 at the Royal Albert Hall"]) expect(parseDayMonth(text), text).toBeNull();
  });
});

describe("extractRows: a date written without its year", () => {
  const card = (title: string, when: string, extra = "") => `<div class="event"><h3><a href="/e/${title.length}">${title}</a></h3><span class="when">${when}</span>${extra}<p>An evening of music with enough words in it to read as a description.</p></div>`;
  const events = (cards: string, footer = "") => parseHtml(`<main><h1>Concerts</h1><div>${cards}</div><footer>${footer}</footer></main>`);
  const read = (doc: ReturnType<typeof parseHtml>, date: Record<string, unknown>) =>
    extractRows(region(doc, byClass("event")), { pageUrl: "https://events.example/", fields: fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, date } }), q: "" }).map((r) => r.row.date);
  const three = card("Spring Gala", "28 nov.") + card("Jazz at Midnight", "Dec 3") + card("Chamber Music", "12. Dezember");

  it("format date: takes the year from the page's copyright when nothing nearer gives one", () => {
    expect(read(events(three, "© 2026 City Concerts"), { type: "string", format: "date" })).toEqual(["2026-11-28", "2026-12-03", "2026-12-12"]);
    expect(read(events(three, "© 2026 City Concerts"), { type: "string", format: "date-time" })).toEqual(["2026-11-28T00:00:00Z", "2026-12-03T00:00:00Z", "2026-12-12T00:00:00Z"]);
  });

  it("format date: takes the year from a full date in the same record first, then the page's full dates", () => {
    const cards = card("Spring Gala", "28 nov.", "<small>Announced 2 Oct 2025</small>") + card("Jazz at Midnight", "Dec 3") + card("Chamber Music", "12. Dezember");
    expect(read(events(cards, "Last updated 1 Oct 2025 · © 2026 City Concerts"), { type: "string", format: "date" })).toEqual(["2025-11-28", "2025-12-03", "2025-12-12"]);
  });

  it("format date: leaves the value out when the page states no year, rather than invent one", () => {
    expect(read(events(three, "City Concerts"), { type: "string", format: "date" })).toEqual([undefined, undefined, undefined]);
  });

  it("plain string: keeps the year-less date as written", () => {
    expect(read(events(three, "City Concerts"), { type: "string" })).toEqual(["28 nov.", "Dec 3", "12. Dezember"]);
  });
});
