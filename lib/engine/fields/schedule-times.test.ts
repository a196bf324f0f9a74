import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";
import { parseTimes } from "./schedule-times";

const schema = {
  type: "object",
  properties: { title: { type: "string" }, start: { type: "string", format: "date-time" }, end: { type: "string", format: "date-time" } },
};

/** A session of the grid: its time cell and its title. */
const slot = ([time, title]: [string, string]) => `<div class="slot"><span class="time">${time}</span><h3 class="title">${title}</h3><span class="room">Hall A</span></div>`;

const sessions = (html: string) =>
  extractRows(region(parseHtml(html), byClass("slot")), { pageUrl: "https://conf.example/schedule", fields: fieldSpecsFromSchema(schema), q: "sessions" }).map((r) => [
    r.row.title,
    r.row.start,
    r.row.end,
  ]);

const TUESDAY: [string, string][] = [
  ["09:00–10:30", "Opening keynote"],
  ["11:00 - 12:15", "Type systems in practice"],
];
const WEDNESDAY: [string, string][] = [["9:30 – 11:00 am", "Observability"]];

describe("a schedule grid's times", () => {
  it("take the day of the section heading above them, the end from the span", () => {
    const html = `<h1>DevConf 2027</h1>
      <section class="day"><h2>Tuesday 14 May 2027</h2>${TUESDAY.map(slot).join("")}</section>
      <section class="day"><h2>Wednesday, May 15, 2027</h2>${WEDNESDAY.map(slot).join("")}</section>`;
    expect(sessions(html)).toEqual([
      ["Opening keynote", "2027-05-14T09:00:00Z", "2027-05-14T10:30:00Z"],
      ["Type systems in practice", "2027-05-14T11:00:00Z", "2027-05-14T12:15:00Z"],
      ["Observability", "2027-05-15T09:30:00Z", "2027-05-15T11:00:00Z"],
    ]);
  });

  it("take the day of the tab that labels their panel, not the last tab", () => {
    const html = `<div role="tablist"><button role="tab" id="t1">Tue 14 May 2027</button><button role="tab" id="t2">Wed 15 May 2027</button></div>
      <div role="tabpanel" aria-labelledby="t1">${TUESDAY.map(slot).join("")}</div>
      <div role="tabpanel" aria-labelledby="t2">${WEDNESDAY.map(slot).join("")}</div>`;
    expect(sessions(html).map((r) => r[1])).toEqual(["2027-05-14T09:00:00Z", "2027-05-14T11:00:00Z", "2027-05-15T09:30:00Z"]);
  });

  it("take the day of a table's caption or of a day row in the grid", () => {
    const row = ([time, title]: [string, string]) => `<tr class="slot"><td class="time">${time}</td><td class="title">${title}</td><td>Hall A</td></tr>`;
    const captioned = `<table><caption>Tuesday 14 May 2027</caption>${TUESDAY.map(row).join("")}</table>`;
    expect(sessions(captioned).map((r) => r[1])).toEqual(["2027-05-14T09:00:00Z", "2027-05-14T11:00:00Z"]);
    const dayRows = `<table><tr><th colspan="3">Tuesday 14 May 2027</th></tr>${TUESDAY.map(row).join("")}<tr><th colspan="3">Wednesday 15 May 2027</th></tr>${WEDNESDAY.map(row).join("")}</table>`;
    expect(sessions(dayRows).map((r) => r[2])).toEqual(["2027-05-14T10:30:00Z", "2027-05-14T12:15:00Z", "2027-05-15T11:00:00Z"]);
  });

  it("stay empty without a whole day written above them", () => {
    const none = `<h1>DevConf</h1><h2>Sessions</h2>${TUESDAY.map(slot).join("")}`;
    // A section after the day's, of the same rank, is not that day's.
    const workshops = `<h2>Tuesday 14 May 2027</h2><p>Talks all day.</p><h2>Workshops</h2>${TUESDAY.map(slot).join("")}`;
    const yearless = `<h2>Tuesday 14 May</h2>${TUESDAY.map(slot).join("")}`;
    const span = `<h2>14–16 May 2027</h2>${TUESDAY.map(slot).join("")}`;
    const ambiguous = `<h2>04/05/2027</h2>${TUESDAY.map(slot).join("")}`;
    const relative = `<h2>Today</h2>${TUESDAY.map(slot).join("")}`;
    for (const html of [none, workshops, yearless, span, ambiguous, relative]) expect(sessions(html).map((r) => [r[1], r[2]])).toEqual([[undefined, undefined], [undefined, undefined]]);
  });

  it("take the day of a heading whose subsection they are in", () => {
    const html = `<h1>Tuesday 14 May 2027</h1><h2>Workshops</h2>${TUESDAY.map(slot).join("")}`;
    expect(sessions(html)[1]![1]).toBe("2027-05-14T11:00:00Z");
  });

  it("read a numeric day heading whose order the page settles, and the day a <time> gives", () => {
    const numeric = `<p>Updated 23/04/2027</p><h2>14/05/2027</h2><h2>04/05/2027</h2>${TUESDAY.map(slot).join("")}`;
    expect(sessions(numeric)[0]![1]).toBe("2027-05-04T09:00:00Z");
    const timed = `<h2><time datetime="2027-05-14">Tuesday</time></h2>${TUESDAY.map(slot).join("")}`;
    expect(sessions(timed)[0]![1]).toBe("2027-05-14T09:00:00Z");
  });
});

describe("parseTimes", () => {
  it("reads a time or a span of times and nothing else", () => {
    expect(parseTimes("09:00–10:30")).toEqual({ start: { h: 9, mi: 0 }, end: { h: 10, mi: 30 } });
    expect(parseTimes("from 9 am to 1:15 pm")).toEqual({ start: { h: 9, mi: 0 }, end: { h: 13, mi: 15 } });
    expect(parseTimes("2:00 – 3:30 pm")).toEqual({ start: { h: 14, mi: 0 }, end: { h: 15, mi: 30 } });
    expect(parseTimes("11:00 – 1:00 pm")).toEqual({ start: { h: 11, mi: 0 }, end: { h: 13, mi: 0 } });
    expect(parseTimes("14h00")).toEqual({ start: { h: 14, mi: 0 } });
    expect(parseTimes("7.30pm – 9pm")).toEqual({ start: { h: 19, mi: 30 }, end: { h: 21, mi: 0 } });
    for (const text of ["9", "25:00", "10:75", "Room 9:30", "09:00–", "3–5", "1.5", "9.30", "4.50 – 9.99"]) expect(parseTimes(text)).toBeNull();
  });
});
