import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

const rowsOf = (records: ReturnType<typeof region>, schema?: Record<string, unknown>) =>
  extractRows(records, { pageUrl: "https://site.example/list", fields: schema ? fieldSpecsFromSchema({ type: "object", properties: schema }) : null, q: "all items" }).map((r) => r.row);

describe("icons named for screen readers", () => {
  const card = (name: string, prep: string, level: string) =>
    `<div class="card"><h3><a href="/r/${name.toLowerCase()}">${name}</a></h3><ul class="facts">` +
    `<li><svg aria-label="Prep time" role="img"><path d="M0 0h8"/></svg> ${prep}</li>` +
    `<li><i class="fa fa-signal" title="Skill level"></i> ${level}</li></ul></div>`;
  const html = `<main>${card("Soup", "20 mins", "Easy")}${card("Stew", "1 hr", "Hard")}${card("Pie", "45 mins", "Medium")}</main>`;

  it("name the text after them, as a label would", () => {
    const doc = parseHtml(html);
    expect(rowsOf(region(doc, byClass("card")), { name: { type: "string" }, prepTime: { type: "string" }, skillLevel: { type: "string" } })[1]).toEqual({
      name: "Stew",
      prepTime: "1 hr",
      skillLevel: "Hard",
    });
    expect(rowsOf(region(doc, byClass("card")))[2]).toMatchObject({ prepTime: "45 mins", skillLevel: "Medium" });
  });

  it("name a text less surely than a label the page shows", () => {
    const rec = (city: string) => `<div class="rec"><h3>Office</h3><b>Location:</b> <span><i class="icon-pin" title="Map"></i> ${city}</span></div>`;
    const doc = parseHtml(`<main>${rec("Oslo")}${rec("Lima")}</main>`);
    expect(rowsOf(region(doc, byClass("rec")), { location: { type: "string" } })).toEqual([{ location: "Oslo" }, { location: "Lima" }]);
  });

  it("are the value of a cell that shows nothing else, but not of a link", () => {
    const row = (model: string, yes: boolean) =>
      `<tr><td><a href="/m/${model}">${model}</a></td><td>${yes ? 12 : 9}</td><td><svg role="img" aria-label="${yes ? "Yes" : "No"}"><path d="M1 1"/></svg></td>` +
      `<td><a href="https://social.example/${model}"><svg aria-label="Share"></svg></a></td></tr>`;
    const html = `<table><thead><tr><th>Model</th><th>Weight</th><th>Waterproof</th><th>Share</th></tr></thead><tbody>${row("A1", true)}${row("B2", false)}${row("C3", true)}</tbody></table>`;
    const doc = parseHtml(html);
    const headers = ["Model", "Weight", "Waterproof", "Share"];
    const rows = { ...region(doc, (el) => el.tagName === "tr" && el.parentNode !== null && "tagName" in el.parentNode && el.parentNode.tagName === "tbody"), headers };
    expect(rowsOf(rows, { model: { type: "string" }, waterproof: { type: "boolean" }, share: { type: "string" } }).map((r) => [r.model, r.waterproof, r.share])).toEqual([
      ["A1", true, undefined],
      ["B2", false, undefined],
      ["C3", true, undefined],
    ]);
    const inferred = extractRows(rows, { pageUrl: "https://site.example/list", fields: null, q: "all models" }).map((r) => r.row);
    expect(inferred.map((r) => r.waterproof)).toEqual(["Yes", "No", "Yes"]);
  });

  it("leave a bare count in a link named by the link's last path word", () => {
    const repo = (name: string, watchers: string) => `<article class="repo"><h2><a href="/o/${name}">${name}</a></h2><a href="/o/${name}/watchers">${watchers}</a></article>`;
    const html = `<main>${repo("alpha", "1,204")}${repo("beta", "87")}${repo("gamma", "3,310")}</main>`;
    const doc = parseHtml(html);
    expect(rowsOf(region(doc, byClass("repo")), { name: { type: "string" }, watchers: { type: "integer" } }).map((r) => r.watchers)).toEqual([1204, 87, 3310]);
  });
});

describe("nameless icons named by their class", () => {
  // A listing's facts: icon-font glyphs with no name a screen reader hears, the class says what they draw.
  const flat = (title: string, beds: number, area: number, when: string) =>
    `<li class="flat"><h2><a href="/p/${beds}-${area}">${title}</a></h2><ul class="facts">` +
    `<li><i class="icon-bed"></i> ${beds} beds</li><li><i class="fa-solid fa-ruler-combined fa-lg"></i> ${area} m²</li>` +
    `<li><svg class="bi bi-calendar-event"></svg>${when}</li></ul></li>`;
  const html = `<ul>${flat("Flat in Alfama", 2, 78, "June")}${flat("Penthouse in Graça", 3, 112, "May")}${flat("Studio in Belém", 1, 41, "July")}</ul>`;

  it("takes the drawing's words as a class's: the ruler's m², the calendar's month", () => {
    const rows = rowsOf(region(parseHtml(html), byClass("flat")), { title: { type: "string" }, ruler: { type: "string" }, calendar: { type: "string" } });
    expect(rows.map((r) => [r.ruler, r.calendar])).toEqual([
      ["78 m²", "June"],
      ["112 m²", "May"],
      ["41 m²", "July"],
    ]);
  });

  it("reads a floor area after an icon classed for it, where no word of the text names it", () => {
    const card = (area: number) => `<div class="card"><h3>Flat ${area}</h3><span class="price">€ ${area * 4000}</span><ul><li><i class="icon-area"></i> ${area} m²</li></ul></div>`;
    const rows = rowsOf(region(parseHtml(`<main>${[78, 112, 41].map(card).join("")}</main>`), byClass("card")), { area: { type: "string" } });
    expect(rows.map((r) => r.area)).toEqual(["78 m²", "112 m²", "41 m²"]);
  });
});
