import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { rowsFromPage } from "../page-rows";
import { lifeDatesIn } from "./life-dates";
import { fieldSpecsFromSchema } from "./spec";

const ARTISTS = [
  ["Impression, Sunrise", "Claude Monet", "1840–1926"],
  ["The Dance Class", "Edgar Degas", "1834–1917"],
  ["Young Woman Sewing", "Mary Cassatt", "1844–1926"],
  ["Bal du moulin de la Galette", "Pierre-Auguste Renoir", "1841–1919"],
  ["The Starry Night", "Vincent van Gogh", "1853–1890"],
];
/** Dates in a span of their own, or written in the artist's text. */
const page = (inline: boolean) =>
  parseHtml(
    `<!doctype html><html lang="en"><body><h1>Impressionism</h1><div class="grid">${ARTISTS.map(
      ([title, artist, dates], i) =>
        `<article class="card"><h2><a href="/object/${i}">${title}</a></h2><p class="artist">${artist} ${inline ? `(${dates})` : `<span class="dates">(${dates})</span>`}</p><p class="medium">Oil on canvas, in the east wing</p></article>`,
    ).join("")}</div></body></html>`,
  );

async function rows(props: string[], inline = false) {
  const fields = fieldSpecsFromSchema({ type: "object", properties: Object.fromEntries(props.map((p) => [p, { type: "string" }])) });
  const input = { q: "every artwork", url: "https://museum.example/", schema: null, verifyUrls: false };
  return (await rowsFromPage(page(inline), input.url, input, fields, null)).rows.map((r) => r.row);
}

describe("life dates after an artist's name", () => {
  it("are left out of the name when the row asks for them apart, and fill their own field", async () => {
    for (const inline of [false, true]) {
      expect((await rows(["title", "artist", "lifespan"], inline)).map((r) => [r.artist, r.lifespan])).toEqual(ARTISTS.map(([, a, d]) => [a, d]));
      expect((await rows(["title", "artist", "born", "died"], inline)).map((r) => [r.artist, r.born, r.died])).toEqual(ARTISTS.map(([, a, d]) => [a, ...d!.split("–")]));
    }
  });

  it("stay in the name when nothing else asks for them", async () => {
    expect((await rows(["title", "artist"])).map((r) => r.artist)).toEqual(ARTISTS.map(([, a, d]) => `${a} (${d})`));
  });
});

describe("lifeDatesIn", () => {
  it("reads the part asked from bracketed life dates, and nothing from other brackets", () => {
    expect(lifeDatesIn("span", "Yayoi Kusama (b. 1929)")).toBe("b. 1929");
    expect(lifeDatesIn("born", "Yayoi Kusama (b. 1929)")).toBe("1929");
    expect(lifeDatesIn("died", "Yayoi Kusama (b. 1929)")).toBeNull();
    expect(lifeDatesIn("died", "(c. 1525–1569)")).toBe("1569");
    expect(lifeDatesIn("span", "Household water filters (Filtros para hogares)")).toBeNull();
  });
});
