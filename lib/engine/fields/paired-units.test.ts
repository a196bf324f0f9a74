import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { findRecords } from "../records";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

const TOWERS: [string, string, string][] = [
  ["North Spire", "462", "1,516"],
  ["Harbour Tower", "373.7", "1,226"],
  ["Old Mill", "354", "1,161"],
  ["Civic Centre", "310", "1,020"],
];

describe("a value shown in two units", () => {
  it("gives the bracketed figure under a header 'm (ft)' to the field that names the second unit", () => {
    const doc = parseHtml(
      `<main><table><thead><tr><th>Name</th><th>Height<br>m (ft)</th><th>Floors</th></tr></thead><tbody>${TOWERS.map(
        ([name, m, ft], i) => `<tr><td><a href="/t/${i}">${name}</a></td><td>${m} (${ft})</td><td>${40 + i}</td></tr>`,
      ).join("")}</tbody></table></main>`,
    );
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, heightM: { type: "number" }, heightFt: { type: "number" }, heightFeet: { type: "integer" } } });
    const table = findRecords(doc, { q: "every tower" })!;
    const rows = extractRows(table, { pageUrl: "https://towers.example/list", fields, q: "" }).map((x) => x.row);
    expect(rows.map((x) => [x.heightM, x.heightFt, x.heightFeet])).toEqual([
      [462, 1516, 1516],
      [373.7, 1226, 1226],
      [354, 1161, 1161],
      [310, 1020, 1020],
    ]);
  });

  it("reads the units written in the value itself, whichever comes first", () => {
    const doc = parseHtml(`<ul>${TOWERS.map(([name, m, ft]) => `<li class="tower"><h3>${name}</h3><span class="height">${ft} ft (${m} m)</span></li>`).join("")}</ul>`);
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, heightMetres: { type: "number" }, heightFt: { type: "number" } } });
    const rows = extractRows(region(doc, byClass("tower")), { pageUrl: "https://towers.example/list", fields, q: "" }).map((x) => x.row);
    expect(rows.map((x) => [x.heightMetres, x.heightFt])).toEqual(TOWERS.map(([, m, ft]) => [Number(m), Number(ft.replace(",", ""))]));
  });
});
