import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromQuery } from "./query";
import { SYNONYMS } from "./synonyms";
import { byClass, region } from "./testing";

// A film list whose classes are abbreviated: class="lang", "loc", "pic", "ref".
const film = (n: number, title: string, lang: string, loc: string) =>
  `<div class="film"><h3><a href="/films/${n}">${title}</a></h3><img class="pic" src="/img/${n}.jpg" alt=""><span class="lang">${lang}</span> <span class="loc">${loc}</span> <span class="ref">FL-${n}0</span></div>`;
const html = film(1, "Les Amants", "French", "Lyon") + film(2, "Das Boot", "German", "Kiel") + film(3, "Roma", "Spanish", "Mexico City");

describe("abbreviated names of fields", () => {
  it("reads a field from the class that abbreviates its word", () => {
    const q = "every film with title, language, location, photo and reference";
    const rows = extractRows(region(parseHtml(`<main>${html}</main>`), byClass("film")), { pageUrl: "https://cine.example/films", fields: fieldSpecsFromQuery(q), q }).map((r) => r.row);
    expect(rows.map((r) => r.language)).toEqual(["French", "German", "Spanish"]);
    expect(rows.map((r) => r.location)).toEqual(["Lyon", "Kiel", "Mexico City"]);
    expect(rows.map((r) => r.photo)).toEqual(["https://cine.example/img/1.jpg", "https://cine.example/img/2.jpg", "https://cine.example/img/3.jpg"]);
    expect(rows.map((r) => r.reference)).toEqual(["FL-10", "FL-20", "FL-30"]);
  });

  it("names no field by itself", () => {
    for (const [field, words] of Object.entries(SYNONYMS)) expect(words, field).not.toContain(field);
  });
});
