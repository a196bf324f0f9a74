import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromQuery } from "./query";
import { byClass, region } from "./testing";

function rowsOf(html: string, cls: string, q: string) {
  return extractRows(region(parseHtml(`<main>${html}</main>`), byClass(cls)), { pageUrl: "https://lab.example/papers", fields: fieldSpecsFromQuery(q), q }).map((r) => r.row);
}

// A lab's papers: each one's page is its main link; some have slides or code beside it, some not.
const paper = (slug: string, title: string, extra: string) =>
  `<li class="paper"><h3><a href="/papers/${slug}">${title}</a></h3><span class="authors">A. Nguyen, J. Becker</span> <span class="links">${extra}</span></li>`;
const html =
  paper("sparse", "Sparse Attention", `<a href="https://github.com/lab/sparse">Code</a> · <a href="/talks/sparse">Slides</a>`) +
  paper("depth", "Depth from Endoscopy", `<a href="https://doi.org/10.1016/x.1">DOI</a>`) +
  paper("noisy", "Noisy Labels", `<a href="/talks/noisy">Slides</a>`);

describe("link fields qualified by the link they name", () => {
  it("leaves a code or slides field empty in records without that link, not the record's page", () => {
    const rows = rowsOf(html, "paper", "every paper with title, code link and slides link");
    expect(rows.map((r) => r.codeLink)).toEqual(["https://github.com/lab/sparse", undefined, undefined]);
    expect(rows.map((r) => r.slidesLink)).toEqual(["https://lab.example/talks/sparse", undefined, "https://lab.example/talks/noisy"]);
  });

  it("keeps giving the record's page to a plain link field and to one named after the record", () => {
    expect(rowsOf(html, "paper", "every paper with title and link").map((r) => r.link)).toEqual([
      "https://lab.example/papers/sparse",
      "https://lab.example/papers/depth",
      "https://lab.example/papers/noisy",
    ]);
    // A repository list's "repo link" is each repository's own page.
    const repo = (n: string) => `<div class="item"><h3><a href="/lab/${n}">lab/${n}</a></h3><span>★ 12</span></div>`;
    const rows = rowsOf(["sparse", "depth"].map(repo).join(""), "item", "every repository with name and repo link");
    expect(rows.map((r) => r.repoLink)).toEqual(["https://lab.example/lab/sparse", "https://lab.example/lab/depth"]);
  });
});
