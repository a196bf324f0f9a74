import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromQuery } from "./query";
import { fieldSpecsFromSchema, type FieldSpec } from "./spec";
import { namesMoney } from "./money-words";
import { byClass, region } from "./testing";

const rows = (html: string, fields: FieldSpec[]) =>
  extractRows(region(parseHtml(`<html><body><main><div class="list">${html}</div></main></body></html>`), byClass("lot")), { pageUrl: "https://shop.example/", fields, q: "every lot" }).map((r) => r.row);

const LOTS = [
  ["Leica M3 body", "£1,245.00", "17 bids"],
  ["Rolleiflex 2.8F", "£890.00", "9 bids"],
];
const STAYS = [
  ["Harbour loft", "$189 / night"],
  ["Pine cabin", "$95 / night"],
];

describe("words that name an amount of money", () => {
  it("reads a lot's current bid as money from a query, beside the count of bids", () => {
    const html = LOTS.map(([t, p, b]) => `<div class="lot"><h3>${t}</h3><span class="item-amount">${p}</span><span class="item-bids">${b}</span></div>`).join("");
    const got = rows(html, fieldSpecsFromQuery("every lot with title, current bid, number of bids")!);
    expect(got.map((r) => [r.title, r.currentBid, r.numberOfBids])).toEqual([
      ["Leica M3 body", "£1,245.00", 17],
      ["Rolleiflex 2.8F", "£890.00", 9],
    ]);
  });

  it("reads a rate charged by the night, day or hour as money", () => {
    const html = STAYS.map(([t, p]) => `<div class="lot"><h3>${t}</h3><span class="cost-line">${p}</span></div>`).join("");
    for (const name of ["nightlyRate", "dailyRate", "hourlyRate"]) {
      const got = rows(html, fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, [name]: { type: "number" } } }));
      expect(got.map((r) => r[name])).toEqual([189, 95]);
    }
  });

  it("leaves a bare rate, an annual rate and a count of bids to other kinds", () => {
    expect(namesMoney(["current", "bid"])).toBe(true);
    expect(namesMoney(["rate", "per", "night"])).toBe(true);
    expect(namesMoney(["fare"])).toBe(true);
    expect(namesMoney(["rate"])).toBe(false);
    expect(namesMoney(["annual", "rate"])).toBe(false);
    expect(namesMoney(["interest", "rate", "monthly"])).toBe(false);
    expect(namesMoney(["bids"])).toBe(false);
  });
});
