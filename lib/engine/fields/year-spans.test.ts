import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromQuery } from "./query";
import { byClass, region } from "./testing";

const PROJECTS = [
  ["Solar-powered boreholes", "4,500", "2026–2027"],
  ["WASH in mountain schools", "2,100", "2025"],
  ["Household water filters", "3,200", "2019–present"],
];

describe("a span of years alone", () => {
  it("fills a field named for years, though only a calendar icon stands beside it", () => {
    const html = PROJECTS.map(
      ([name, people, years]) =>
        `<article class="card"><h3>${name}</h3><ul class="facts"><li><i class="fa fa-users"></i> ${people} beneficiaries</li><li><i class="fa fa-calendar"></i> ${years}</li><li><span class="status">Active</span></li></ul></article>`,
    ).join("");
    const q = "every project with name, beneficiaries, years and status";
    const rows = extractRows(region(parseHtml(`<main>${html}</main>`), byClass("card")), { pageUrl: "https://ngo.example/projects", fields: fieldSpecsFromQuery(q), q }).map((r) => r.row);
    expect(rows.map((r) => [r.name, r.years, r.status])).toEqual(PROJECTS.map(([name, , years]) => [name, years, "Active"]));
  });
});
