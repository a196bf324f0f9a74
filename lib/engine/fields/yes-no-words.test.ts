import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { rowsFromPage } from "../page-rows";
import { fieldSpecsFromSchema } from "./spec";
import { parseBoolean } from "./values";

describe("parseBoolean: yes and no in other languages", () => {
  it("reads ja/nein, oui/non, sí/no, sim/não, wahr/falsch as yes and no", () => {
    expect(["Ja", "nein", "Oui", "non", "Sí", "si", "sim", "não", "wahr", "falsch", "vrai", "faux", "Jahr", "Nonne"].map(parseBoolean)).toEqual([
      true,
      false,
      true,
      false,
      true,
      true,
      true,
      false,
      true,
      false,
      true,
      false,
      null,
      null,
    ]);
  });
});

describe("a boolean column written in German", () => {
  it("gives the boolean field true and false", async () => {
    const rooms = [["Hörsaal 1", "ja"], ["Seminarraum 2", "nein"], ["Labor 3", "ja"], ["Büro 4", "nein"]];
    const doc = parseHtml(
      `<!doctype html><html lang="de"><body><h1>Räume</h1><table><thead><tr><th>Raum</th><th>Barrierefrei</th><th>Plätze</th></tr></thead><tbody>${rooms
        .map(([room, access], i) => `<tr><td>${room}</td><td>${access}</td><td>${20 + i}</td></tr>`)
        .join("")}</tbody></table></body></html>`,
    );
    const fields = fieldSpecsFromSchema({ type: "object", properties: { raum: { type: "string" }, barrierefrei: { type: "boolean" }, plaetze: { type: "integer", description: "Plätze" } } });
    const input = { q: "every Raum", url: "https://uni.example/raeume", schema: null, verifyUrls: false };
    const { rows } = await rowsFromPage(doc, input.url, input, fields, null);
    expect(rows.map((r) => r.row.barrierefrei)).toEqual([true, false, true, false]);
  });
});
