import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { rowsFromPage } from "../page-rows";
import { fieldSpecsFromQuery } from "../fields/query";
import { byTag, select } from "../fields/testing";
import { isPlaceholderRecord } from "./placeholders";
import { detectAllRecords } from "./all";
import { findRecords } from "./index";
import { page, texts } from "./testing";

const PAGE = "https://team.example/team";
const person = (name: string, role: string) => `<div class="card"><h3>${name}</h3><p class="role">${role}</p><p class="bio">Works on ${role.toLowerCase()} with the rest of the team.</p></div>`;
const waiting = `<div class="card is-loading"><h3>Loading…</h3><p class="role">Loading…</p><p class="bio">Please wait</p></div>`;
const grey = `<div class="card" aria-busy="true"><h3><span class="skeleton-line"></span></h3><p class="role">&nbsp;</p><p class="bio"><span class="skeleton-line"></span></p></div>`;

describe("skeleton cards", () => {
  it("give no rows, though they share the records' template", async () => {
    const html = `<html><body><main><h1>Team</h1><div class="grid">${person("Ada Lovelace", "Engineering")}${person("Grace Hopper", "Compilers")}${person("Alan Turing", "Research")}${person("Katherine Johnson", "Navigation")}${waiting}${waiting}${waiting}</div></main></body></html>`;
    const q = "every person with name and role";
    const { rows } = await rowsFromPage(parseHtml(html), PAGE, { url: PAGE, q, schema: null, verifyUrls: false }, fieldSpecsFromQuery(q), null);
    expect(rows.map((r) => r.row.name)).toEqual(["Ada Lovelace", "Grace Hopper", "Alan Turing", "Katherine Johnson"]);
  });

  it("are cards that only say they are loading, or skeleton-marked cards with nothing in them", () => {
    const cards = (html: string) => select(parseHtml(`<main>${html}</main>`), byTag("div")).filter((d) => d.parentNode && "tagName" in d.parentNode && d.parentNode.tagName === "main");
    const placeholder = (html: string) => cards(html).map((c) => isPlaceholderRecord([c]));
    expect(placeholder(waiting + grey + `<div class="card"><h3>Lädt…</h3></div>`)).toEqual([true, true, true]);
    // An item (with text, a link or a picture), and a picture-only card nothing marks: records.
    expect(
      placeholder(
        person("Ada Lovelace", "Engineering") +
          `<div class="card skeleton-done"><a href="/p/1"><span class="skeleton-line"></span></a></div>` +
          `<div class="tile"><a href="/g/1"><img src="/g/1.jpg"></a></div>` +
          `<div class="card"><h3>Loading dock tours</h3></div>`,
      ),
    ).toEqual([false, false, false, false]);
  });

  it("include cards whose only text sits in their skeleton's bars (stand-in lines the real item replaces)", () => {
    const product = (i: number) => `<div class="tile"><a href="/p/${i}"><img src="/i/${i}.jpg" alt=""></a><h3><a href="/p/${i}">Geometry course ${i}</a></h3><p class="price">$${10 + i}.00</p><p class="tags">Practice problems, worked solutions</p></div>`;
    const bars = (words: string[]) => words.map((w) => `<span aria-live="polite" aria-busy="true"><span class="react-loading-skeleton">${w}</span><br></span>`).join("");
    const skeleton = (i: number) => `<div class="tile"><a href="/p/${i}"><img src="/i/blank.png"></a><div>${bars(["Welcome to Math Academy!", "Explore our courses.", "Start your learning journey today."])}</div></div>`;
    const tiles = [1, 2, 3, 4, 5].map(product).concat([6, 7, 8, 9, 10, 11].map(skeleton));
    const doc = page(`<main><h1>Courses</h1><div class="grid">${tiles.join("")}</div></main>`);
    const courses = [1, 2, 3, 4, 5].map((i) => `Geometry course ${i}`);
    expect(texts(findRecords(doc)?.records ?? []).map((t) => t.match(/Geometry course \d+/)?.[0])).toEqual(courses);
    expect(texts(detectAllRecords(doc)).map((t) => t.match(/Geometry course \d+/)?.[0])).toEqual(courses);
    // Text beside the bars is the item's own; aria-busy alone marks real text being updated.
    const card = (html: string) => isPlaceholderRecord([select(parseHtml(`<main>${html}</main>`), byTag("div"))[0]!]);
    expect(card(`<div class="tile"><h3>Geometry</h3>${bars(["Loading price"])}</div>`)).toBe(false);
    expect(card(`<div class="tile" aria-busy="true"><h3>Geometry</h3><p>$12.00</p></div>`)).toBe(false);
    expect(card(`<div class="tile"><h3 class="skeleton-text">Geometry</h3></div>`)).toBe(true);
  });
});
