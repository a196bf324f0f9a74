import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { collectPieces } from "./pieces";
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
