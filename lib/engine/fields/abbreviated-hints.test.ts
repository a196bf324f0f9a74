import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromQuery } from "./query";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

const rowsOf = (body: string, recordClass: string, fields: ReturnType<typeof fieldSpecsFromSchema> | null, q: string) =>
  extractRows(region(parseHtml(`<html><body><main>${body}</main></body></html>`), byClass(recordClass)), { pageUrl: "https://transit.example/board", fields, q }).map((r) => r.row);

describe("class names shortened to a word's first letters", () => {
  it("name the field: a departures board's class=\"dest\" is the destination", () => {
    const deps = [
      ["S1", "Airport", "3", "in 4 min"],
      ["S7", "Harbour", "1", "12:34"],
      ["RE5", "Northfield", "7", "12:41"],
    ];
    const board = `<div class="board">${deps.map(([line, dest, plat, time]) => `<div class="dep"><span class="line">${line}</span><span class="dest">${dest}</span><span class="plat">Platform ${plat}</span><span class="time">${time}</span></div>`).join("")}</div>`;
    const q = "every departure with line, destination and platform";
    const rows = rowsOf(board, "dep", fieldSpecsFromQuery(q), q);
    expect(rows.map((r) => [r.destination, r.platform])).toEqual([
      ["Airport", "Platform 3"],
      ["Harbour", "Platform 1"],
      ["Northfield", "Platform 7"],
    ]);
  });

  it("name it in the plural too: class=\"dims\" holds a work's dimensions", () => {
    const works = [
      ["Impression, Sunrise", "Oil on canvas", "48 × 63 cm"],
      ["The Dance Class", "Oil on canvas", "85 × 75 cm"],
    ];
    const grid = `<div class="grid">${works.map(([t, m, d]) => `<article class="work"><h2>${t}</h2><p class="medium">${m}</p><p class="dims">${d}</p></article>`).join("")}</div>`;
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, medium: { type: "string" }, dimensions: { type: "string" } } });
    expect(rowsOf(grid, "work", fields, "every artwork").map((r) => r.dimensions)).toEqual(["48 × 63 cm", "85 × 75 cm"]);
  });

  it("lose to the field's own word, and a word of its own (class=\"add\") shortens nothing", () => {
    const shops: ReadonlyArray<readonly [string, string]> = [
      ["Corner Books", "12 High Street"],
      ["Page Turners", "3 Mill Lane"],
    ];
    const list = `<ul class="shops">${shops.map(([n, a]) => `<li class="shop"><h3>${n}</h3><span class="addr-short">${a.split(" ")[0]}</span><p class="address">${a}</p><button class="add">Add to list</button></li>`).join("")}</ul>`;
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, address: { type: "string" } } });
    expect(rowsOf(list, "shop", fields, "every shop").map((r) => r.address)).toEqual(["12 High Street", "3 Mill Lane"]);
    const unnamed = `<ul class="shops">${shops.map(([n]) => `<li class="shop"><h3>${n}</h3><span class="add">Saved by 12 readers</span></li>`).join("")}</ul>`;
    expect(rowsOf(unnamed, "shop", fields, "every shop").map((r) => r.address)).toEqual([undefined, undefined]);
  });
});
