import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

describe("a count shortened for the eye", () => {
  it("is read in full from the aria-label that writes it so, and as shown when none does", () => {
    const counts: [string, string | null][] = [
      ["(1.2K)", "1,241 reviews"],
      ["(548,101)", "548,101 reviews"],
      ["(2.5M)", "2,468,300 reviews"],
      ["(3.4K)", null],
      ["(7K)", "7,412 reviews"],
    ];
    const doc = parseHtml(`<ul>${counts
      .map(([shown, label], i) => `<li class="course"><h3>Course ${i}</h3><div class="stats"><span class="rating">4.${i}</span><span class="reviews-text"${label ? ` aria-label="${label}"` : ""}>${shown}</span></div></li>`)
      .join("")}</ul>`);
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, reviewCount: { type: "integer" } } });
    const rows = extractRows(region(doc, byClass("course")), { pageUrl: "https://learn.example/", fields, q: "" }).map((r) => r.row);
    expect(rows.map((r) => r.reviewCount)).toEqual([1241, 548101, 2468300, 3400, 7412]);
  });
});
