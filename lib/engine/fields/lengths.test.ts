import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { readLength } from "./lengths";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

const car = (n: number, mileage: string) => `<div class="car"><h3><a href="/cars/${n}">Car number ${n}</a></h3><span class="mileage">${mileage}</span><span class="price">$1${n},500</span></div>`;
function mileages(written: string[], field: string, type = "number") {
  const doc = parseHtml(`<main>${written.map((m, i) => car(i, m)).join("")}</main>`);
  const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, [field]: { type } } });
  return extractRows(region(doc, byClass("car")), { pageUrl: "https://cars.example/used", fields, q: "every car" }).map((r) => r.row[field]);
}
const MIXED = ["52k mi", "84 000 km", "31,000 miles", "12k mi", "95 000 km"];

describe("readLength", () => {
  it("reads a length and its unit, a number grouped by spaces too", () => {
    expect(readLength("52k mi")).toEqual({ value: 52000, unit: "mi" });
    expect(readLength("84 000 km")).toEqual({ value: 84000, unit: "km" });
    expect(readLength("31,000 miles")).toEqual({ value: 31000, unit: "mi" });
    expect(readLength("12.5 kilometres")).toEqual({ value: 12.5, unit: "km" });
    expect(readLength("52k")).toBeNull();
    expect(readLength("about 5 km from town")).toBeNull();
  });
});

describe("a number field of lengths in two units", () => {
  it("gives every value in the page's most written unit", () => {
    // Three in miles, two in kilometres: 84,000 km is 52,195 mi.
    expect(mileages(MIXED, "mileage")).toEqual([52000, 52195, 31000, 12000, 59030]);
  });

  it("gives every value in the unit the field's name says", () => {
    expect(mileages(MIXED, "mileageKm")).toEqual([83686, 84000, 49890, 19312, 95000]);
    expect(mileages(MIXED, "mileageMiles", "integer")).toEqual([52000, 52195, 31000, 12000, 59030]);
  });

  it("leaves a page that writes one unit as written", () => {
    expect(mileages(["84 000 km", "120 500 km", "9 800 km"], "mileage")).toEqual([84000, 120500, 9800]);
  });
});
