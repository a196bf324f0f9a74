import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { readsAsLicense } from "./licenses";
import { fieldSpecsFromQuery } from "./query";
import { byClass, region } from "./testing";

describe("readsAsLicense", () => {
  it("knows a licence by its SPDX identifier or its usual spelling, with or without the word License", () => {
    for (const text of ["BSD 3-Clause", "Apache-2.0", "GPL-3.0", "MPL 2.0", "Unlicense", "MIT", "MIT License", "GPL-3.0-or-later", "LGPL-2.1", "CC-BY-SA-4.0", "Apache License 2.0", "AGPLv3"]) expect(readsAsLicense(text), text).toBe(true);
  });

  it("reads no licence in a language, a date or a sentence", () => {
    for (const text of ["Rust", "Go", "Mitten", "Updated 3 days ago", "A fast parser", "MIT students built it"]) expect(readsAsLicense(text), text).toBe(false);
  });
});

describe("extractRows: a repository card's licence written without the word License", () => {
  const cards = [
    ["alpha", "Rust", "BSD 3-Clause"],
    ["beta", "Go", "Apache-2.0"],
    ["gamma", "C", "GPL-3.0"],
    ["delta", "C++", "MPL 2.0"],
    ["eps", "Shell", "Unlicense"],
  ];
  const doc = parseHtml(
    `<main><ul>${cards
      .map(([name, lang, license]) => `<li class="repo"><h3><a href="/acme/${name}">${name}</a></h3><p>A project about ${name} with a description long enough to read as one.</p><span>${lang}</span> <span>${license}</span> <span>Updated 3 days ago</span></li>`)
      .join("")}</ul></main>`,
  );

  it("gives the licence field the licence's name", () => {
    const q = "every repository with name and license";
    const rows = extractRows(region(doc, byClass("repo")), { pageUrl: "https://git.example/acme", fields: fieldSpecsFromQuery(q), q });
    expect(rows.map((r) => r.row)).toEqual(cards.map(([name, , license]) => ({ name, license })));
  });
});
