import { describe, expect, it } from "vitest";
import { elementChildren, parseHtml, type Element } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromQuery } from "./query";
import { byTag, region } from "./testing";

/** A table's body rows (its first cell a td). */
const bodyRow = (el: Element) => el.tagName === "tr" && elementChildren(el)[0]?.tagName === "td";
const names = (q: string) => fieldSpecsFromQuery(q)?.map((f) => f.name) ?? null;

describe("specFromPhrase: names in other scripts", () => {
  it("keeps accented letters and other scripts in the key instead of cutting the word apart", () => {
    expect(names("alle Wohnungen: Titel, Wohnfläche, Zimmer")).toEqual(["titel", "wohnfläche", "zimmer"]);
    expect(names("todos los libros: título, autor, páginas")).toEqual(["título", "autor", "páginas"]);
    expect(names("全商品: 名前, 価格, 評価")).toEqual(["名前", "価格", "評価"]);
  });

  it("fills an accented field from the header that writes it, and a Japanese one from what its English word names", () => {
    const table = parseHtml(
      `<html lang="de"><body><table><tr><th>Titel</th><th>Wohnfläche</th></tr>` +
        [["Altbau am Park", "68 m²"], ["Loft mit Blick", "94 m²"], ["Dachgeschoss", "112 m²"]].map(([t, a]) => `<tr><td>${t}</td><td>${a}</td></tr>`).join("") +
        `</table></body></html>`,
    );
    const q = "alle Wohnungen: Titel, Wohnfläche";
    const de = extractRows(region(table, bodyRow, { headers: ["Titel", "Wohnfläche"] }), {
      pageUrl: "https://wohnen.example/",
      fields: fieldSpecsFromQuery(q),
      q,
    });
    expect(de.map((r) => r.row.wohnfläche)).toEqual(["68 m²", "94 m²", "112 m²"]);

    const items = [["電気ケトル", "¥3,480"], ["ロボット掃除機", "¥39,800"], ["炊飯器", "¥12,800"]];
    const doc = parseHtml(`<html lang="ja"><body><ul>${items.map(([n, p]) => `<li><p class="item-name">${n}</p><p class="item-price">${p}</p></li>`).join("")}</ul></body></html>`);
    const ja = "全商品: 名前, 価格";
    const rows = extractRows(region(doc, byTag("li")), { pageUrl: "https://shop.example/", fields: fieldSpecsFromQuery(ja), q: ja }).map((r) => r.row);
    expect(rows).toEqual(items.map(([n, p]) => ({ 名前: n, 価格: p })));
  });
});

describe("specFromPhrase: counts of things a stay or a course is made of", () => {
  it("types nights, floors and lectures as whole numbers and total hours as a number, and reads them from their line", () => {
    const q = "every stay with title, nights, guests, lectures, floors and total hours";
    expect(fieldSpecsFromQuery(q)?.map((f) => [f.name, f.type])).toEqual([
      ["title", "string"],
      ["nights", "integer"],
      ["guests", "integer"],
      ["lectures", "integer"],
      ["floors", "integer"],
      ["totalHours", "number"],
    ]);
    const doc = parseHtml(`<ul>${[["Canal loft", "3 nights", "October 2026", "22"], ["Studio", "1 night", "September 2026", "9.5"]]
      .map(([t, n, when, h]) => `<li><h3>${t}</h3><div class="info">${n} · <span class="when">${when}</span></div><span class="meta">${h} total hours</span></li>`)
      .join("")}</ul>`);
    const rows = extractRows(region(doc, byTag("li")), { pageUrl: "https://stays.example/", fields: fieldSpecsFromQuery("every stay with title, nights and total hours"), q: "" }).map((r) => r.row);
    expect(rows.map((r) => [r.nights, r.totalHours])).toEqual([[3, 22], [1, 9.5]]);
  });
});
