import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { rowsFromPage } from "../page-rows";
import { firstOfSeveralCodes } from "./several-codes";
import { fieldSpecsFromSchema } from "./spec";
import { byTag, select } from "./testing";
import { textMemo } from "./dom-text";

const FLIGHTS: [string, string[]][] = [
  ["BA 947", ["AA 6331", "IB 7402"]],
  ["AF 1623", ["KL 2027"]],
  ["LX 1113", []],
];

const table = () =>
  parseHtml(
    `<!doctype html><html lang="en"><body><h1>Departures</h1><table><thead><tr><th>Destination</th><th>Flight</th><th>Gate</th></tr></thead><tbody>${FLIGHTS.map(
      ([own, shares], i) =>
        `<tr><td>City ${i}</td><td class="flightno"><strong>${own}</strong>${shares.length ? `<div class="codeshares">${shares.map((s) => `<span>${s}</span>`).join(" ")}</div>` : ""}</td><td>A1${i}</td></tr>`,
    ).join("")}</tbody></table></body></html>`,
  );

describe("firstOfSeveralCodes", () => {
  it("takes the first of codes of one shape, each its own element, and leaves other cells alone", () => {
    const doc = parseHtml(
      `<table><tr><td><strong>BA 947</strong><div><span>AA 6331</span> <span>IB 7402</span></div></td>` +
        `<td><span>London</span> <span>Paris</span></td><td>BA 947 AA 6331</td><td><b>BA 947</b> delayed</td><td><b>BA 947</b><i>12:40</i></td></tr></table>`,
    );
    const text = textMemo();
    expect(select(doc, byTag("td")).map((td) => firstOfSeveralCodes(td, text(td))?.value ?? null)).toEqual(["BA 947", null, null, null, null]);
  });

  it("gives a flight its own number, and the codeshares field the others", async () => {
    const fields = fieldSpecsFromSchema({
      type: "object",
      properties: { flightNumber: { type: "string" }, codeshares: { type: "array", items: { type: "string" } }, gate: { type: "string" } },
    });
    const input = { q: "every departing flight with flight number, codeshares and gate", url: "https://airport.example/", schema: null, verifyUrls: false };
    const { rows } = await rowsFromPage(table(), input.url, input, fields, null);
    expect(rows.map((r) => r.row.flightNumber)).toEqual(FLIGHTS.map(([own]) => own));
  });
});
