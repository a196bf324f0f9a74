import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { collectPieces } from "./pieces";
import { fieldSpecsFromSchema } from "./spec";
import { readRating } from "./ratings";
import { byClass, region } from "./testing";

/** The rating read from each record's element classed "stars". */
const ratings = (widgets: string[]) => {
  const doc = parseHtml(`<main>${widgets.map((w, i) => `<div class="rec"><h3>Dish ${i}</h3>${w}</div>`).join("")}</main>`);
  return collectPieces(region(doc, byClass("rec")).records, "https://food.example/").map((rp) => {
    const piece = rp.pieces.find((p) => p.el.attrs.some((a) => a.name === "class" && a.value === "stars"));
    return piece ? readRating(piece) : null;
  });
};

describe("readRating", () => {
  it("takes the exact number an attribute gives over star glyphs, which round it", () => {
    expect(
      ratings([
        `<span class="stars" aria-label="4.6 out of 5 stars">★★★★★ (212)</span>`,
        `<span class="stars" title="Rated 3.7">★★★★☆</span>`,
        `<span class="stars" itemprop="ratingValue" content="4.2">★★★★☆ 87</span>`,
      ]),
    ).toEqual([
      { value: 4.6, attr: "aria-label" },
      { value: 3.7, attr: "title" },
      { value: 4.2, attr: "content" },
    ]);
  });

  it("keeps the number the text writes itself, and the glyphs when no attribute gives one", () => {
    expect(
      ratings([
        `<span class="stars" aria-label="5 out of 5">4.7 ★★★★★</span>`,
        `<span class="stars" aria-label="Rating">★★★☆☆ (12)</span>`,
        `<span class="stars" aria-label="4.5 out of 5">★★★★½</span>`,
      ]),
    ).toEqual([{ value: 4.7 }, { value: 3 }, { value: 4.5, attr: "aria-label" }]);
  });
});

describe("the count of ratings beside the stars", () => {
  it("is read from the rating's own text or attribute, which the rating field also reads", () => {
    const card = (i: number, widget: string) => `<div class="rec"><h3><a href="/p/${i}">Lamp ${i}</a></h3>${widget}</div>`;
    const html = [
      card(1, `<span class="stars" aria-label="4.4 out of 5 stars, 91 reviews">★★★★☆</span>`),
      card(2, `<span class="stars">★3.8（1,204件）</span>`),
      card(3, `<span class="stars">★★★★★ (17)</span>`),
    ].join("");
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, rating: { type: "number" }, reviewCount: { type: "integer" } } });
    const rows = extractRows(region(parseHtml(`<main>${html}</main>`), byClass("rec")), { pageUrl: "https://shop.example/", fields, q: "lamps" });
    expect(rows.map((r) => r.row)).toEqual([
      { name: "Lamp 1", rating: 4.4, reviewCount: 91 },
      { name: "Lamp 2", rating: 3.8, reviewCount: 1204 },
      { name: "Lamp 3", rating: 5, reviewCount: 17 },
    ]);
    expect(rows[0]!.from.get("reviewCount")).toMatchObject({ attr: "aria-label" });
  });
});
