import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromQuery } from "./query";
import { fieldSpecsFromSchema, type FieldSpec } from "./spec";
import { byClass, region } from "./testing";

const PAPERS = [
  ["DeepFlow: Large Displacement Optical Flow", "Cited by 1,234"],
  ["EpicFlow: Edge-Preserving Interpolation", "Cited by 987"],
];

const rows = (fields: FieldSpec[]) =>
  extractRows(
    region(
      parseHtml(`<html><body><main><div class="pubs">${PAPERS.map(([t, c]) => `<div class="pub"><h3>${t}</h3><div class="links"><a href="/bib">BibTeX</a> · <span class="cites">${c}</span></div></div>`).join("")}</div></main></body></html>`),
      byClass("pub"),
    ),
    { pageUrl: "https://lab.example/publications", fields, q: "every paper" },
  ).map((r) => r.row);

describe("a count said with its verb", () => {
  it("gives 'Cited by 1,234' to a citations field", () => {
    const got = rows(fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, citations: { type: "integer", description: "number of citations" } } }));
    expect(got.map((r) => r.citations)).toEqual([1234, 987]);
  });

  it("asks a query's citations as a count", () => {
    expect(rows(fieldSpecsFromQuery("every paper with title, citations")!).map((r) => r.citations)).toEqual([1234, 987]);
  });
});
