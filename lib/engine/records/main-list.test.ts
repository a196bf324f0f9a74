import { describe, expect, it } from "vitest";
import { findRecords } from "../records";
import { page, texts } from "./testing";

/** Four event cards: a picture, a linked title, a date and a place each. */
const EVENTS = `<div class="events">${["Harbour jazz night", "Open-air cinema", "Street food market", "Lantern parade"]
  .map(
    (t, i) =>
      `<div class="event"><img src="/e/${i}.jpg" alt=""><h3><a href="/e/${i}">${t}</a></h3><p class="when">Saturday ${i + 3} May, 19:00</p><p class="where">Held at the old harbour square, near pier ${i + 1}</p></div>`,
  )
  .join("")}</div>`;

describe("mainRegion", () => {
  it("passes over a closed dropdown's links for the list the page shows", () => {
    const studios = Array.from({ length: 40 }, (_, i) => `<a href="/forum/${i}" class="item"><span>Studio ${i}</span><span>Discussion board</span></a>`).join("");
    const doc = page(`<main><div class="picker"><button>All studios</button><div style="display: none;"><div class="options">${studios}</div></div></div>${EVENTS}</main>`);
    const region = findRecords(doc);
    expect(region).not.toBeNull();
    expect(texts(region!.records)[0]).toContain("Harbour jazz night");
    expect(region!.records).toHaveLength(4);
  });

  it("passes over a date picker's months, each a grid of day cells", () => {
    const months = ["May 2024", "June 2024", "July 2024", "August 2024", "September 2024", "October 2024"]
      .map((m) => `<div class="month"><h4>${m}</h4><div class="days">${Array.from({ length: 30 }, (_, d) => `<span class="day" aria-label="${m.split(" ")[0]} ${d + 1}, 2024">${d + 1}</span>`).join("")}</div></div>`)
      .join("");
    const doc = page(`<main><div class="when"><div class="months">${months}</div></div>${EVENTS}</main>`);
    const region = findRecords(doc);
    expect(region).not.toBeNull();
    expect(texts(region!.records)[0]).toContain("Harbour jazz night");
  });

  it("takes the items of a page's sections rather than the sections, each a list of its own", () => {
    const section = (title: string, kind: string, n: number) =>
      `<section class="row"><h2>${title}</h2><p class="intro">Handpicked ${kind} for this week, updated every Monday morning by our editors.</p><ul class="tiles">${Array.from(
        { length: n },
        (_, i) => `<li class="tile"><img src="/t/${kind}/${i}.jpg" alt=""><a href="/t/${kind}/${i}">${kind} pick ${i + 1}</a><span class="score">${80 + i}%</span><span class="meta">Season ${i + 1}, ${8 + i} episodes</span></li>`,
      ).join("")}</ul></section>`;
    const doc = page(`<main>${section("Trending now", "drama", 7)}${section("New this season", "comedy", 6)}${section("Top rated", "thriller", 6)}${section("Coming soon", "horror", 6)}</main>`);
    const region = findRecords(doc);
    expect(region).not.toBeNull();
    expect(texts(region!.records)[0]).toContain("drama pick 1");
    expect(region!.records).toHaveLength(7);
  });

  it("keeps cards whose records each hold a short list of their own", () => {
    const cards = Array.from(
      { length: 8 },
      (_, i) =>
        `<div class="product"><img src="/p/${i}.jpg" alt=""><h3><a href="/p/${i}">Trail running shoe model ${i + 1}</a></h3><p class="price">€${90 + i}.00</p><ul class="features">${["Waterproof upper", "Grippy outsole", "Light foam"]
          .map((f) => `<li>${f}</li>`)
          .join("")}</ul></div>`,
    ).join("");
    const region = findRecords(page(`<main><div class="products">${cards}</div></main>`));
    expect(region).not.toBeNull();
    expect(region!.records).toHaveLength(8);
    expect(texts(region!.records)[0]).toContain("Trail running shoe model 1");
  });
});
