import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { rowsFromPage } from "../page-rows";
import { runSteps } from "../steps";
import { fieldSpecsFromQuery } from "./query";
import { MAX_NODES, MAX_STATE } from "./app-state";
import { flightStateSteps } from "./flight-state";

const PAGE = "https://shop.example/lamps";
const shell = (state: string) => `<html><body><main><h1>Lamps</h1><div class="spinner">Loading…</div></main>${state}</body></html>`;
const page = (stream: string) =>
  shell(`<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push(${JSON.stringify([1, stream]).replace(/</g, "\\u003c")})</script>`);
const models = (stream: string) => runSteps(flightStateSteps(parseHtml(page(stream)), MAX_STATE, MAX_NODES))?.models ?? {};
const rowsOf = async (stream: string, q: string) =>
  (await rowsFromPage(parseHtml(page(stream)), PAGE, { url: PAGE, q, schema: null, verifyUrls: false }, fieldSpecsFromQuery(q), null)).rows.map((r) => r.row);

describe("a flight stream's values JSON has no form for (React's client: parseModelString)", () => {
  it("reads a BigInt ($n) as a number when it is one exactly, else as its digits", () => {
    const m = models(`0:{"stock":"$n42","debt":"$n-7","views":"$n123456789012345678901234567890","row":"$3"}\n3:"$n9007199254740993"\n`)["0"];
    expect(m).toEqual({ stock: 42, debt: -7, views: "123456789012345678901234567890", row: "9007199254740993" });
  });

  it("reads an iterator ($i) as the array its row holds, through a path too", () => {
    const m = models(`4:["a","b"]\n5:{"page":{"ids":[1,2]}}\n0:{"letters":"$i4","ids":"$i5:page:ids"}\n`)["0"];
    expect(m).toEqual({ letters: ["a", "b"], ids: [1, 2] });
  });

  it("reads a FormData ($K) as an object of its entries, a repeated key's values in an array, a file (a Blob, $B) as nothing", () => {
    const stream =
      `6:["image/png","$AT0"]\n` +
      `7:[["q","lamp"],["colour","red"],["colour","blue"],["colour","$$green"],["photo","$B6"]]\n` +
      `0:{"form":"$K7","picture":"$B6"}\n`;
    expect(models(stream)["0"]).toEqual({ form: { q: "lamp", colour: ["red", "blue", "$green"], photo: null }, picture: null });
  });

  it("reads dates as their text, and undefined, infinities and NaN as null (as JSON writes them), -0 as 0", () => {
    const m = models(`0:{"at":"$D2026-11-30T10:00:00.000Z","gone":"$undefined","max":"$Infinity","min":"$-Infinity","nan":"$NaN","zero":"$-0","text":"$$n5"}\n`)["0"];
    expect(m).toEqual({ at: "2026-11-30T10:00:00.000Z", gone: null, max: null, min: null, nan: null, zero: 0, text: "$n5" });
  });

  it("gives a client component's products sent as an iterator, their prices and stock as BigInts", async () => {
    const lamps = [
      { name: "Arc floor lamp", price: "$n129", stock: "$n12" },
      { name: "Brass desk lamp", price: "$n89", stock: "$n3" },
      { name: "Paper pendant", price: "$n45", stock: "$n0" },
    ];
    const stream = `1:I["77",["static/chunks/app/lamps.js"],"LampList"]\n3:${JSON.stringify(lamps)}\n0:["$","main",null,{"children":["$","$L1",null,{"products":"$i3"}]}]\n`;
    const q = "every product with name, price and stock";
    const rows = await rowsOf(stream, q);
    expect(rows).toEqual([
      { name: "Arc floor lamp", price: "129", stock: "12" },
      { name: "Brass desk lamp", price: "89", stock: "3" },
      { name: "Paper pendant", price: "45", stock: "0" },
    ]);
    // As the same list sent as a plain array of JSON numbers reads.
    const plain = lamps.map((l) => ({ ...l, price: Number(l.price.slice(2)), stock: Number(l.stock.slice(2)) }));
    expect(await rowsOf(`1:I["77",["static/chunks/app/lamps.js"],"LampList"]\n3:${JSON.stringify(plain)}\n0:["$","main",null,{"children":["$","$L1",null,{"products":"$3"}]}]\n`, q)).toEqual(rows);
  });
});
