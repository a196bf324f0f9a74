import { describe, expect, it } from "vitest";
import { parseHtml, textContent, type Element } from "../dom";
import { findRecords } from "../records";
import { byClass, region, select } from "../fields/testing";
import { recordSectionHeadings } from "./record-sections";
import { acrossSections } from "./sections";

const page = (body: string) => parseHtml(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
const texts = (headings: (Element | undefined)[]) => headings.map((h) => (h ? textContent(h).trim() : undefined));
const event = (id: string) => `<li class="event"><a href="/e/${id}">Event ${id} in the park</a> <span class="venue">Hall ${id}</span> <time datetime="2026-03-0${id.length}">Mar ${id.length}</time></li>`;
const month = (name: string, ids: string[]) => `<section class="month"><h2>${name}</h2><ul class="events">${ids.map(event).join("")}</ul></section>`;

describe("recordSectionHeadings", () => {
  it("gives each record of united sections its own section's heading", () => {
    const doc = page(`<main><h1>Events</h1>${month("March 2026", ["a1", "a2", "a3", "a4"])}${month("April 2026", ["b1", "b2"])}${month("May 2026", ["c1"])}</main>`);
    const united = acrossSections(findRecords(doc, { q: "every event with title, venue and date" })!);
    expect(texts(recordSectionHeadings(united))).toEqual(["March 2026", "March 2026", "March 2026", "March 2026", "April 2026", "April 2026", "May 2026"]);
  });

  it("reads headings set between the records of one parent, and a table's group rows", () => {
    const flat = page(`<div class="log"><h2>v2.1.0</h2><p class="entry">Add dark mode</p><p class="entry">Faster search</p><h2>v2.0.1</h2><p class="entry">Fix a crash</p></div>`);
    expect(texts(recordSectionHeadings(region(flat, byClass("entry"))))).toEqual(["v2.1.0", "v2.1.0", "v2.0.1"]);
    const row = (team: string) => `<tr class="team"><td>${team}</td><td>90</td><td>72</td></tr>`;
    const table = page(`<table><tbody><tr><th colspan="3">AL West</th></tr>${row("Astros")}${row("Rangers")}<tr><td colspan="3">AL East</td></tr>${row("Yankees")}</tbody></table>`);
    expect(texts(recordSectionHeadings(region(table, byClass("team"))))).toEqual(["AL West", "AL West", "AL East"]);
  });

  it("takes a heading above the list only when it names a step of a series, not the page's title", () => {
    const list = `<ul class="events">${["a1", "a2", "a3"].map(event).join("")}</ul>`;
    expect(texts(recordSectionHeadings(region(page(`<main><h2>March 2026</h2>${list}</main>`), byClass("event"))))).toEqual(["March 2026", "March 2026", "March 2026"]);
    expect(texts(recordSectionHeadings(region(page(`<main><h1>Upcoming events</h1>${list}</main>`), byClass("event"))))).toEqual([undefined, undefined, undefined]);
  });

  it("does not take a heading from a record, nor from a block between records that holds more than it", () => {
    const card = (n: number) => `<div class="card"><h3>Card ${n}</h3><p>Text of card ${n}</p></div>`;
    const doc = page(`<div class="grid">${card(1)}<div class="ad"><h3>Sponsored</h3><p>Buy our thing today</p></div>${card(2)}${card(3)}</div>`);
    const cards = select(doc, byClass("card"));
    const grid = select(doc, byClass("grid"))[0]!;
    expect(texts(recordSectionHeadings({ kind: "repeated", parent: grid, records: cards.map((c) => [c]), score: 1 }))).toEqual([undefined, undefined, undefined]);
  });
});
