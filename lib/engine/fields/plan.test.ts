import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { findRecords } from "../records";
import { extractRows } from "./extract";
import { planField } from "./plan";
import { fieldSpecsFromQuery } from "./query";
import type { FieldSpec } from "./spec";
import { byClass, byTag, region } from "./testing";

const text = (name: string): FieldSpec => ({ name, type: "string", required: false });

describe("planField: names and titles in other languages", () => {
  it("reads nom, titre, Name, Titel, nombre, título, nome and titolo as the item's heading, as name and title", () => {
    for (const name of ["name", "title", "nom", "titre", "Name", "Titel", "nombre", "título", "nome", "titolo", "nom du produit", "nombre del producto", "Produkt Name"]) {
      expect(planField(text(name)).kind, name).toBe("title");
    }
    // Named by what names its English word: class="name", "title", "heading".
    expect([...planField(text("nom")).words.keys()]).toEqual(expect.arrayContaining(["nom", "name", "title", "heading"]));
    expect([...planField(text("titolo")).words.keys()]).toEqual(expect.arrayContaining(["titolo", "title", "name"]));
  });

  it("does not read them so inside other fields: French 'nombre' is a number", () => {
    for (const name of ["nombre d'avis", "nombre de chambres", "nom de la ville"]) {
      expect(planField(text(name)).kind, name).not.toBe("title");
      expect(planField(text(name)).words.has("heading"), name).toBe(false);
    }
  });

  it("fills 'nom' from each item's heading", () => {
    const items = [["Crème brûlée", "4,50 €"], ["Éclair café", "3,20 €"], ["Tarte Tatin", "5,10 €"]];
    const doc = parseHtml(`<html lang="fr"><body><ul>${items.map(([n, p]) => `<li><h3>${n}</h3><span class="prix">${p}</span><span class="ville">Sète</span></li>`).join("")}</ul></body></html>`);
    for (const q of ["tous les produits: nom, prix", "todos los productos: nombre, precio", "tutti i prodotti: titolo, prezzo"]) {
      const fields = fieldSpecsFromQuery(q);
      const rows = extractRows(region(doc, byTag("li")), { pageUrl: "https://shop.example/", fields, q }).map((r) => Object.values(r.row));
      expect(rows, q).toEqual(items);
    }
  });
});

describe("planField: a city in other languages", () => {
  it("fills 'city' from an element the page names in its own language (ville, Stadt, ciudad)", () => {
    for (const [cls, lang] of [["ville", "fr"], ["stadt", "de"], ["ciudad", "es"]]) {
      const items = [["Crème brûlée", "Orléans"], ["Éclair café", "Sète"], ["Tarte Tatin", "Lyon"]];
      const doc = parseHtml(`<html lang="${lang}"><body><ul>${items.map(([n, c]) => `<li><h3>${n}</h3><span class="prix">4,50 €</span><span class="${cls}">${c}</span></li>`).join("")}</ul></body></html>`);
      const q = "every product with name and city";
      const rows = extractRows(region(doc, byTag("li")), { pageUrl: "https://shop.example/", fields: fieldSpecsFromQuery(q), q }).map((r) => r.row);
      expect(rows.map((r) => r.city), cls).toEqual(["Orléans", "Sète", "Lyon"]);
    }
  });
});

describe("planField: money", () => {
  it("does not take a price's date for an amount of money ('price valid until')", () => {
    for (const name of ["price valid until", "price expiry", "salary deadline", "price currency"]) expect(planField(text(name)).kind, name).not.toBe("money");
    for (const name of ["price", "salary", "price from"]) expect(planField(text(name)).kind, name).toBe("money");
  });
});

describe("planField: listings' abbreviations", () => {
  const homes = [["3", "2", "1,850"], ["4", "3.5", "2,410"], ["2", "1", "980"]];
  const doc = parseHtml(
    `<html lang="en"><body><ul>${homes.map(([bd, ba, ft], i) => `<li class="home"><h3>Home ${i}</h3><ul class="facts"><li><b>${bd}</b> bds</li><li><b>${ba}</b> ba</li><li><b>${ft}</b> sqft</li></ul></li>`).join("")}</ul></body></html>`,
  );
  const cards = region(doc, byClass("home"));
  const number = (name: string, type: "integer" | "number"): FieldSpec => ({ name, type, required: false });

  it("reads beds, baths, square feet and area from 'bds', 'ba' and 'sqft'", () => {
    const fields = [number("beds", "integer"), number("baths", "number"), number("squareFeet", "integer"), number("area", "integer")];
    const rows = extractRows(cards, { pageUrl: "https://homes.example/", fields, q: "every home" }).map((r) => r.row);
    expect(rows).toEqual([
      { beds: 3, baths: 2, squareFeet: 1850, area: 1850 },
      { beds: 4, baths: 3.5, squareFeet: 2410, area: 2410 },
      { beds: 2, baths: 1, squareFeet: 980, area: 980 },
    ]);
  });

  it("types beds and baths asked in a query as numbers, and fills them", () => {
    const q = "every home with beds and baths";
    const rows = extractRows(cards, { pageUrl: "https://homes.example/", fields: fieldSpecsFromQuery(q), q }).map((r) => r.row);
    expect(rows).toEqual(homes.map(([bd, ba]) => ({ beds: Number(bd), baths: Number(ba) })));
  });
});

