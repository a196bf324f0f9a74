import { describe, expect, it } from "vitest";
import { findRecords } from "../records";
import { page, texts } from "./testing";

/** A shop's product card; `variant` is a modifier class on the card's inner wrapper ("coupon"). */
const product = (i: number, variant = "") =>
  `<li class="product"><a class="product-link" href="/p/${i}"><dl class="product-wrap${variant ? ` ${variant}` : ""}">` +
  `<dt class="image"><img src="/i/${i}.jpg" alt=""></dt><dd class="descriptions"><div class="name">Cordless drill model ${i}</div>` +
  `<div class="price">€${40 + i}.00</div><div class="rating">4.${i % 10} (${100 + i} reviews)</div></dd></dl></a></li>`;

describe("outliers of a list", () => {
  it("keep a card of the list's template whose modifier class renames every class below it, its tags being the rest's", () => {
    const cards = Array.from({ length: 12 }, (_, i) => product(i + 1, i === 4 ? "coupon" : ""));
    const found = findRecords(page(`<main><h1>Drills</h1><ul class="products">${cards.join("")}</ul></main>`));
    expect(found?.records).toHaveLength(12);
    expect(texts(found!.records)[4]).toContain("Cordless drill model 5");
  });

  it("still drop a block of another make slipped into the list", () => {
    const cards = Array.from({ length: 12 }, (_, i) => product(i + 1));
    const ad = `<li class="product"><div class="promo"><p>Sign up to our newsletter</p><form><label>Email</label></form></div></li>`;
    cards.splice(5, 0, ad);
    const found = findRecords(page(`<main><h1>Drills</h1><ul class="products">${cards.join("")}</ul></main>`));
    expect(found?.records).toHaveLength(12);
    expect(texts(found!.records).join(" ")).not.toContain("newsletter");
  });
});
