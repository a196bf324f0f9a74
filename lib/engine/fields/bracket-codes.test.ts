import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { rowsFromPage } from "../page-rows";
import { bracketedCode } from "./bracket-codes";
import { planField } from "./plan";
import { fieldSpecsFromSchema } from "./spec";

const plan = (name: string) => planField(fieldSpecsFromSchema({ type: "object", properties: { [name]: { type: "string" } } })[0]!);

describe("bracketedCode", () => {
  it("takes a code out of its brackets, for a field that asks for a code", () => {
    const code = plan("destinationCode");
    expect(["(LHR)", "London (LHR)", "Apple Inc. [AAPL]", "(de)", "German (de)", "London", "Federation Tower (East Tower)"].map((v) => bracketedCode(code, v)?.code ?? null)).toEqual([
      "LHR",
      "LHR",
      "AAPL",
      "de",
      null,
      null,
      null,
    ]);
    expect(bracketedCode(plan("destination"), "(LHR)")).toBeNull();
  });
});

describe("a destination and its code in one cell", () => {
  it("gives the code field the code without its brackets, and the destination field the name without the code", async () => {
    const flights = [["London", "LHR"], ["Paris", "CDG"], ["New York", "JFK"]];
    const doc = parseHtml(
      `<!doctype html><html lang="en"><body><h1>Departures</h1><table><thead><tr><th>Destination</th><th>Flight</th></tr></thead><tbody>${flights
        .map(([city, code], i) => `<tr><td><span class="city">${city}</span> <span class="iata">(${code})</span></td><td>BA 94${i}</td></tr>`)
        .join("")}</tbody></table></body></html>`,
    );
    const fields = fieldSpecsFromSchema({ type: "object", properties: { destination: { type: "string" }, destinationCode: { type: "string" }, flight: { type: "string" } } });
    const input = { q: "every departing flight", url: "https://airport.example/", schema: null, verifyUrls: false };
    const { rows } = await rowsFromPage(doc, input.url, input, fields, null);
    expect(rows.map((r) => [r.row.destination, r.row.destinationCode])).toEqual([
      ["London", "LHR"],
      ["Paris", "CDG"],
      ["New York", "JFK"],
    ]);
  });
});
