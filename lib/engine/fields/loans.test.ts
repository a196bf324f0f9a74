import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

describe("a library's availability", () => {
  it("reads a copy's loan state as its availability, as a shop's stock is", () => {
    const doc = parseHtml(
      `<section>${[
        ["The Uninhabitable Earth", "Available", "at Central Library"],
        ["How to avoid a climate disaster", "Checked out — due 12/03/2025", ""],
        ["The ministry for the future", "On order", ""],
        ["Klimawandel", "On loan", ""],
      ]
        .map(([t, s, where], i) => `<div class="result-item"><h3><a href="/record/${i}">${t}</a></h3><div class="holdings"><span class="status"><i class="fa fa-check"></i> ${s}</span> ${where}</div></div>`)
        .join("")}</section>`,
    );
    const rows = extractRows(region(doc, byClass("result-item")), {
      pageUrl: "https://library.example/search",
      fields: fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, availability: { type: "string" } } }),
      q: "",
    }).map((r) => r.row);
    expect(rows.map((r) => r.availability)).toEqual(["Available", "Checked out — due 12/03/2025", "On order", "On loan"]);
  });
});
