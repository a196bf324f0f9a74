import { describe, expect, it } from "vitest";
import { elementChildren, parseHtml, textContent, walkElements, type Element } from "../dom";
import { xpathOf } from "../xpath";
import { findRecords } from "../records";
import { parentElement } from "../records/features";
import { acrossSections } from "./sections";

const page = (body: string) => parseHtml(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);

// News by day: each day a heading and its own list, all of one template.
const story = (id: string, extra = "") =>
  `<li class="story"><a href="/news/${id}">Story ${id} makes the news today</a><span class="source">Wire ${id}</span> <time datetime="2024-05-0${id.length}">May ${id.length}</time>${extra}</li>`;
const day = (name: string, ids: string[], wrap = (list: string) => list) =>
  `<section class="day"><h2 class="day-heading">${name}</h2>${wrap(`<ul class="stories">${ids.map((id) => story(id)).join("")}</ul>`)}</section>`;
const query = { q: "every story with title, source and date" };
const storyTitles = (records: Element[][]) => records.map((r) => textContent(r[0]!).match(/Story (\w+)/)?.[1]);

describe("acrossSections", () => {
  it("takes every day's stories, in page order, when the page chose one day's list", () => {
    const doc = page(`<main>${day("Monday", ["a1", "a2", "a3", "a4"])}${day("Tuesday", ["b1", "b2"])}${day("Wednesday", ["c1"])}</main>`);
    const region = findRecords(doc, query)!;
    expect(storyTitles(region.records)).toEqual(["a1", "a2", "a3", "a4"]);
    const widened = acrossSections(region);
    expect(storyTitles(widened.records)).toEqual(["a1", "a2", "a3", "a4", "b1", "b2", "c1"]);
    expect(xpathOf(widened.parent)).toBe("/body[1]/main[1]");
  });

  it("reaches the list through a wrapper inside each section", () => {
    const wrap = (list: string) => `<div class="day-body">${list}</div>`;
    const doc = page(`<main>${day("Monday", ["a1", "a2", "a3"], wrap)}${day("Tuesday", ["b1", "b2"], wrap)}</main>`);
    expect(storyTitles(acrossSections(findRecords(doc, query)!).records)).toEqual(["a1", "a2", "a3", "b1", "b2"]);
  });

  it("takes lists headed just before them (heading and list as siblings)", () => {
    const list = (ids: string[]) => `<ul class="stories">${ids.map((id) => story(id)).join("")}</ul>`;
    const doc = page(`<main><h2>Monday</h2>${list(["a1", "a2", "a3"])}<h2>Tuesday</h2>${list(["b1", "b2"])}</main>`);
    expect(storyTitles(acrossSections(findRecords(doc, query)!).records)).toEqual(["a1", "a2", "a3", "b1", "b2"]);
  });

  it("leaves out a sidebar's list of the same template, and sections classed otherwise", () => {
    const related = `<aside><section class="day"><h2 class="day-heading">Related</h2><ul class="stories">${story("r1")}${story("r2")}</ul></section></aside>`;
    const promoted = `<section class="promoted"><h2>Partner content</h2><ul class="stories">${story("p1")}</ul></section>`;
    const doc = page(`<main>${day("Monday", ["a1", "a2", "a3"])}${promoted}${day("Tuesday", ["b1"])}</main>${related}`);
    expect(storyTitles(acrossSections(findRecords(doc, query)!).records)).toEqual(["a1", "a2", "a3", "b1"]);
  });

  it("leaves a region alone when its like siblings are not headed sections, or hold other records", () => {
    // Unheaded boxes of one class: a layout, not a listing's sections.
    const box = (ids: string[]) => `<div class="box"><ul class="stories">${ids.map((id) => story(id)).join("")}</ul></div>`;
    const boxes = findRecords(page(`<main>${box(["a1", "a2", "a3"])}${box(["b1", "b2"])}</main>`), query)!;
    expect(storyTitles(boxes.records)).toEqual(["a1", "a2", "a3"]);
    expect(acrossSections(boxes)).toBe(boxes);
    // A sibling section of another template (a list of plain links) adds nothing.
    const links = `<section class="day"><h2 class="day-heading">Archive</h2><ul class="stories"><li><a href="/a">April</a></li><li><a href="/m">March</a></li></ul></section>`;
    const other = findRecords(page(`<main>${day("Monday", ["a1", "a2", "a3"])}${links}</main>`), query)!;
    expect(storyTitles(other.records)).toEqual(["a1", "a2", "a3"]);
    expect(acrossSections(other)).toBe(other);
  });

  it("leaves out like-classed blocks whose headings name no series (Latest, Sponsored, Most popular)", () => {
    // A blog's blocks share a class, but "Sponsored" and "Most popular" are other lists, not more of "Latest".
    const blocks = findRecords(page(`<main>${day("Latest", ["a1", "a2", "a3", "a4", "a5"])}${day("Sponsored", ["s1", "s2"])}${day("Most popular", ["p1", "p2"])}</main>`), query)!;
    expect(storyTitles(blocks.records)).toEqual(["a1", "a2", "a3", "a4", "a5"]);
    expect(acrossSections(blocks)).toBe(blocks);
    // Days united, and a like-classed "Recommended for you" between them left out.
    const days = findRecords(page(`<main>${day("Today", ["a1", "a2", "a3", "a4"])}${day("Recommended for you", ["r1", "r2"])}${day("Friday 5 May", ["b1"])}</main>`), query)!;
    expect(storyTitles(days.records)).toEqual(["a1", "a2", "a3", "a4"]);
    expect(storyTitles(acrossSections(days).records)).toEqual(["a1", "a2", "a3", "a4", "b1"]);
  });
});

