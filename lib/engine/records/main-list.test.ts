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

  const answer = (topic: string) =>
    `You can start with ${topic} at any time: every lesson explains the idea first, then walks through worked examples step by step, and ends with practice problems whose solutions are shown in full. Most learners finish a unit in two weeks, studying about an hour a day, and can ask a tutor when stuck.`;
  const FAQ = `<section class="help"><h2>Frequently asked</h2>${["algebra", "geometry", "calculus"]
    .map((t) => `<div class="entry"><h4>How long does it take to learn ${t}?</h4><p>${answer(t)}</p></div>`)
    .join("")}</section>`;
  const TILES = `<div class="courses">${["Quadratic equations explained", "Pythagorean theorem in detail", "Introduction to calculus", "Advanced linear algebra", "Probability basics", "Trigonometry refresher"]
    .map((t, i) => `<div class="tile"><img src="/c/${i}.png" alt=""><a href="/c/${i}">${t}</a><span class="price">$${10 + i}.00</span><span class="size">${8 + i} lessons</span></div>`)
    .join("")}</div>`;

  it("prefers the page's tiles to its FAQ, unless the query asks for questions", () => {
    const doc = page(`<main>${TILES}${FAQ}</main>`);
    const region = findRecords(doc);
    expect(region).not.toBeNull();
    expect(texts(region!.records)[0]).toContain("Quadratic equations explained");
    const asked = findRecords(doc, { q: "every question with its answer" });
    expect(asked).not.toBeNull();
    expect(texts(asked!.records)[0]).toContain("How long does it take to learn algebra?");
  });

  it("keeps a list of questions that link to their threads", () => {
    const threads = ["How do I undo the last commit?", "Why is my regex matching too much?", "What does a closure capture?"]
      .map((t, i) => `<div class="thread"><h3><a href="/q/${i}">${t}</a></h3><p class="excerpt">${answer("git")}</p><span class="votes">${12 + i} votes</span></div>`)
      .join("");
    const region = findRecords(page(`<main>${TILES}<div class="threads">${threads}</div></main>`));
    expect(region).not.toBeNull();
    expect(texts(region!.records)[0]).toContain("How do I undo the last commit?");
  });

  it("prefers linked cards to an article's sections, a heading and its text each", () => {
    const sections = ["Why a job fair", "Who exhibits", "How to prepare", "What to bring", "After the fair"]
      .map((h) => `<h3>${h}</h3><p>${answer(h.toLowerCase())}</p>`)
      .join("");
    const guides = ["Career guidance and motivation", "How to become a software engineer", "Tech industry career advice", "Data science job openings"]
      .map((t, i) => `<div class="guide"><img src="/g/${i}.jpg" alt=""><h4>${t}</h4><p>Finding the right role is hard; our guides walk you through it.</p><a href="/g/${i}">Read details</a></div>`)
      .join("");
    const region = findRecords(page(`<main><section class="guides">${guides}</section><section class="about"><div class="text">${sections}</div></section></main>`));
    expect(region).not.toBeNull();
    expect(texts(region!.records)[0]).toContain("Career guidance and motivation");
  });
});
