import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { rowsFromPage } from "../page-rows";
import { fieldSpecsFromSchema } from "./spec";

const STAFF = [
  ["Ada Lovelace", "Doktorandin", "beurlaubt"],
  ["Alan Turing", "Doktorand", ""],
  ["Grace Hopper", "Postdoc", "Elternzeit"],
  ["Edsger Dijkstra", "Professor", ""],
];

describe("a badge set in a text", () => {
  it("is no part of the text's value", async () => {
    const doc = parseHtml(
      `<!doctype html><html lang="de"><body><h1>Team</h1><div class="people">${STAFF.map(
        ([name, job, badge], i) =>
          `<div class="person"><h3><a href="/team/p${i}">${name}</a></h3><p class="position">${job}${badge ? ` <span class="badge">${badge}</span>` : ""}</p><p class="room">Raum: 02.13${i}</p></div>`,
      ).join("")}</div></body></html>`,
    );
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, position: { type: "string" } } });
    const input = { q: "every staff member", url: "https://uni.example/team", schema: null, verifyUrls: false };
    const { rows } = await rowsFromPage(doc, input.url, input, fields, null);
    expect(rows.map((r) => r.row.position)).toEqual(["Doktorandin", "Doktorand", "Postdoc", "Professor"]);
  });
});
