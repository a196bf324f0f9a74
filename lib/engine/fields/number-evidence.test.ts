import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { rowsFromPage } from "../page-rows";
import { fieldSpecsFromSchema } from "./spec";

const page = (cars: string[][]) =>
  parseHtml(
    `<!doctype html><html lang="en"><body><h1>Used cars</h1><div class="list">${cars
      .map(([title, price, km], i) => `<div class="car"><h3><a href="/c/${i}">${title}</a></h3><p class="price">${price}</p><p class="mileage">${km} km</p><p class="year">201${i}</p></div>`)
      .join("")}</div></body></html>`,
  );
const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, price: { type: "number" }, mileageKm: { type: "number" } } });
const input = { q: "every car", url: "https://cars.example/", schema: null, verifyUrls: false };

describe("numbers grouped with dots on a page in a language that writes decimals with them", () => {
  it("reads '120.000 km' as 120000 when the region's other numbers group thousands with dots", async () => {
    const doc = page([
      ["VW Golf 1.4 TSI", "€ 12.500", "120.000"],
      ["BMW 320d", "€ 18.900", "85.500"],
      ["Audi A3", "€ 9.750", "154.000"],
      ["Opel Corsa", "€ 7.990", "9.800"],
    ]);
    const { rows } = await rowsFromPage(doc, input.url, input, fields, null);
    expect(rows.map((r) => r.row.mileageKm)).toEqual([120000, 85500, 154000, 9800]);
  });

  it("reads '1.250 km' as the language writes it when the other numbers have decimal dots", async () => {
    const doc = page([
      ["Trail A", "$12.50", "1.250"],
      ["Trail B", "$8.99", "2.5"],
      ["Trail C", "$1,200.00", "0.75"],
      ["Trail D", "$4.00", "3.125"],
    ]);
    const { rows } = await rowsFromPage(doc, input.url, input, fields, null);
    expect(rows.map((r) => r.row.mileageKm)).toEqual([1.25, 2.5, 0.75, 3.125]);
  });
});
