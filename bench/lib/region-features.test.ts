import { describe, expect, it } from "vitest";
import { parseHtml, textContent } from "../../lib/engine/dom";
import { candidatePool, ruleSelection } from "../../lib/engine/records/all";
import { FEATURE_NAMES, regionFeatures, type FeatureName } from "./region-features";

const page = (body: string) => parseHtml(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);

const MENU = `<nav><ul>${["Home", "Products", "Team", "Careers", "Blog", "Contact"].map((w) => `<li><a href="/${w}">${w}</a></li>`).join("")}</ul></nav>`;
const CARDS = Array.from(
  { length: 6 },
  (_, i) => `<div class="card"><img src="/i/${i}.jpg" alt=""><h3><a href="/p/${i}">Espresso machine model ${i}</a></h3><p>€${100 + i}.00</p><p>A compact machine, number ${i}.</p></div>`,
).join("");

function featuresOf(html: string) {
  const pool = candidatePool(page(html))!;
  const xs = regionFeatures(pool, new Set(ruleSelection(pool)));
  const get = (i: number, name: FeatureName) => xs[i]![FEATURE_NAMES.indexOf(name)]!;
  const find = (text: string) => pool.regions.findIndex((r) => textContent(r.region.records[0]![0]!).includes(text));
  return { pool, xs, get, find };
}

describe("regionFeatures", () => {
  it("gives every candidate list one finite vector of FEATURE_NAMES' length", () => {
    const { pool, xs } = featuresOf(`${MENU}<main><div class="grid">${CARDS}</div></main>`);
    expect(xs).toHaveLength(pool.regions.length);
    for (const x of xs) {
      expect(x).toHaveLength(FEATURE_NAMES.length);
      expect(x.every(Number.isFinite)).toBe(true);
    }
  });

  it("tells the listing from the menu: chrome, links, pictures, hand rank", () => {
    const { get, find } = featuresOf(`${MENU}<main><div class="grid">${CARDS}</div></main>`);
    const cards = find("Espresso");
    const menu = find("Home");
    expect(cards).toBeGreaterThanOrEqual(0);
    expect(menu).toBeGreaterThanOrEqual(0);
    expect(get(cards, "logRecords")).toBeCloseTo(Math.log(6));
    expect(get(cards, "structuralChrome")).toBe(1);
    expect(get(cards, "inMain")).toBe(1);
    expect(get(cards, "pictured")).toBe(1);
    expect(get(cards, "logRankRatio")).toBe(0);
    expect(get(cards, "ruleSelected")).toBe(1);
    expect(get(menu, "structuralChrome")).toBeLessThan(1);
    expect(get(menu, "inNav")).toBe(1);
    expect(get(menu, "linkDensity")).toBe(1);
    expect(get(menu, "recordLi")).toBe(1);
    expect(get(menu, "logRankRatio")).toBeLessThan(0);
    expect(get(menu, "position")).toBeLessThan(get(cards, "position"));
  });

  it("counts lists nested in other candidates' records", () => {
    // Each card carries a short list of tags: a list inside a record of the card list.
    const card = (i: number) =>
      `<div class="card"><h3><a href="/p/${i}">Espresso machine model ${i} with a long descriptive title</a></h3><p>A compact machine with a steam wand and a warm-up time of ${i} minutes.</p>` +
      `<ul class="tags">${["steel", "compact", "steam"].map((t) => `<li>${t} ${i}</li>`).join("")}</ul></div>`;
    const { pool, get } = featuresOf(`<main><div class="grid">${[1, 2, 3, 4, 5].map(card).join("")}</div></main>`);
    const cards = pool.regions.findIndex((r) => r.region.parent.tagName === "div" && r.region.records.length === 5);
    const tags = pool.regions.findIndex((r) => r.region.parent.tagName === "ul");
    expect(cards).toBeGreaterThanOrEqual(0);
    expect(tags).toBeGreaterThanOrEqual(0);
    expect(get(tags, "logContainers")).toBeCloseTo(Math.log(2));
    expect(get(cards, "logContained")).toBeGreaterThan(Math.log(2));
  });

  it("has nothing to say about a page without lists", () => {
    const pool = candidatePool(page(`<main><article><h1>About us</h1><p>We started in 2009.</p></article></main>`))!;
    expect(regionFeatures(pool, new Set())).toEqual([]);
  });
});
