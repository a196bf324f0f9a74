// Data tables as records: headers, group headings, split tables, layout tables.
import { describe, expect, it } from "vitest";
import { textContent } from "../dom";
import { findRecordRegions, findRecords } from "../records";
import { detectAllRecords } from "./all";
import { cards, MENU, page, texts } from "./testing";

describe("findRecords", () => {
  it("reads a data table with a <thead> header", () => {
    const rows = Array.from({ length: 5 }, (_, i) => `<tr><td>Widget ${i}</td><td>${i * 3}</td><td>$${i}.99</td></tr>`).join("");
    const doc = page(`<table><thead><tr><th>Name</th><th>Stock</th><th>Price</th></tr></thead><tbody>${rows}</tbody></table>`);
    const region = findRecords(doc);
    expect(region?.kind).toBe("table");
    expect(region?.headers).toEqual(["Name", "Stock", "Price"]);
    expect(region?.records).toHaveLength(5);
    expect(region!.records.every((r) => r[0]!.tagName === "tr")).toBe(true);
  });

  it("reads a data table whose header is a first row of <th> (no <thead>)", () => {
    const rows = Array.from({ length: 4 }, (_, i) => `<tr><td>City ${i}</td><td>${1000 * (i + 1)} inhabitants</td></tr>`).join("");
    const doc = page(`<table><tr><th>City</th><th>Population</th></tr>${rows}</table>`);
    const region = findRecords(doc);
    expect(region?.kind).toBe("table");
    expect(region?.headers).toEqual(["City", "Population"]);
    expect(texts(region!.records)).toEqual(["City 0 1000 inhabitants", "City 1 2000 inhabitants", "City 2 3000 inhabitants", "City 3 4000 inhabitants"]);
  });

  it("names the columns by the last header row, a spanning header naming each column it spans", () => {
    const rows = Array.from({ length: 4 }, (_, i) => `<tr><td>Fund ${i}</td><td>${i}.1%</td><td>${i}.2%</td></tr>`).join("");
    const doc = page(
      `<table><thead><tr><th></th><th colspan="2">Return</th></tr><tr><th>Fund</th><th colspan="2">Return</th></tr><tr><td></td><td></td><td></td></tr></thead><tbody>${rows}</tbody></table>`,
    );
    expect(findRecords(doc)?.headers).toEqual(["Fund", "Return", "Return"]);
  });

  it("names the columns of a header of two rows as laid out, a cell spanning rows keeping its column (standings)", () => {
    const rows = Array.from({ length: 4 }, (_, i) => `<tr><td>${i + 1}</td><td>Team ${i}</td><td>13</td><td>6</td><td>1</td><td>0</td><td>4</td><td>1</td><td>1</td><td>${20 - i}</td></tr>`).join("");
    const head =
      `<tr><th rowspan="2">Pos</th><th rowspan="2">Team</th><th rowspan="2">P</th><th colspan="3">Home</th><th colspan="3">Away</th><th rowspan="2">Pts</th></tr>` +
      `<tr><th>W</th><th>D</th><th>L</th><th>W</th><th>D</th><th>L</th></tr>`;
    const doc = page(`<table><thead>${head}</thead><tbody>${rows}</tbody></table>`);
    expect(findRecords(doc)?.headers).toEqual(["Pos", "Team", "P", "Home W", "Home D", "Home L", "Away W", "Away D", "Away L", "Pts"]);
  });

  it("takes a short table whose header names what the query asks for (four teams, a score and a rating each)", () => {
    const rows = [["Alpha", "12", "4.5"], ["Bravo", "100", "3"], ["Charlie", "7", "4"], ["Delta", "25", "2"]];
    const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("");
    const table = `<table><thead><tr><th>Team</th><th>Score</th><th>Rating</th></tr></thead><tbody>${body}</tbody></table>`;
    const headed = findRecords(page(table), { q: "every team" });
    expect(headed?.kind).toBe("table");
    expect(headed?.records).toHaveLength(4);
    // Without the query's word, or without a header, so little text is no listing: a product page's
    // shipping rates are not its products.
    expect(findRecords(page(table), { q: "every product with name and price" })).toBeNull();
    expect(findRecords(page(`<table><tbody>${body}</tbody></table>`), { q: "every team" })).toBeNull();
    const shipping = (a: string, b: string) =>
      `<h1>Kettle</h1><p>$39.00</p><table><thead><tr><th>${a}</th><th>${b}</th></tr></thead><tbody><tr><td>Standard</td><td>$5</td></tr><tr><td>Express</td><td>$15</td></tr><tr><td>Next day</td><td>$25</td></tr></tbody></table>`;
    expect(findRecords(page(shipping("Method", "Cost")), { q: "every product with name and price" })).toBeNull();
    // Headers that name attributes every small table has ("Name", "Price") do not vouch for it.
    expect(findRecords(page(shipping("Name", "Price")), { q: "every product with name and price" })).toBeNull();
  });

  it("leaves out body rows classed as group headings", () => {
    const group = (name: string, n: number) =>
      `<tr class="subgroup-headers Table__sub-header"><td>${name}</td><td></td></tr>` +
      Array.from({ length: n }, (_, i) => `<tr><td>${name} team ${i}</td><td>${i * 3}</td></tr>`).join("");
    const doc = page(`<table><thead><tr><th>Team</th><th>Pts</th></tr></thead><tbody>${group("East", 4)}${group("West", 4)}</tbody></table>`);
    const region = findRecords(doc);
    expect(region?.kind).toBe("table");
    expect(region?.records.map((r) => textContent(r[0]!))).toEqual([0, 1, 2, 3].map((i) => `East team ${i} ${i * 3}`).concat([0, 1, 2, 3].map((i) => `West team ${i} ${i * 3}`)));
    // A class that merely contains "head" (a "headline" row) is a record.
    const plain = page(
      `<table><thead><tr><th>Story</th><th>Votes</th></tr></thead><tbody>${Array.from({ length: 6 }, (_, i) => `<tr class="headline"><td>Story ${i}</td><td>${i}</td></tr>`).join("")}</tbody></table>`,
    );
    expect(findRecords(plain)?.records).toHaveLength(6);
    // Headers of any group ("division-header", "heading") are left out too.
    for (const cls of ["division-header", "heading", "date-header"]) {
      const doc = page(`<table><thead><tr><th>Team</th><th>Pts</th></tr></thead><tbody>${group("East", 3).replace(/subgroup-headers Table__sub-header/g, cls)}${group("West", 3).replace(/subgroup-headers Table__sub-header/g, cls)}</tbody></table>`);
      expect(findRecords(doc)?.records).toHaveLength(6);
    }
    // A row pinned or headed by its first cell ("sticky-header", "row-header") is a record too.
    const pinned = page(
      `<table><thead><tr><th>Job</th><th>Place</th></tr></thead><tbody>${Array.from({ length: 5 }, (_, i) => `<tr class="${i === 0 ? "sticky-header" : i === 1 ? "row-header" : "job"}"><td>Engineer ${i}</td><td>City ${i}</td></tr>`).join("")}</tbody></table>`,
    );
    expect(findRecords(pinned)?.records).toHaveLength(5);
  });

  it("reads two tables side by side (frozen columns) as one table, row i of each being one record", () => {
    const n = 5;
    const names = Array.from({ length: n }, (_, i) => `<tr><td>${i + 1}</td><td><a href="/t/${i}">Team ${i}</a></td></tr>`).join("");
    const stats = Array.from({ length: n }, (_, i) => `<tr><td>${10 + i}</td><td>${i}</td><td>${20 - i}</td><td>${3 * i}</td></tr>`).join("");
    const doc = page(
      `<div class="standings"><table class="fixed"><thead><tr><th>#</th><th>Team</th></tr></thead><tbody>${names}</tbody></table>` +
        `<div class="scroll"><table><thead><tr><th>P</th><th>W</th><th>L</th><th>Pts</th></tr></thead><tbody>${stats}</tbody></table></div></div>`,
    );
    const region = findRecords(doc);
    expect(region?.kind).toBe("table");
    expect(region?.headers).toEqual(["#", "Team", "P", "W", "L", "Pts"]);
    expect(texts(region!.records)).toEqual(Array.from({ length: n }, (_, i) => `${i + 1} Team ${i} | ${10 + i} ${i} ${20 - i} ${3 * i}`));
    expect(detectAllRecords(doc)).toHaveLength(n);
  });

  it("does not pair two tables with text between them (a side table, then a heading and the data)", () => {
    const side = Array.from({ length: 4 }, (_, i) => `<tr><td><a href="/c/${i}">Category ${i}</a></td><td>${i * 7}</td></tr>`).join("");
    const data = Array.from({ length: 4 }, (_, i) => `<tr><td>Widget ${i}</td><td>${i * 3} in stock</td><td>$${i}.99</td></tr>`).join("");
    const doc = page(`<div class="page"><table class="side"><tbody>${side}</tbody></table><h2>Widgets</h2><table class="data"><tbody>${data}</tbody></table></div>`);
    expect(findRecordRegions(doc).every((r) => r.records.every((rec) => rec.length === 1))).toBe(true);
    // The same tables touching are one split table.
    const touching = page(`<div class="page"><table class="side"><tbody>${side}</tbody></table><table class="data"><tbody>${data}</tbody></table></div>`);
    expect(findRecords(touching)?.records[0]).toHaveLength(2);
  });

  it("does not chain a page of small tables into one split table (at most three parts)", () => {
    const table = (i: number) =>
      `<table><tbody>${[1, 2, 3].map((r) => (i % 2 ? `<tr><td>Item ${i}.${r}</td><td>${r}</td></tr>` : `<tr><td>Item ${i}.${r}</td><td>${r}</td><td>${r * 2}</td></tr>`)).join("")}</tbody></table>`;
    const doc = page(`<div class="tables">${Array.from({ length: 8 }, (_, i) => table(i)).join("")}</div>`);
    expect(findRecordRegions(doc).every((r) => r.records.every((rec) => rec.length === 1))).toBe(true);
  });

  it("keeps two lists of one kind side by side (same columns) as two tables", () => {
    const table = (title: string) =>
      `<table><thead><tr><th>${title}</th><th>Price</th><th>Change</th></tr></thead><tbody>${Array.from(
        { length: 4 },
        (_, i) => `<tr><td>${title} stock ${i}</td><td>${100 + i}.50</td><td>${i}.5%</td></tr>`,
      ).join("")}</tbody></table>`;
    const doc = page(`<div class="movers">${table("Gainers")}${table("Losers")}</div>`);
    expect(findRecordRegions(doc).every((r) => r.records.every((rec) => rec.length === 1))).toBe(true);
    expect(detectAllRecords(doc)).toHaveLength(8);
  });

  it("does not take a layout table for a data table, and finds the list inside it", () => {
    const doc = page(
      `<table role="presentation" width="100%"><tr><td>${MENU}</td></tr><tr><td><div class="list">${cards(4)}</div></td></tr>` +
        `<tr><td><p>© 2024 Example Ltd. All rights reserved.</p></td></tr></table>`,
    );
    const region = findRecords(doc);
    expect(region?.kind).toBe("repeated");
    expect(region?.records).toHaveLength(4);
    expect(findRecordRegions(doc).some((r) => r.kind === "table")).toBe(false);
  });

  it("reads a table whose header names its columns as records, however varied its values (not a spec list)", () => {
    const rows = ["-$5.00", "−€12,50", "+3.5%", "-1,234.56 USD", "$-7.25"].map((a, i) => `<tr><td>Txn ${i}</td><td>${a}</td></tr>`).join("");
    expect(findRecords(page(`<main><table><tr><th>Description</th><th>Amount</th></tr>${rows}</table></main>`))?.records).toHaveLength(5);
    // Without the header row, label/value rows of mixed kinds are an item's own properties.
    expect(findRecords(page(`<main><table>${["Weight|1.2 kg", "Colour|Blue", "Price|$30", "Released|2021-03-04", "Rating|4.5/5"].map((r) => `<tr><td>${r.split("|").join("</td><td>")}</td></tr>`).join("")}</table></main>`))).toBeNull();
  });
});

describe("a table whose stretches are headed by a row of one spanning cell", () => {
  it("reads its rows as records, the spanning rows with them, though more than a quarter of its rows span", () => {
    const groups = [
      ["Performance", "Benchmark score", "Battery life"],
      ["Camera", "Main sensor", "Night mode"],
      ["Price", "Launch price", "Trade-in offer"],
    ];
    const rows = groups
      .map(([head, ...features]) => `<tr><td colspan="4" class="group">${head}</td></tr>${features.map((f) => `<tr><td>${f}</td><td>Yes</td><td>No</td><td>Yes</td></tr>`).join("")}`)
      .join("");
    const doc = page(`<main><table><thead><tr><th>Feature</th><th>Model A</th><th>Model B</th><th>Model C</th></tr></thead><tbody>${rows}</tbody></table></main>`);
    const table = findRecordRegions(doc).find((r) => r.kind === "table");
    expect(table && texts(table.records)).toEqual(groups.flatMap(([head, ...features]) => [head, ...features.map((f) => `${f} Yes No Yes`)]));
  });
});
