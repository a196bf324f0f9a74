import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";
import { readClockDuration } from "./clock-durations";
import { readDuration } from "./durations";

/** Episodes whose length is shown as a player's clock. */
const episodes = parseHtml(
  `<div>${[
    [88, "Rivers that run backwards", "1:02:15"],
    [87, "A year of birdsong", "48:30"],
    [86, "The last lighthouse keepers", "2:05:09"],
  ]
    .map(([n, title, length]) => `<article class="ep"><span>Episode ${n}</span><h3><a href="/e/${n}">${title}</a></h3><span class="len">${length}</span></article>`)
    .join("")}</div>`,
);

describe("lengths of time written as a clock", () => {
  it("fill a number field that counts time in its unit, not the clock's first figure", () => {
    const rows = extractRows(region(episodes, byClass("ep")), {
      pageUrl: "https://pod.example/",
      fields: fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, durationSeconds: { type: "integer" } } }),
      q: "",
    });
    expect(rows.map((r) => r.row.durationSeconds)).toEqual([3735, 2910, 7509]);
  });

  it("read h:mm:ss, and m:ss unless the field counts hours", () => {
    expect([readDuration("1:02:15", 1), readDuration("48:30", 60), readDuration("1:30", 3600), readDuration("3:45", 1)]).toEqual([3735, 48.5, 1.5, 225]);
  });

  it("are no length for a field that counts no time, nor when they are no clock or read as a time of day", () => {
    expect([readDuration("10:30", undefined), readClockDuration("1:75:00", 1), readClockDuration("12:5", 60), readClockDuration("10:30 am", 60), readDuration("06:29", 60), readDuration("14:05", 1)]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
