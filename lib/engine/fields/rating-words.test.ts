import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { fieldSpecsFromQuery } from "./query";
import { byClass, region } from "./testing";

const rows = (cards: string[], properties: Record<string, unknown>) =>
  extractRows(region(parseHtml(`<main>${cards.join("")}</main>`), byClass("hotel")), {
    pageUrl: "https://stay.example/",
    fields: fieldSpecsFromSchema({ type: "object", properties }),
    q: "hotels",
  }).map((r) => r.row);

describe("a rating's words", () => {
  it("fills a text field named for them, beside the number, from one element or two", () => {
    const cards = [
      `<div class="hotel"><h3>The Balmoral</h3><div class="review"><span class="score">9.1</span> <span class="word">Superb</span> <span class="count">2,341 reviews</span></div></div>`,
      `<div class="hotel"><h3>Motel One</h3><div class="review"><span class="score">8.7</span> <span class="word">Excellent</span> <span class="count">5,120 reviews</span></div></div>`,
    ];
    expect(rows(cards, { name: { type: "string" }, rating: { type: "number" }, ratingText: { type: "string" } })).toEqual([
      { name: "The Balmoral", rating: 9.1, ratingText: "Superb" },
      { name: "Motel One", rating: 8.7, ratingText: "Excellent" },
    ]);
    const oneElement = [
      `<div class="hotel"><h3>Leith Inn</h3><span class="review-score">8.7 Superb</span></div>`,
      `<div class="hotel"><h3>Old Mill</h3><span class="review-score">7.9 Good</span></div>`,
    ];
    expect(rows(oneElement, { name: { type: "string" }, reviewScore: { type: "number" }, reviewScoreWord: { type: "string" } })).toEqual([
      { name: "Leith Inn", reviewScore: 8.7, reviewScoreWord: "Superb" },
      { name: "Old Mill", reviewScore: 7.9, reviewScoreWord: "Good" },
    ]);
  });

  it("is never the count of reviews nor the bare number", () => {
    const cards = [
      `<div class="hotel"><h3>A</h3><span class="rating">9.1</span> <span class="rating-count">2,341 reviews</span></div>`,
      `<div class="hotel"><h3>B</h3><span class="rating">8.2</span> <span class="rating-count">12 reviews</span></div>`,
    ];
    expect(rows(cards, { name: { type: "string" }, ratingLabel: { type: "string" } })).toEqual([{ name: "A" }, { name: "B" }]);
  });
});

describe("a query asking for a rating's words", () => {
  it("types them as text, and the rating beside them as a number", () => {
    const specs = fieldSpecsFromQuery("every hotel with name, rating, rating text, review score word and distance")!;
    expect(specs.map((s) => [s.name, s.type])).toEqual([
      ["name", "string"],
      ["rating", "number"],
      ["ratingText", "string"],
      ["reviewScoreWord", "string"],
      ["distance", "number"],
    ]);
  });
});
