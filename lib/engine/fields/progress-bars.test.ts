import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

describe("a progress bar", () => {
  it("gives a percentage field the value it draws (aria-valuenow), which no text shows", () => {
    const projects = [["Boreholes for Turkana", 72, "$86,400"], ["WASH in mountain schools", 100, "$54,000"], ["Household water filters", 31, "€12,350"]] as const;
    const doc = parseHtml(
      `<div>${projects.map(([name, pct, raised]) => `<article class="card"><h3>${name}</h3><div class="progress"><div class="progress-bar" role="progressbar" style="width: ${pct}%" aria-valuenow="${pct}" aria-valuemin="0" aria-valuemax="100"></div></div><span class="raised"><strong>${raised}</strong> raised</span></article>`).join("")}</div>`,
    );
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, percentFunded: { type: "number" } } });
    const rows = extractRows(region(doc, byClass("card")), { pageUrl: "https://charity.example/projects", fields, q: "" });
    expect(rows.map((r) => r.row)).toEqual([
      { name: "Boreholes for Turkana", percentFunded: 72 },
      { name: "WASH in mountain schools", percentFunded: 100 },
      { name: "Household water filters", percentFunded: 31 },
    ]);
    expect(rows[0]!.from.get("percentFunded")).toMatchObject({ attr: "aria-valuenow" });
  });
});