describe("acrossSections on sections of more records than a call can take as arguments", () => {
  // records.push(...list) spread one argument per record: "Maximum call stack size exceeded" past about 125,000.
  const n = 160_000;
  const item = (i: number) => `<li class="story"><a href="/news/${i}">Story ${i}</a></li>`;
  const items = (from: number, count: number) => Array.from({ length: count }, (_, i) => item(from + i)).join("");
  const section = (name: string, list: string) => `<section class="day"><h2 class="day-heading">${name}</h2><ul class="stories">${list}</ul></section>`;
  /** The region the page would choose: the records of the section headed `name`. */
  const regionOf = (body: string, name: string) => {
    const doc = page(`<main>${body}</main>`);
    let list: Element | undefined;
    walkElements(doc, (el) => {
      if (el.tagName === "ul" && textContent(parentElement(el)!).includes(name)) list ??= el;
    });
    return { kind: "repeated" as const, parent: list!, records: elementChildren(list!).map((li) => [li]), score: 1 };
  };

  it("widens a region of 160,000 records to its sibling section", () => {
    const region = regionOf(`${section("Monday", items(0, n))}${section("Tuesday", items(n, 2))}`, "Monday");
    expect(region.records).toHaveLength(n);
    const widened = acrossSections(region);
    expect(widened.records).toHaveLength(n + 2);
    expect(widened.records[n + 1]![0]).toBe(walkLast(widened.parent));
  }, 60_000);

  it("takes a sibling section of 160,000 records", () => {
    const region = regionOf(`${section("Monday", items(0, 3))}${section("Tuesday", items(3, n))}`, "Monday");
    expect(region.records).toHaveLength(3);
    const widened = acrossSections(region);
    expect(widened.records).toHaveLength(n + 3);
    expect(widened.records[n + 2]![0]).toBe(walkLast(widened.parent));
  }, 60_000);
});

/** The page's last story: the last record of the last section. */
function walkLast(root: Element): Element {
  let last: Element | undefined;
  walkElements(root, (el) => {
    if (el.tagName === "li") last = el;
  });
  return last!;
}
