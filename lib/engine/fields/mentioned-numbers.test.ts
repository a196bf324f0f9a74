import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

/** Car listings: the specs are unlabelled items behind icons, each value saying what it is by its unit. */
const cars = parseHtml(
  `<main>${[
    ["Volkswagen Golf 1.5 TSI", "2019", "84 000 km", "Petrol", "€ 17.490"],
    ["BMW 320d Touring", "2017", "132 500 km", "Diesel", "€ 21.900"],
    ["Tesla Model 3 Long Range", "2021", "52k mi", "Electric", "£29,995"],
  ]
    .map(
      ([t, y, km, fuel, price], i) =>
        `<article class="listing"><h2><a href="/car/${i}">${t}</a></h2><ul class="specs"><li><i class="icon-calendar"></i> ${y}</li>` +
        `<li><i class="icon-road"></i> ${km}</li><li><i class="icon-fuel"></i> ${fuel}</li><li><i class="icon-gear"></i> ${i === 1 ? "Automatic" : "Manual"}</li>` +
        `<li>110 kW (150 hp)</li></ul><p class="price">${price}</p></article>`,
    )
    .join("")}</main>`,
);

const read = (properties: Record<string, unknown>) =>
  extractRows(region(cars, byClass("listing")), { pageUrl: "https://cars.example/used", fields: fieldSpecsFromSchema({ type: "object", properties }), q: "" }).map((r) => r.row);

describe("numbers a text names by their unit or their look", () => {
  it("reads a mileage by its unit, with thousands grouped by a space or shortened with k", () => {
    expect(read({ title: { type: "string" }, mileage: { type: "number" } }).map((r) => r.mileage)).toEqual([84000, 132500, 52000]);
  });

  it("reads a year written alone for a field named a year, and no other number for it", () => {
    expect(read({ title: { type: "string" }, year: { type: "integer" } }).map((r) => r.year)).toEqual([2019, 2017, 2021]);
    // A year is not a count: a "doors" field finds no year, nor a mileage, to take.
    expect(read({ title: { type: "string" }, doors: { type: "integer" } }).every((r) => r.doors === undefined)).toBe(true);
  });

  it("gives a text field the number its unit names, as the page writes it", () => {
    expect(read({ title: { type: "string" }, mileage: { type: "string" } }).map((r) => r.mileage)).toEqual(["84 000 km", "132 500 km", "52k mi"]);
  });
});

describe("a car's specs named by their icons", () => {
  it("reads a gearbox or transmission from the gear icon before it", () => {
    expect(read({ title: { type: "string" }, gearbox: { type: "string" } }).map((r) => r.gearbox)).toEqual(["Manual", "Automatic", "Manual"]);
    expect(read({ title: { type: "string" }, transmission: { type: "string" } }).map((r) => r.transmission)).toEqual(["Manual", "Automatic", "Manual"]);
  });
});

describe("a year in a catalogue's publication line", () => {
  it("reads the one year among a line's parts for a field named a year, and none from a range of years", () => {
    const doc = parseHtml(
      `<section>${["Penguin, 2019 · Book", "Allen Lane, 2021 · Book", "C.H. Beck, 2018 · Book · German", "Orbit, 2020–2021 · eBook"]
        .map((line, i) => `<div class="result-item"><h3><a href="/record/${i}">Book ${i}</a></h3><p class="pub">${line}</p></div>`)
        .join("")}</section>`,
    );
    const rows = extractRows(region(doc, byClass("result-item")), {
      pageUrl: "https://library.example/search",
      fields: fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, year: { type: "integer" } } }),
      q: "",
    }).map((r) => r.row);
    expect(rows.map((r) => r.year)).toEqual([2019, 2021, 2018, undefined]);
  });

  it("reads a number a total stands between it and the field's word: '22 total hours'", () => {
    const doc = parseHtml(`<ul>${[["Python", "22", "156"], ["Go", "9.5", "51"], ["Rust", "56.5", "675"]]
      .map(([t, h, l]) => `<li class="course"><h3>${t}</h3><div class="meta"><span class="row">${h} total hours</span><span class="row">${l} lectures</span></div></li>`)
      .join("")}</ul>`);
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, hours: { type: "number" }, lectures: { type: "integer" } } });
    const rows = extractRows(region(doc, byClass("course")), { pageUrl: "https://learn.example/", fields, q: "" }).map((r) => r.row);
    expect(rows.map((r) => [r.hours, r.lectures])).toEqual([[22, 156], [9.5, 51], [56.5, 675]]);
  });
});
