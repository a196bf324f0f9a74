import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { readCountdown } from "./countdowns";
import { byClass, region } from "./testing";

const LOTS = [
  ["Leica M3 body", "2d 4h 13m left"],
  ["Rolleiflex 2.8F", "5h 2m left"],
  ["Nikon F2", "12m left"],
];

const rows = (properties: Record<string, unknown>) =>
  extractRows(
    region(
      parseHtml(`<html><body><main><ul class="results">${LOTS.map(([t, left]) => `<li class="lot"><h3>${t}</h3><span class="item-time-left">${left}</span></li>`).join("")}</ul></main></body></html>`),
      byClass("lot"),
    ),
    { pageUrl: "https://bids.example/", fields: fieldSpecsFromSchema({ type: "object", properties }), q: "every lot" },
  ).map((r) => r.row);

describe("time left as auctions count it down", () => {
  it("gives a text field named for the time left the length of time, without 'left'", () => {
    expect(rows({ title: { type: "string" }, timeLeft: { type: "string" } }).map((r) => r.timeLeft)).toEqual(["2d 4h 13m", "5h 2m", "12m"]);
  });

  it("gives a number field the time left in the unit its name says, days too", () => {
    expect(rows({ title: { type: "string" }, secondsLeft: { type: "integer" } }).map((r) => r.secondsLeft)).toEqual([2 * 86400 + 4 * 3600 + 13 * 60, 5 * 3600 + 2 * 60, 12 * 60]);
  });

  it("reads a countdown only where it says 'left' or counts days", () => {
    expect(readCountdown("6d 23h", 3600)).toBe(167);
    expect(readCountdown("90 minutes remaining", undefined)).toBe(90);
    expect(readCountdown("5 m", 1)).toBeNull();
    expect(readCountdown("3 left in stock", 1)).toBeNull();
  });
});
