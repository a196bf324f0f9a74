import { describe, expect, it, vi } from "vitest";
import { parseHtml } from "../dom";
import { fillFields } from "./fill";
import { inferRows } from "./infer";
import { collectPieces } from "./pieces";
import { planFields } from "./plan";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, select } from "./testing";

// The real fit, counted: how many times the fill asks it is what is under test, not what it answers.
const calls = vi.hoisted(() => ({ n: 0 }));
vi.mock("./match", async (importOriginal) => {
  const real = await importOriginal<typeof import("./match")>();
  return { ...real, fit: (...args: Parameters<typeof real.fit>) => (calls.n++, real.fit(...args)) };
});

describe("fillFields", () => {
  it("fits each piece once a field: the slots are chosen by the fits, and each record's values read by the same ones", () => {
    const card = (i: number) =>
      `<article class="product"><h3><a href="/p/${i}">Lamp ${i}</a></h3>${i % 4 ? `<s>£${i + 20}.00</s>` : ""}<p class="price">£${i + 9}.50</p><p>${i % 3 ? "In stock" : "Sold out"}</p></article>`;
    const doc = parseHtml(`<main>${Array.from({ length: 12 }, (_, i) => card(i)).join("")}</main>`);
    const all = collectPieces(select(doc, byClass("product")).map((el) => [el]), "https://shop.example/lamps");
    const plans = planFields(
      fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, price: { type: "string" }, availability: { type: "string" }, url: { type: "string", format: "uri" }, sku: { type: "string" } } }),
    );
    calls.n = 0;
    const rows = fillFields(all, plans, "shop.example");
    expect(rows[1]!.row).toMatchObject({ name: "Lamp 1", price: "£10.50", availability: "In stock", url: "https://shop.example/p/1" });
    expect(rows[3]!.row).toMatchObject({ name: "Lamp 3", price: "£12.50", availability: "Sold out" });
    const pieces = all.reduce((n, rp) => n + rp.pieces.length, 0);
    // (Each record read its slots' pieces again, and every piece again for a field no slot holds: sku.)
    expect(calls.n).toBe(plans.length * pieces);
  });
});

describe("inferRows", () => {
  it("fits the title, link and image it looks for once a piece: its own choice of slots, then the fill's", () => {
    const doc = parseHtml(`<main>${Array.from({ length: 12 }, (_, i) => `<div class="hit"><a href="/r/${i}">Result ${i}</a><img src="/i/${i}.png" alt=""><span>${i} km</span></div>`).join("")}</main>`);
    const all = collectPieces(select(doc, byClass("hit")).map((el) => [el]), "https://search.example/");
    calls.n = 0;
    const { rows } = inferRows(all, "every result", "search.example");
    expect(rows[2]!.row).toMatchObject({ title: "Result 2", url: "https://search.example/r/2" });
    // (Three fields: the title, the link and the image; the fill fitted them all again.)
    expect(calls.n).toBe(3 * all.reduce((n, rp) => n + rp.pieces.length, 0));
  });
});
