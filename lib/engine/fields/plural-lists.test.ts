import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { rowsFromPage } from "../page-rows";
import { namesPlural } from "./plural-lists";
import { fieldSpecsFromQuery } from "./query";

const DATASETS: [string, string[]][] = [
  ["Air quality measurements 2024", ["CSV", "JSON"]],
  ["Bus stops (NaPTAN)", ["CSV", "XML", "GeoJSON"]],
  ["School census 2023/24", ["XLSX"]],
  ["Road traffic counts", ["CSV", "JSON"]],
  ["Household energy survey", ["CSV", "PDF"]],
];
/** Each format a badge of its own, or the formats written in one text. */
const page = (badges: boolean) =>
  parseHtml(
    `<!doctype html><html lang="en"><body><h1>Datasets</h1><ul class="datasets">${DATASETS.map(
      ([title, formats], i) =>
        `<li class="dataset"><h3><a href="/dataset/${i}">${title}</a></h3><p class="publisher">Department for Transport</p>${
          badges ? `<ul class="resources">${formats.map((f) => `<li><span class="badge" data-format="${f.toLowerCase()}">${f}</span></li>`).join("")}</ul>` : `<p class="formats">${formats.join(", ")}</p>`
        }<p class="notes">Published every quarter by the statistics team.</p></li>`,
    ).join("")}</ul></body></html>`,
  );

async function rows(badges: boolean) {
  const q = "every dataset with title, publisher, formats and notes";
  const input = { q, url: "https://data.example/", schema: null, verifyUrls: false };
  return (await rowsFromPage(page(badges), input.url, input, fieldSpecsFromQuery(q), null)).rows.map((r) => r.row);
}

describe("a plural the query names", () => {
  it("is a list of strings where the records show several small elements for it", async () => {
    const read = await rows(true);
    expect(read.map((r) => r.formats)).toEqual(DATASETS.map(([, f]) => f));
    // A plural with one paragraph per record stays its text.
    expect(read.map((r) => r.notes)).toEqual(Array(DATASETS.length).fill("Published every quarter by the statistics team."));
  });

  it("stays one text where the records write it as one", async () => {
    expect((await rows(false)).map((r) => r.formats)).toEqual(DATASETS.map(([, f]) => f.join(", ")));
  });
});

describe("namesPlural", () => {
  it("tells a plural noun from a singular ending in s", () => {
    expect(["formats", "file formats", "codeshares", "status", "address", "news", "size"].map(namesPlural)).toEqual([true, true, true, false, false, false, false]);
  });
});