describe("planField: the last word names the field", () => {
  it("leaves a piece named by another field's word to that field: 'property type' does not take property-card-addr", () => {
    const homes = [["$649,000", "12 Elm St"], ["$425,000", "5 Oak Ave"], ["$1.2M", "88 River Dr"]];
    const doc = parseHtml(
      `<html lang="en"><body><ul>${homes.map(([p, a]) => `<li><span data-test="property-card-price">${p}</span><address data-test="property-card-addr">${a}</address></li>`).join("")}</ul></body></html>`,
    );
    const fields = [text("propertyType"), text("address"), text("price")];
    const rows = extractRows(region(doc, byTag("li")), { pageUrl: "https://homes.example/", fields, q: "every home" }).map((r) => r.row);
    expect(rows).toEqual(homes.map(([price, address]) => ({ address, price })));
  });

  it("still reads a field by the words before an aspect word: 'company name' is the company", () => {
    const jobs = [["Engineer", "Acme"], ["Designer", "Globex"], ["Analyst", "Initech"]];
    const doc = parseHtml(`<html><body><ul>${jobs.map(([t, c]) => `<li><h3 class="title">${t}</h3><span class="company">${c}</span></li>`).join("")}</ul></body></html>`);
    const rows = extractRows(region(doc, byTag("li")), { pageUrl: "https://jobs.example/", fields: [text("companyName")], q: "every job" }).map((r) => r.row);
    expect(rows).toEqual(jobs.map(([, companyName]) => ({ companyName })));
  });
});

describe("planField: '<record> name' is the record's heading", () => {
  it("reads 'plan name', 'repo name', 'event title' as the heading when they name the record, not otherwise", () => {
    for (const name of ["plan name", "repoName", "event name", "hotel name", "course title"]) {
      expect(planField({ ...text(name), namesRecord: true }).kind, name).toBe("title");
      expect(planField(text(name)).kind, name).not.toBe("title");
    }
  });

  it("fills 'plan name' from each plan's heading, not from its call to action", () => {
    const plans = [["Hobby", "Get started"], ["Pro", "Start free trial"], ["Business", "Start free trial"], ["Enterprise", "Contact sales"]];
    const doc = parseHtml(`<html><body><div>${plans.map(([n, cta]) => `<div class="tier"><h3>${n}</h3><p>For teams.</p><p><span>$24</span><span>/month</span></p><a href="/signup?plan=${n}">${cta}</a></div>`).join("")}</div></body></html>`);
    const q = "every plan with plan name";
    const rows = extractRows(region(doc, byClass("tier")), { pageUrl: "https://saas.example/pricing", fields: fieldSpecsFromQuery(q), q }).map((r) => r.row);
    expect(rows).toEqual(plans.map(([planName]) => ({ planName })));
  });
});

describe("standings columns headed by one letter", () => {
  // A league table: "P" played, and wins, draws and losses at home and away under one group each.
  const head =
    `<tr><th rowspan="2">Pos</th><th rowspan="2">Team</th><th rowspan="2">P</th><th colspan="3">Home</th><th colspan="3">Away</th><th rowspan="2">Pts</th><th rowspan="2">Form</th></tr>` +
    `<tr><th>W</th><th>D</th><th>L</th><th>W</th><th>D</th><th>L</th></tr>`;
  const team = (pos: number, name: string, cells: number[], form: string) =>
    `<tr><td>${pos}</td><td><a href="/teams/${pos}">${name}</a></td>${cells.map((c) => `<td>${c}</td>`).join("")}<td>${[...form].map((r) => `<span class="${r.toLowerCase()}">${r}</span>`).join("")}</td></tr>`;
  const body = team(1, "Arsenal", [13, 6, 1, 0, 4, 1, 1, 32], "WWDWW") + team(2, "Chelsea", [13, 4, 2, 0, 3, 2, 2, 25], "DWWLW") + team(3, "Brighton", [13, 3, 2, 2, 2, 3, 1, 20], "DDLWD");

  it("reads played, wins, draws and losses by their one-letter headers, each from its own column", () => {
    const table = findRecords(parseHtml(`<table><thead>${head}</thead><tbody>${body}</tbody></table>`))!;
    expect(table.headers).toEqual(["Pos", "Team", "P", "Home W", "Home D", "Home L", "Away W", "Away D", "Away L", "Pts", "Form"]);
    const q = "every team with name, played, home wins, home draws, home losses, away losses and points";
    const rows = extractRows(table, { pageUrl: "https://league.example/table", fields: fieldSpecsFromQuery(q), q }).map((r) => r.row);
    // (The pipeline types the columns afterwards: here the cells' text.)
    expect(rows.map((r) => [r.name, ...[r.played, r.homeWins, r.homeDraws, r.homeLosses, r.awayLosses, r.points].map(Number)])).toEqual([
      ["Arsenal", 13, 6, 1, 0, 1, 32],
      ["Chelsea", 13, 4, 2, 0, 2, 25],
      ["Brighton", 13, 3, 2, 2, 1, 20],
    ]);
  });

  it("takes no one-letter name from a class: a form guide's <span class=\"w\"> is not a win", () => {
    expect(planField(text("wins")).words.get("w")).toBe(2.5);
    const doc = parseHtml(`<ul>${["WWD", "LWW", "DDL"].map((f) => `<li class="club"><b>Club</b> ${[...f].map((r) => `<span class="${r.toLowerCase()}">${r}</span>`).join("")}</li>`).join("")}</ul>`);
    const q = "every club with name and wins";
    const rows = extractRows(region(doc, byClass("club")), { pageUrl: "https://league.example/form", fields: fieldSpecsFromQuery(q), q }).map((r) => r.row);
    expect(rows.map((r) => r.wins)).toEqual([undefined, undefined, undefined]);
  });
});
