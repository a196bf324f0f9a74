import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { splitDistance } from "./distances";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

describe("splitDistance", () => {
  it("parts a place from its distance, on either side", () => {
    expect(splitDistance("Old Town · 0.3 km from centre")).toEqual({ place: "Old Town", distance: "0.3 km from centre", value: 0.3 });
    expect(splitDistance("800 m to the beach | Riverside")).toEqual({ place: "Riverside", distance: "800 m to the beach", value: 800 });
    expect(splitDistance("Centro – 1,5 km")).toEqual({ place: "Centro", distance: "1,5 km", value: 1.5 });
  });

  it("leaves a text that is not a place and a distance alone", () => {
    for (const text of ["Old Town", "Old Town · Free parking", "2 km · 5 km", "Old Town · 0.3 km from centre · Free WiFi", "Suite · 45 m²", "Room · 3 minutes walk"]) expect(splitDistance(text)).toBeNull();
  });
});

describe("extractRows: a place and its distance in one text", () => {
  const doc = parseHtml(
    `<main>${[
      ["Hotel One", "Old Town", "0.3"],
      ["Hotel Two", "Riverside", "1.2"],
      ["Hotel Three", "Harbour District", "2.5"],
    ]
      .map(([name, place, km], i) => `<div class="hotel"><h3><a href="/h/${i}">${name}</a></h3><p class="location">${place} · ${km} km from centre</p><p class="price">€${i + 1}20</p></div>`)
      .join("")}</main>`,
  );
  const read = (properties: Record<string, unknown>) =>
    extractRows(region(doc, byClass("hotel")), { pageUrl: "https://hotels.example/kyoto", fields: fieldSpecsFromSchema({ type: "object", properties }), q: "" }).map((r) => r.row);

  it("gives a location the place and a distance the rest, as text or as a number", () => {
    expect(read({ name: { type: "string" }, location: { type: "string" }, distance: { type: "string" } })[0]).toEqual({ name: "Hotel One", location: "Old Town", distance: "0.3 km from centre" });
    expect(read({ name: { type: "string" }, district: { type: "string" }, distance_km: { type: "number" } }).map((r) => [r.district, r.distance_km])).toEqual([
      ["Old Town", 0.3],
      ["Riverside", 1.2],
      ["Harbour District", 2.5],
    ]);
  });
});
