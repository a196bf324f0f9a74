import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { rowsFromPage } from "../page-rows";
import { fieldSpecsFromQuery } from "../fields/query";
import { byTag, select } from "../fields/testing";
import { isPlaceholderRecord } from "./placeholders";

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
});
