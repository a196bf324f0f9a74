import { describe, expect, it } from "vitest";
import type { ExtractInput } from "@/lib/extract/types";
import { attr, elementChildren, parseHtml, walkElements, type Element } from "./dom";
import { leadElement, leadElementSteps } from "./lead-record";
import { drainSteps } from "./steps-testing";
import type { FieldSpec } from "./fields";
import { rowsFromPage } from "./page-rows";

// What stands just before a shop's grid fills a name, a price and a rating as well as any product:
// only an item like the grid's own may be read as its featured first item.
const url = "https://shop.example/lamps";
const input: ExtractInput = { q: "every lamp with name, price, rating and url", url, schema: null, verifyUrls: false };
const fields: FieldSpec[] = [
  { name: "name", type: "string", required: false },
  { name: "price", type: "number", required: false },
  { name: "rating", type: "number", required: false },
  { name: "url", type: "string", format: "uri", required: false },
];
const tile = (id: number) =>
  `<div class="tile"><h3 class="tile-name"><a href="/lamp/${id}">Desk lamp model ${id}</a></h3><span class="tile-price">$${40 + id}.00</span><span class="tile-stars">4.${id} of 5</span></div>`;
const shop = (before: string) => parseHtml(`<!doctype html><html><body><main><h1>Lamps</h1><div class="row">${before}<div class="tiles">${[1, 2, 3, 4].map(tile).join("")}</div></div></main></body></html>`);
const names = async (before: string) => (await rowsFromPage(shop(before), url, input, fields, null)).rows.map((r) => r.row.name);
const grid = [1, 2, 3, 4].map((id) => `Desk lamp model ${id}`);

describe("the featured first item before a shop's grid", () => {
  it("is read when it is one lamp drawn bigger, linking where the lamps link", async () => {
    const hero = `<div class="spotlight"><h2><a href="/lamp/9">Arc floor lamp of the month</a></h2><span class="price">$120.00</span><span class="stars">4.9 out of 5</span></div>`;
    expect(await names(hero)).toEqual(["Arc floor lamp of the month", ...grid]);
  });

  it("leaves out a facet column: it links to one filtered view of this page per choice", async () => {
    const facets = `<div class="w-60"><div>Price</div><ul><li><a href="?price=0-30">Under $30</a></li><li><a href="?price=30-60">$30 to $60</a></li></ul><div>Rating</div><ul><li><a href="?stars=4">4 out of 5 &amp; up</a></li></ul></div>`;
    expect(await names(facets)).toEqual(grid);
  });

  it("leaves out a facet with a single choice, which links to this very page", async () => {
    const facet = `<div class="w-60"><a href="/lamps?deal=1">Deals of the week</a><span class="price">Under $30</span><span class="stars">4 out of 5 &amp; up</span></div>`;
    expect(await names(facet)).toEqual(grid);
  });

  it("leaves out a filter form", async () => {
    const form = `<form class="refine"><a href="/lamps/sort">Cheapest first</a><label>Up to <input name="max" value="90"></label><span>$0 to $90</span><span>4 out of 5 &amp; up</span></form>`;
    expect(await names(form)).toEqual(grid);
  });

  const ad = (cls: string, label: string, href: string) =>
    `<div class="${cls}">${label}<h3><a href="${href}">Smart bulbs 20% off</a></h3><span class="price">From $25.00</span><span class="stars">4.7 out of 5</span></div>`;
  it.each([
    ["its label", ad("promo-box", "<span>Sponsored</span>", "/lamp/77")],
    ["its class", ad("box ad-slot", "", "/lamp/77")],
    ["its link to an ad server", ad("promo-box", "", "https://clicks.adnet.example/c?id=4")],
  ])("leaves out a sponsored tile that %s gives away", async (_, tile) => {
    expect(await names(tile)).toEqual(grid);
  });
});

describe("a listing of more records than a call can take as arguments", () => {
  it("weighs a lead against 160,000 records without overflowing the stack", () => {
    // Math.max(...lengths) threw "Maximum call stack size exceeded" past about 125,000 records.
    const n = 160_000;
    const doc = parseHtml(`<body><div><div class="hero"><a href="/a/1">Featured</a></div><ul>${"<li><a href=\"/a/2\">x</a></li>".repeat(n)}</ul></div></body>`);
    let ul: Element | undefined;
    walkElements(doc, (el) => {
      if (el.tagName === "ul") ul = el;
    });
    const records = elementChildren(ul!).map((li) => [li]);
    expect(records).toHaveLength(n);
    const lead = leadElement({ kind: "repeated", parent: ul!, records, score: 1 }, "https://site.example/list");
    expect(lead?.tagName ?? null).toBe(null); // its text is more than three times a record's
  });
});

describe("leadElementSteps", () => {
  it("finds a long listing's featured first item as leadElement does, a step per record weighed and per record's links", () => {
    const n = 3_000;
    const items = Array.from({ length: n }, (_, i) => `<li><a href="/a/${i + 1}">Story ${i + 1}</a> <span>news</span></li>`).join("");
    const doc = parseHtml(`<body><div><div class="hero"><a href="/a/0">Featured story</a> <span>news</span></div><ul>${items}</ul></div></body>`);
    let ul: Element | undefined;
    walkElements(doc, (el) => {
      if (el.tagName === "ul") ul = el;
    });
    const region = { kind: "repeated" as const, parent: ul!, records: elementChildren(ul!).map((li) => [li]), score: 1 };
    const { value, steps } = drainSteps(leadElementSteps(region, "https://site.example/list"));
    expect(value).toBe(leadElement(region, "https://site.example/list"));
    expect(value && attr(value, "class")).toBe("hero");
    expect(steps).toBeGreaterThanOrEqual(2 * n);
  });
});
