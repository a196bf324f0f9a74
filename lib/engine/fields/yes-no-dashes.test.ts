import { describe, expect, it } from "vitest";
import { parseHtml, type Element } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { region } from "./testing";
import { tableRows } from "./infer-table";
import { collectPieces } from "./pieces";
import { runSteps } from "../steps";

const inBody = (el: Element) => el.tagName === "tr" && el.parentNode !== null && "tagName" in el.parentNode && el.parentNode.tagName === "tbody";

function rowsOf(headers: string[], body: string[][], schema: Record<string, unknown>) {
  const html = `<table><thead><tr>${headers.map((h) => `<th>${h}</th>`).join("")}</tr></thead><tbody>${body.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
  const records = { ...region(parseHtml(html), inBody), headers };
  return extractRows(records, { pageUrl: "https://site.example/compare", fields: fieldSpecsFromSchema({ type: "object", properties: schema }), q: "all models" }).map((r) => r.row);
}

describe("a dash in a comparison table", () => {
  const schema = { model: { type: "string" }, weight: { type: "number" }, waterproof: { type: "boolean" }, wireless: { type: "boolean" } };
  const rows = () =>
    rowsOf(
      ["Model", "Weight", "Waterproof", "Wireless"],
      [
        ["A1", "204 g", "✓", "✔"],
        ["B2", "—", "—", "–"],
        ["C3", "167 g", "✓", "✗"],
      ],
      schema,
    );

  it("is a no where the column's other cells are yes and no marks", () => {
    expect(rows().map((r) => [r.model, r.waterproof, r.wireless])).toEqual([
      ["A1", true, true],
      ["B2", false, false],
      ["C3", true, false],
    ]);
  });

  it("is no value in a column of numbers", () => {
    expect(rows().map((r) => r.weight)).toEqual([204, undefined, 167]);
  });

  it("says nothing in a column with no yes in it", () => {
    const out = rowsOf(["Model", "Waterproof"], [["A1", "No"], ["B2", "—"], ["C3", "No"]], { model: { type: "string" }, waterproof: { type: "boolean" } });
    expect(out.map((r) => r.waterproof)).toEqual([false, undefined, false]);
  });
});

describe("a dash alone where a text has nothing to show", () => {
  const board = [
    ["10:05", "10:12", "BA 947", "A12"],
    ["11:30", "—", "LX 1113", "—"],
    ["12:05", "12:05", "EW 6582", "B03"],
  ];
  const schema = { scheduled: { type: "string" }, expected: { type: "string" }, flight: { type: "string" }, gate: { type: "string" } };

  it("is no value in a column of words (a cancelled flight's expected time and gate)", () => {
    expect(rowsOf(["Scheduled", "Expected", "Flight", "Gate"], board, schema)).toEqual([
      { scheduled: "10:05", expected: "10:12", flight: "BA 947", gate: "A12" },
      { scheduled: "11:30", flight: "LX 1113" },
      { scheduled: "12:05", expected: "12:05", flight: "EW 6582", gate: "B03" },
    ]);
  });

  it("is no value in a table read without fields too", () => {
    const headers = ["Scheduled", "Expected", "Flight", "Gate"];
    const html = `<table><tbody>${board.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
    const records = region(parseHtml(html), inBody).records;
    const rows = runSteps(tableRows(collectPieces(records, "https://airport.example/departures", headers), headers)).map((r) => r.row);
    expect(rows[1]).toEqual({ scheduled: "11:30", flight: "LX 1113" });
  });
});
