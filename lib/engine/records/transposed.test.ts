import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { rowsFromPage } from "../page-rows";
import { fieldSpecsFromQuery, fieldSpecsFromSchema } from "../fields";
import { findRecords } from ".";

const comparison = () => parseHtml(readFileSync(path.join(__dirname, "..", "__fixtures__", "fields-comparison.html"), "utf8"));
const input = (q: string) => ({ q, url: "https://shop.example/compare", schema: null, verifyUrls: false });

describe("a comparison table: items as columns, features as rows", () => {
  it("reads one row per item, each feature named by its row's header", async () => {
    const q = "every iPhone model with price, display, chip, weight and storage";
    const { rows } = await rowsFromPage(comparison(), input(q).url, input(q), fieldSpecsFromQuery(q), null);
    expect(rows.map((r) => r.row)).toEqual([
      { price: "From £1,099", display: "6.3″ Super Retina XDR", chip: "A19 Pro", weight: 204, storage: "256GB, 512GB, 1TB" },
      { price: "From £799", display: "6.3″ Super Retina XDR", chip: "A19", weight: 177, storage: "256GB, 512GB" },
      { price: "From £599", display: "6.1″ Super Retina XDR", chip: "A18", weight: 167, storage: "128GB, 256GB, 512GB" },
    ]);
    expect(rows[0]!.source.fields).toMatchObject({ chip: { xpath: "/body[1]/main[1]/section[1]/table[1]/tbody[1]/tr[3]/td[1]" } });
  });

  it("names each item from its header cell, with a schema's types", async () => {
    const schema = { type: "object", properties: { model: { type: "string" }, url: { type: "string", format: "uri" }, price: { type: "number" }, weight: { type: "number" } } };
    const { rows } = await rowsFromPage(comparison(), input("every iPhone").url, input("every iPhone"), fieldSpecsFromSchema(schema), null);
    expect(rows.map((r) => r.row)).toEqual([
      { model: "iPhone 17 Pro", url: "https://shop.example/iphone-17-pro/", price: 1099, weight: 204 },
      { model: "iPhone 17", url: "https://shop.example/iphone-17/", price: 799, weight: 177 },
      { model: "iPhone 16e", url: "https://shop.example/iphone-16e/", price: 599, weight: 167 },
    ]);
  });

  it("keeps rows as records where the corner names the row headers, or the headers sort the table", () => {
    const table = (corner: string, head: (name: string) => string) =>
      parseHtml(
        `<table><thead><tr><th>${corner}</th>${["Played", "Won", "Points"].map(head).join("")}</tr></thead><tbody>${["Arsenal", "Chelsea", "Everton", "Fulham"]
          .map((team, i) => `<tr><th scope="row">${team}</th><td>${10 + i}</td><td>${5 + i}</td><td>${20 + i}</td></tr>`)
          .join("")}</tbody></table>`,
      );
    const linked = (name: string) => `<th><a href="/stats/${name.toLowerCase()}">${name}</a></th>`;
    const sorted = (name: string) => `<th><a href="?sort=${name.toLowerCase()}">${name}</a></th>`;
    for (const doc of [table("Team", linked), table("", sorted)]) {
      const region = findRecords(doc);
      expect(region?.records.map((r) => r.map((el) => el.tagName))).toEqual([["tr"], ["tr"], ["tr"], ["tr"]]);
    }
  });
});
