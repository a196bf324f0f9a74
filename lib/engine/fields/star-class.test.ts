import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

const rows = (cards: string[], properties: Record<string, unknown>) =>
  extractRows(region(parseHtml(`<main>${cards.join("")}</main>`), byClass("card")), {
    pageUrl: "https://stay.example/",
    fields: fieldSpecsFromSchema({ type: "object", properties }),
    q: "hotels",
  }).map((r) => r.row);

const hotel = (name: string, stars: number, score: string) =>
  `<div class="card"><h3>${name}</h3><span class="stars" aria-label="${stars} out of 5 stars">${"★".repeat(stars)}</span><div class="review"><span class="score">${score}</span> <span class="count">812 reviews</span></div></div>`;

describe("stars beside a review score", () => {
  const hotels = [hotel("The Balmoral", 5, "9.1"), hotel("Motel One", 3, "8.7"), hotel("Leith Inn", 4, "7.9")];

  it("are the hotel's class: a rating field that does not ask for stars reads the score", () => {
    expect(rows(hotels, { name: { type: "string" }, rating: { type: "number" } })).toEqual([
      { name: "The Balmoral", rating: 9.1 },
      { name: "Motel One", rating: 8.7 },
      { name: "Leith Inn", rating: 7.9 },
    ]);
  });

  it("still fill a field that asks for stars", () => {
    expect(rows(hotels, { name: { type: "string" }, stars: { type: "integer" }, rating: { type: "number" } })).toEqual([
      { name: "The Balmoral", stars: 5, rating: 9.1 },
      { name: "Motel One", stars: 3, rating: 8.7 },
      { name: "Leith Inn", stars: 4, rating: 7.9 },
    ]);
  });

  it("are the rating where no score is beside them", () => {
    const products = [
      `<div class="card"><h3>Lamp</h3><span class="stars">★★★★☆</span> <span class="count">(212)</span></div>`,
      `<div class="card"><h3>Desk</h3><span class="stars">★★★☆☆</span> <span class="count">(12)</span></div>`,
    ];
    expect(rows(products, { name: { type: "string" }, rating: { type: "number" } })).toEqual([
      { name: "Lamp", rating: 4 },
      { name: "Desk", rating: 3 },
    ]);
  });
});

describe("stars beside a score of 5 or less", () => {
  it("are the same rating: neither the score written finer nor a count named as one takes it away", () => {
    const products = [
      `<div class="card"><h3>Lamp</h3><span class="stars">★★★★☆</span> <span class="rating-count">4</span></div>`,
      `<div class="card"><h3>Desk</h3><span class="stars">★★★☆☆</span> <span class="rating-count">2</span></div>`,
    ];
    expect(rows(products, { name: { type: "string" }, rating: { type: "number" } })).toEqual([
      { name: "Lamp", rating: 4 },
      { name: "Desk", rating: 3 },
    ]);
  });
});
