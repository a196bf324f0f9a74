import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { approximateDate } from "./approximate-dates";
import { byClass, region } from "./testing";

const work = (title: string, artist: string, life: string, date: string, year = "") =>
  `<article class="work"><h2><a href="/obj/${title.length}">${title}</a></h2><p class="artist">${artist} <span class="dates">(${life})</span></p><p class="date">${date}</p>${year ? `<p>${year}</p>` : ""}</article>`;

const rowsOf = (html: string, properties: Record<string, unknown>) =>
  extractRows(region(parseHtml(`<html><body><main><div class="grid">${html}</div></main></body></html>`), byClass("work")), {
    pageUrl: "https://museum.example/collection",
    fields: fieldSpecsFromSchema({ type: "object", properties }),
    q: "every artwork",
  }).map((r) => r.row);

describe("approximateDate", () => {
  it("reads years, circa years, spans, decades and months of a year as written", () => {
    expect(approximateDate("1874")).toBe("1874");
    expect(approximateDate("c. 1872")).toBe("c. 1872");
    expect(approximateDate("ca. 1880–82")).toBe("ca. 1880–82");
    expect(approximateDate("(1840–1926)")).toBe("1840–1926");
    expect(approximateDate("1870s")).toBe("1870s");
    expect(approximateDate("circa May 1874")).toBe("circa May 1874");
  });

  it("reads no span that runs backwards, and no other text", () => {
    expect(approximateDate("1926–1840")).toBeNull();
    expect(approximateDate("1880–79")).toBeNull();
    expect(approximateDate("Oil on canvas, 1874")).toBeNull();
    expect(approximateDate("48 × 63 cm")).toBeNull();
    expect(approximateDate("12,500")).toBeNull();
  });
});

describe("dates that name no day, in a collection's cards", () => {
  const grid = [
    work("Impression, Sunrise", "Claude Monet", "1840–1926", "c. 1872"),
    work("The Dance Class", "Edgar Degas", "1834–1917", "1874"),
    work("Young Woman Sewing", "Mary Cassatt", "1844–1926", "c. 1880–82"),
  ].join("");

  it("fill a plain date field as written, and the artist's life dates apart", () => {
    const rows = rowsOf(grid, { title: { type: "string" }, artistDates: { type: "string" }, date: { type: "string", description: "date of the work" } });
    expect(rows.map((r) => [r.date, r.artistDates])).toEqual([
      ["c. 1872", "1840–1926"],
      ["1874", "1834–1917"],
      ["c. 1880–82", "1844–1926"],
    ]);
  });

  it("never fill a date with format date: a year names no day", () => {
    const rows = rowsOf(grid, { title: { type: "string" }, date: { type: "string", format: "date" } });
    expect(rows.map((r) => r.date)).toEqual([undefined, undefined, undefined]);
  });

  it("take a lone year nothing names for no date: a plain number is not a date by itself", () => {
    const cards = [1, 2, 3].map((n) => `<div class="work"><h3>Lot ${n}</h3><span>${2015 + n}</span></div>`).join("");
    const rows = rowsOf(cards, { title: { type: "string" }, listed: { type: "string", description: "date listed" } });
    expect(rows.map((r) => r.listed)).toEqual([undefined, undefined, undefined]);
  });
});
