import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

/** A rail search's connections: times in <time class="dep"> and <time class="arr">, as booking sites abbreviate them. */
const connections = parseHtml(
  `<ol>${[
    ["06:29", "10:32", "4h 03m", "Direct", "€39.99"],
    ["07:52", "12:28", "4h 36m", "1 change", "€27.99"],
    ["09:10", "15:02", "5h 52m", "2 changes", "€19.90"],
  ]
    .map(
      ([dep, arr, d, ch, fare], i) =>
        `<li class="connection"><div class="times"><time class="dep">${dep}</time> <span>→</span> <time class="arr">${arr}</time></div>` +
        `<div class="duration">${d}</div><div class="changes">${ch}</div><div class="fare"><span>from</span> <span class="amount">${fare}</span></div><a href="/booking/${i}">Select</a></li>`,
    )
    .join("")}</ol>`,
);

describe("a timetable's abbreviated names", () => {
  it("reads departure and arrival from elements named dep and arr", () => {
    const rows = extractRows(region(connections, byClass("connection")), {
      pageUrl: "https://rail.example/search",
      fields: fieldSpecsFromSchema({ type: "object", properties: { departure: { type: "string" }, arrival: { type: "string" }, durationMinutes: { type: "integer" }, price: { type: "number" } } }),
      q: "",
    }).map((r) => r.row);
    expect(rows).toEqual([
      { departure: "06:29", arrival: "10:32", durationMinutes: 243, price: 39.99 },
      { departure: "07:52", arrival: "12:28", durationMinutes: 276, price: 27.99 },
      { departure: "09:10", arrival: "15:02", durationMinutes: 352, price: 19.9 },
    ]);
  });

  it("counts a direct connection as no changes, and reads the others' counts", () => {
    const rows = extractRows(region(connections, byClass("connection")), {
      pageUrl: "https://rail.example/search",
      fields: fieldSpecsFromSchema({ type: "object", properties: { departure: { type: "string" }, changes: { type: "integer" } } }),
      q: "",
    }).map((r) => r.row);
    expect(rows.map((r) => r.changes)).toEqual([0, 1, 2]);
  });
});
