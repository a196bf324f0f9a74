import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { durationUnitOf, readDuration } from "./durations";
import { extractRows } from "./extract";
import { fieldSpecsFromQuery } from "./query";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

describe("readDuration", () => {
  it("reads a length of time in the unit asked, minutes by default", () => {
    expect(readDuration("2h 46m", 60)).toBe(166);
    expect(readDuration("1 hr 45 min", undefined)).toBe(105);
    expect(readDuration("3h 0m", 60)).toBe(180);
    expect(readDuration("4h 03m", 3600)).toBeCloseTo(4.05);
    expect(readDuration("59 min", 60)).toBe(59);
    expect(readDuration("3 min 20 s", 1)).toBe(200);
  });

  it("takes one part alone as time only for a field that counts time, and nothing else at all", () => {
    expect(readDuration("5 m", undefined)).toBeNull();
    expect(readDuration("5 m", 60)).toBe(5);
    for (const text of ["", "2024", "84 000 km", "2h 46m of footage", "Direct", "06:29"]) expect(readDuration(text, 60), text).toBeNull();
  });

  it("knows a field that counts time by its own words", () => {
    expect(durationUnitOf(["runtime", "minutes"])).toBe(60);
    expect(durationUnitOf(["duration", "hours"])).toBe(3600);
    expect(durationUnitOf(["length", "seconds"])).toBe(1);
    expect(durationUnitOf(["runtime"])).toBe(60);
    expect(durationUnitOf(["mileage"])).toBeUndefined();
  });
});

describe("extractRows: a runtime written in hours and minutes", () => {
  const doc = parseHtml(
    `<main>${[
      ["Dune: Part Two", "2h 46m"],
      ["Past Lives", "1h 45m"],
      ["Shōgun", "59 min"],
    ]
      .map(([t, r], i) => `<div class="item"><h3><a href="/title/${i}">${t}</a></h3><p class="muted"><span class="certificate">PG-13</span> | <span class="runtime">${r}</span></p></div>`)
      .join("")}</main>`,
  );
  const read = (properties: Record<string, unknown>) =>
    extractRows(region(doc, byClass("item")), { pageUrl: "https://films.example/list", fields: fieldSpecsFromSchema({ type: "object", properties }), q: "" }).map((r) => r.row);

  it("gives a number field the whole length, in the unit its name says, not the first number", () => {
    expect(read({ title: { type: "string" }, runtimeMinutes: { type: "integer" } }).map((r) => r.runtimeMinutes)).toEqual([166, 105, 59]);
    expect(read({ title: { type: "string" }, runtime: { type: "number" } }).map((r) => r.runtime)).toEqual([166, 105, 59]);
    expect(read({ title: { type: "string" }, runtimeHours: { type: "number" } }).map((r) => r.runtimeHours)).toEqual([166 / 60, 1.75, 59 / 60]);
    // A text field keeps what the page wrote.
    expect(read({ title: { type: "string" }, runtime: { type: "string" } }).map((r) => r.runtime)).toEqual(["2h 46m", "1h 45m", "59 min"]);
  });
});

describe("a length of time asked in a unit, in a query", () => {
  it("is a number of that unit", () => {
    const q = "every movie with title, runtime in minutes and length in hours";
    expect(fieldSpecsFromQuery(q)?.map((f) => [f.name, f.type])).toEqual([
      ["title", "string"],
      ["runtimeInMinutes", "number"],
      ["lengthInHours", "number"],
    ]);
    const doc = parseHtml(`<main>${["2h 46m", "1h 45m", "59 min"].map((r, i) => `<div class="item"><h3><a href="/t/${i}">Film ${i}</a></h3><span class="runtime">${r}</span></div>`).join("")}</main>`);
    const rows = extractRows(region(doc, byClass("item")), { pageUrl: "https://films.example/", fields: fieldSpecsFromQuery(q), q }).map((r) => r.row);
    expect(rows.map((r) => r.runtimeInMinutes)).toEqual([166, 105, 59]);
  });
});
