import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

const PAPERS = [
  ["DeepFlow", "International Conference on Computer Vision (ICCV)", "2013", "Read 12 pages of notes from the 2013 workshop and 40 figures"],
  ["R2D2", "Advances in Neural Information Processing Systems (NeurIPS)", "2019", "A detector and descriptor trained for repeatability and reliability"],
];

const rows = (properties: Record<string, unknown>) =>
  extractRows(
    region(
      parseHtml(
        `<html><body><main><div class="pubs">${PAPERS.map(([t, venue, year, note]) => `<div class="pub"><h3>${t}</h3><div class="pub-venue"><em>${venue}</em>, ${year}</div><p class="note">${note}</p></div>`).join("")}</div></main></body></html>`,
      ),
      byClass("pub"),
    ),
    { pageUrl: "https://lab.example/publications", fields: fieldSpecsFromSchema({ type: "object", properties }), q: "every paper" },
  ).map((r) => r.row);

describe("a year closing a long venue line", () => {
  it("is read for a year field, beside the venue that keeps the whole line", () => {
    const got = rows({ title: { type: "string" }, venue: { type: "string" }, year: { type: "integer" } });
    expect(got.map((r) => [r.venue, r.year])).toEqual([
      ["International Conference on Computer Vision (ICCV), 2013", 2013],
      ["Advances in Neural Information Processing Systems (NeurIPS), 2019", 2019],
    ]);
  });

  it("opens long lines to no other number field", () => {
    const got = rows({ title: { type: "string" }, venue: { type: "string" }, pages: { type: "integer" } });
    expect(got.map((r) => r.pages)).toEqual([undefined, undefined]);
  });
});
