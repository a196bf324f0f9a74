import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { rowsFromPage } from "../page-rows";
import { textMemo } from "./dom-text";
import { fieldSpecsFromSchema } from "./spec";
import { byTag, select } from "./testing";

describe("textMemo: footnote marks", () => {
  it("leaves out a superscript that links to a note, and keeps one that is part of the value", () => {
    const doc = parseHtml(
      `<p id="a">Bayern<sup><a href="#fn1">1</a></sup></p><p>12,345<sup class="reference"><a href="#cite_note-3">[3]</a></sup></p>` +
        `<p>120 m<sup>2</sup></p><p>Go<sup><a href="/notes">more notes</a></sup></p>`,
    );
    const text = textMemo();
    expect(select(doc, byTag("p")).map(text)).toEqual(["Bayern", "12,345", "120 m2", "Gomore notes"]);
  });

  it("leaves out an editor's bracketed note that links to what it means, and keeps brackets that are text", () => {
    const doc = parseHtml(
      `<p>Tallest in the EU until 2020<sup class="noprint Inline-Template Template-Fact">[<i><a href="/wiki/Wikipedia:Citation_needed"><span title="This claim needs references">citation needed</span></a></i>]</sup></p>` +
        `<p>Opened 1997<sup>[<a href="/wiki/Wikipedia:When">when?</a>]</sup></p><p>Note<sup>[draft]</sup></p>`,
    );
    expect(select(doc, byTag("p")).map(textMemo())).toEqual(["Tallest in the EU until 2020", "Opened 1997", "Note[draft]"]);
  });

  it("gives a table's row header its name without the note's number", async () => {
    const doc = parseHtml(
      `<!doctype html><html><body><h1>Fläche nach Ländern</h1><table><thead><tr><th>Land</th><th>Fläche in km²</th></tr></thead><tbody>${[
        ["Bayern<sup><a href='#fn1'>1</a></sup>", "70.541,6"],
        ["Berlin", "891,1"],
        ["Bremen", "419,6"],
      ]
        .map(([land, area]) => `<tr><th scope="row">${land}</th><td>${area}</td></tr>`)
        .join("")}</tbody></table><ol><li id="fn1">Einschließlich gemeindefreier Gebiete.</li></ol></body></html>`,
    );
    const fields = fieldSpecsFromSchema({ type: "object", properties: { land: { type: "string" }, flaeche: { type: "number", description: "Fläche" } } });
    const input = { q: "every Land", url: "https://stats.example/", schema: null, verifyUrls: false };
    const { rows } = await rowsFromPage(doc, input.url, input, fields, null);
    expect(rows.map((r) => r.row.land)).toEqual(["Bayern", "Berlin", "Bremen"]);
  });
});

describe("textMemo: elements side by side", () => {
  it("parts two elements with nothing between when the second starts a capitalised word, and keeps a word cut by markup whole", () => {
    const doc = parseHtml(
      `<p><span>Hannah</span><span><img alt=""><span>Germany</span></span></p><p><b>Py</b><span>thon</span></p>` +
        `<p><span>£12</span><span>.99</span></p><p><span>(</span><span>Berlin</span>)</p><p>Mc<span>Donald</span></p>`,
    );
    expect(select(doc, byTag("p")).map(textMemo())).toEqual(["Hannah Germany", "Python", "£12.99", "(Berlin)", "McDonald"]);
  });

  it("breaks the text around every block a browser lays out on its own line", () => {
    const doc = parseHtml(`<div id="x"><blockquote>Hannah</blockquote><figcaption>Germany</figcaption><nav>Home</nav><dl><dt>a</dt></dl></div>`);
    expect(select(doc, byTag("div")).map(textMemo())).toEqual(["Hannah Germany Home a"]);
  });
});

describe("a value of two elements side by side", () => {
  it("reads a guest's name and country as two words, not one", async () => {
    const guests = [["Hannah", "Germany"], ["Jean", "France"], ["Priya", "India"]];
    const doc = parseHtml(
      `<!doctype html><html lang="en"><body><h1>Guest reviews</h1><div class="list">${guests
        .map(([n, c]) => `<div class="review"><div class="guest"><span>${n}</span><span>${c}</span></div><h3>Great stay</h3></div>`)
        .join("")}</div></body></html>`,
    );
    const fields = fieldSpecsFromSchema({ type: "object", properties: { guest: { type: "string" }, title: { type: "string" } } });
    const input = { q: "every review with guest and title", url: "https://stays.example/", schema: null, verifyUrls: false };
    const { rows } = await rowsFromPage(doc, input.url, input, fields, null);
    expect(rows.map((r) => r.row.guest)).toEqual(["Hannah Germany", "Jean France", "Priya India"]);
  });
});
