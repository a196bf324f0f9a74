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
