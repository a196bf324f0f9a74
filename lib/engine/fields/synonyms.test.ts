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

describe("a forecast's and a reviewer's abbreviated names", () => {
  it("reads high, low and precipitation from classes 'hi', 'lo' and 'precip', and a country from its flag", () => {
    const days = [["Mon", "7°", "2°", "80%", "Germany"], ["Tue", "5°", "1°", "20%", "France"], ["Wed", "1°", "-4°", "60%", "India"]];
    const doc = parseHtml(
      `<main>${days.map(([d, hi, lo, p, c]) => `<div class="card"><h2>${d}</h2><span class="hi">${hi}</span>/<span class="lo">${lo}</span><div class="precip">${p}</div><span class="bui-flag"><img src="/f.png" alt=""><span class="bui-flag__text">${c}</span></span></div>`).join("")}</main>`,
    );
    const q = "every day with high temperature, low temperature, precipitation and country";
    const rows = extractRows(region(doc, byClass("card")), { pageUrl: "https://wx.example/", fields: fieldSpecsFromQuery(q), q }).map((r) => r.row);
    expect(rows).toEqual([
      { highTemperature: "7°", lowTemperature: "2°", precipitation: "80%", country: "Germany" },
      { highTemperature: "5°", lowTemperature: "1°", precipitation: "20%", country: "France" },
      { highTemperature: "1°", lowTemperature: "-4°", precipitation: "60%", country: "India" },
    ]);
  });
});
