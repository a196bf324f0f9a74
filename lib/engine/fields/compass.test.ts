import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { compassPoint } from "./compass";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

describe("compassPoint", () => {
  it("reads the point alone, before or after a speed", () => {
    expect(compassPoint("SW")).toBe("SW");
    expect(compassPoint("W 19 km/h")).toBe("W");
    expect(compassPoint("12 mph NNE")).toBe("NNE");
    expect(compassPoint("North-east")).toBe("North-east");
  });

  it("reads no point from other text, or a small letter", () => {
    expect(compassPoint("19 km/h")).toBeNull();
    expect(compassPoint("Sunny")).toBeNull();
    expect(compassPoint("e 5")).toBeNull();
    expect(compassPoint("NS 4")).toBeNull();
  });
});

describe("a forecast's wind written as direction and speed", () => {
  const day = (name: string, wind: string) => `<div class="day"><h2>${name}</h2><div class="wind"><span class="sr-only">Wind</span>${wind}</div></div>`;
  const html = `<main>${day("Mon", "W 19 km/h")}${day("Tue", "NW 12 km/h")}${day("Wed", "SE 6 km/h")}</main>`;

  it("gives the speed its number and the direction its point", () => {
    const fields = fieldSpecsFromSchema({ type: "object", properties: { day: { type: "string" }, windSpeedKmh: { type: "number" }, windDirection: { type: "string" } } });
    const rows = extractRows(region(parseHtml(html), byClass("day")), { pageUrl: "https://wx.example/", fields, q: "every day" }).map((r) => r.row);
    expect(rows).toEqual([
      { day: "Mon", windSpeedKmh: 19, windDirection: "W" },
      { day: "Tue", windSpeedKmh: 12, windDirection: "NW" },
      { day: "Wed", windSpeedKmh: 6, windDirection: "SE" },
    ]);
  });
});
