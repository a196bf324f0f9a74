import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

const REVIEWS: [string, string, string, string][] = [
  ["Hannah", "Germany", "Perfect location", "10"],
  ["Jean-Luc", "France", "Bien mais bruyant", "7.5"],
  ["Priya", "India", "Superb", "9.2"],
];

describe("a field named for a person's part", () => {
  it("holds her name where the page names it for the person: 'reviewer' finds what 'reviewer name' does", () => {
    const doc = parseHtml(
      `<ul>${REVIEWS.map(
        ([who, country, title, score]) =>
          `<li class="review"><div class="guest"><div class="avatar-block"><span class="avatar-block__title">${who}</span><span class="avatar-block__subtitle"><span class="flag__text">${country}</span></span></div></div>` +
          `<h3 class="review__title">${title}</h3><div class="review-score" aria-label="Scored ${score}">${score}</div><p class="review__body">Nice stay, would come back.</p></li>`,
      ).join("")}</ul>`,
    );
    for (const reviewer of ["reviewer", "reviewerName"]) {
      const fields = fieldSpecsFromSchema({ type: "object", properties: { [reviewer]: { type: "string" }, country: { type: "string" }, title: { type: "string" }, score: { type: "number" } } });
      const rows = extractRows(region(doc, byClass("review")), { pageUrl: "https://stays.example/reviews", fields, q: "" }).map((r) => r.row);
      expect(rows.map((r) => [r[reviewer], r.country, r.title])).toEqual(REVIEWS.map(([who, country, title]) => [who, country, title]));
    }
  });
});
