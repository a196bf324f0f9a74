import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

const DAYS: [string, string, string][] = [
  ["Today", "Nov 30", "89%"],
  ["Tue", "Dec 1", "78%"],
  ["Wed", "Dec 2", "91%"],
];

const read = (details: (humidity: string) => string, properties: Record<string, unknown>) => {
  const doc = parseHtml(
    `<div class="forecast">${DAYS.map(
      ([dow, date, humidity]) =>
        `<section class="day-card"><h2 class="day-name"><span class="dow">${dow}</span> <span class="date">${date}</span></h2><p class="phrase">Cloudy</p>${details(humidity)}</section>`,
    ).join("")}</div>`,
  );
  return extractRows(region(doc, byClass("day-card")), { pageUrl: "https://weather.example/", fields: fieldSpecsFromSchema({ type: "object", properties }), q: "" }).map((r) => r.row);
};

describe("a class that names a field's word only before another noun", () => {
  it("names it less than one that is the word: a forecast's day is 'Tue', not its 'day-details' block", () => {
    const rows = read((h) => `<div class="day-details"><dl><dt>Humidity</dt><dd>${h}</dd><dt>UV Index</dt><dd>1 of 11</dd></dl></div>`, { day: { type: "string" }, date: { type: "string" } });
    expect(rows.map((r) => [r.day, r.date])).toEqual(DAYS.map(([dow, date]) => [dow, date]));
  });

  it("still names it when the noun after it only holds it: 'day-box' is the day", () => {
    const doc = parseHtml(`<ul>${DAYS.map(([dow, date]) => `<li class="entry"><h3>${date}</h3><span class="day-box">${dow}</span><p class="note">Cloudy</p></li>`).join("")}</ul>`);
    const fields = fieldSpecsFromSchema({ type: "object", properties: { date: { type: "string" }, day: { type: "string" } } });
    const rows = extractRows(region(doc, byClass("entry")), { pageUrl: "https://weather.example/", fields, q: "" }).map((r) => r.row);
    expect(rows.map((r) => r.day)).toEqual(DAYS.map(([dow]) => dow));
  });
});
