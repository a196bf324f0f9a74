import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { findRecords } from "../records";
import { extractRows } from "./extract";
import { fieldSpecsFromQuery } from "./query";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, byTag, fixture, region } from "./testing";

const rowsOf = (r: ReturnType<typeof extractRows>) => r.map((x) => x.row);

describe("extractRows with fields", () => {
  it("a column the header names fills its field: yes/no for a stock boolean, short text for a description", () => {
    const doc = parseHtml(
      `<table><tr><th>Model</th><th>In stock</th><th>Available</th><th>Description</th><th>Amount</th></tr>${[
        ["Alpha", "Yes", "No", "Coffee beans", "-$5.00"],
        ["Beta", "No", "Yes", "Tea", "$1,200.00"],
        ["Gamma", "Yes", "Yes", "Cocoa", "−€12,50"],
      ]
        .map((r) => `<tr class="row">${r.map((c) => `<td>${c}</td>`).join("")}</tr>`)
        .join("")}</table>`,
    );
    const fields = fieldSpecsFromSchema({
      type: "object",
      properties: { model: { type: "string" }, inStock: { type: "boolean" }, available: { type: "boolean" }, description: { type: "string" }, amount: { type: "number" } },
    });
    const rows = rowsOf(extractRows(region(doc, byClass("row"), { headers: ["Model", "In stock", "Available", "Description", "Amount"] }), { pageUrl: "https://x.example/", fields, q: "" }));
    // A minus before the currency is the amount's sign: a refund is not a charge.
    expect(rows).toEqual([
      { model: "Alpha", inStock: true, available: false, description: "Coffee beans", amount: -5 },
      { model: "Beta", inStock: false, available: true, description: "Tea", amount: 1200 },
      { model: "Gamma", inStock: true, available: true, description: "Cocoa", amount: -12.5 },
    ]);
  });

  it("reads a French or German table by its headers, with its dates and prices", () => {
    const table = (headers: string[], rows: string[][]) =>
      parseHtml(`<table><tr>${headers.map((h) => `<th>${h}</th>`).join("")}</tr>${rows.map((r) => `<tr class="row">${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</table>`);
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, price: { type: "number" }, location: { type: "string" }, date: { type: "string", format: "date" } } });
    const read = (headers: string[], rows: string[][]) => rowsOf(extractRows(region(table(headers, rows), byClass("row"), { headers }), { pageUrl: "https://x.example/", fields, q: "" }));
    expect(read(["Nom", "Prix", "Lieu", "Date"], [["Château", "1 299,00 €", "Lyon", "12 mars 2024"], ["Moulin", "849 €", "Nantes", "1er mai 2024"], ["Ferme", "99,50 €", "Lille", "20 août 2022"]])).toEqual([
      { name: "Château", price: 1299, location: "Lyon", date: "2024-03-12" },
      { name: "Moulin", price: 849, location: "Nantes", date: "2024-05-01" },
      { name: "Ferme", price: 99.5, location: "Lille", date: "2022-08-20" },
    ]);
    expect(read(["Name", "Preis", "Ort", "Datum"], [["Haus", "1.299,- €", "Berlin", "3. März 2024"], ["Hof", "849 €", "Bonn", "14. Dezember 2023"], ["Villa", "2.000 €", "Köln", "1. Mai 2024"]])).toEqual([
      { name: "Haus", price: 1299, location: "Berlin", date: "2024-03-03" },
      { name: "Hof", price: 849, location: "Bonn", date: "2023-12-14" },
      { name: "Villa", price: 2000, location: "Köln", date: "2024-05-01" },
    ]);
    // Accented header words name their fields too.
    const company = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, company: { type: "string" }, phone: { type: "string" } } });
    const headers = ["Titre", "Société", "Téléphone"];
    const jobs = table(headers, [["Chef", "Bistro SA", "01 23 45 67 89"], ["Serveur", "Café Lux", "04 56 78 90 12"], ["Plongeur", "Brasserie", "05 11 22 33 44"]]);
    expect(rowsOf(extractRows(region(jobs, byClass("row"), { headers }), { pageUrl: "https://x.example/", fields: company, q: "" }))[1]).toEqual({ title: "Serveur", company: "Café Lux", phone: "04 56 78 90 12" });
  });

  it("data table: cells by header, numbers parsed, link resolved", () => {
    const doc = parseHtml(`<table><thead><tr><th>City</th><th>Country</th><th>Population</th></tr></thead><tbody>
      <tr><td><a href="/wiki/Tokyo">Tokyo</a></td><td>Japan</td><td>37,400,068</td></tr>
      <tr><td><a href="/wiki/Delhi">Delhi</a></td><td>India</td><td>28,514,000</td></tr>
      <tr><td><a href="/wiki/Shanghai">Shanghai</a></td><td>China</td><td>25,582,000</td></tr></tbody></table>`);
    const reg = region(doc, byTag("tr"), { kind: "table", headers: ["City", "Country", "Population"] });
    reg.records = reg.records.slice(1);
    const fields = fieldSpecsFromSchema({
      type: "object",
      properties: { country: { type: "string" }, city: { type: "string" }, population: { type: "integer" }, link: { type: "string", format: "uri" } },
    });
    const rows = rowsOf(extractRows(reg, { pageUrl: "https://en.example/list", fields, q: "" }));
    expect(rows[1]).toEqual({ country: "India", city: "Delhi", population: 28514000, link: "https://en.example/wiki/Delhi" });
  });
});

describe("extractRows on a table with bands", () => {
  // A standings table: a two-row header, and a band ("Europa League places") between the teams.
  const doc = fixture("fields-standings.html");
  const table = findRecords(doc, { q: "every team" })!;

  it("gives no row for a band across the columns, with the query's fields or the inferred ones", () => {
    const q = "every team with position, name, played, goal difference and points";
    const rows = rowsOf(extractRows(table, { pageUrl: "https://footy.example/table", fields: fieldSpecsFromQuery(q), q }));
    expect(rows.map((r) => r.name)).toEqual(["Arsenal", "Manchester City", "Chelsea", "Liverpool", "Brighton & Hove Albion"]);
    expect(rows.map((r) => [r.position, r.played, r.goalDifference, r.points].map(String))).toEqual([
      ["1", "13", "+19", "32"],
      ["2", "13", "+15", "28"],
      ["3", "13", "+10", "25"],
      ["4", "13", "+6", "23"],
      ["5", "13", "−2", "20"],
    ]);
    const inferred = rowsOf(extractRows(table, { pageUrl: "https://footy.example/table", fields: null, q: "every team" }));
    expect(inferred.map((r) => r.team)).toEqual(["Arsenal", "Manchester City", "Chelsea", "Liverpool", "Brighton & Hove Albion"]);
  });

  it("keeps a table's rows of one cell where most rows are so (a list set as a table)", () => {
    const list = parseHtml(`<table><tbody>${["Alpha", "Bravo", "Charlie"].map((n) => `<tr><td colspan="2"><a href="/${n}">${n}</a></td></tr>`).join("")}<tr><td>Delta</td><td>4</td></tr></tbody></table>`);
    const rows = rowsOf(extractRows(region(list, byTag("tr"), { kind: "table" }), { pageUrl: "https://list.example/", fields: fieldSpecsFromQuery("every item with name"), q: "every item with name" }));
    expect(rows.map((r) => r.name)).toEqual(["Alpha", "Bravo", "Charlie", "Delta"]);
  });
});
