import { describe, expect, it } from "vitest";
import { parseHtml, type Element } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { region } from "./testing";

const inBody = (el: Element) => el.tagName === "tr" && el.parentNode !== null && "tagName" in el.parentNode && el.parentNode.tagName === "tbody";

describe("a header over a cell that wraps named elements", () => {
  const coin = (name: string, symbol: string, price: string) =>
    `<tr><td><a href="/coins/${symbol.toLowerCase()}/" class="coin"><img src="/i/${symbol}.png" alt=""><p class="name">${name}</p><p class="symbol">${symbol}</p></a></td><td>${price}</td></tr>`;
  const headers = ["Name", "Price"];
  const html = `<table><thead><tr><th>Name</th><th>Price</th></tr></thead><tbody>${coin("Bitcoin", "BTC", "$64,231.17")}${coin("Tether USDt", "USDT", "$1.00")}</tbody></table>`;

  it("names the inner element its own class repeats the header's word in", () => {
    const records = { ...region(parseHtml(html), inBody), headers };
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, symbol: { type: "string" }, price: { type: "number" }, url: { type: "string", format: "uri" } } });
    const rows = extractRows(records, { pageUrl: "https://site.example/coins", fields, q: "all coins" }).map((r) => r.row);
    expect(rows).toEqual([
      { name: "Bitcoin", symbol: "BTC", price: 64231.17, url: "https://site.example/coins/btc/" },
      { name: "Tether USDt", symbol: "USDT", price: 1, url: "https://site.example/coins/usdt/" },
    ]);
  });
});
