import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { readsAsOrganisation } from "./organisations";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

describe("readsAsOrganisation", () => {
  it("reads names ended or headed by an organisation's word", () => {
    expect(readsAsOrganisation("Musterstadt City Council")).toBe(true);
    expect(readsAsOrganisation("Universitätsklinikum Musterstadt AöR")).toBe(true);
    expect(readsAsOrganisation("St Mary's Academy Trust")).toBe(true);
    expect(readsAsOrganisation("Ministry of Defence")).toBe(true);
  });

  it("reads no title, sentence or plain name as one", () => {
    expect(readsAsOrganisation("Provision of Cleaning Services for Council Buildings")).toBe(false);
    expect(readsAsOrganisation("The council is seeking a contractor.")).toBe(false);
    expect(readsAsOrganisation("Jane Smith")).toBe(false);
    expect(readsAsOrganisation("Open procedure")).toBe(false);
  });
});

describe("a tender's buyer written under its title, unlabelled", () => {
  const tender = (title: string, buyer: string, ref: string) =>
    `<div class="result"><h2><a href="/notice/${ref}">${title}</a></h2><div class="sub-header">${buyer}</div><p class="summary">Services across several sites.</p><div class="entry"><strong>Reference:</strong> ${ref}</div></div>`;
  const html = `<main>${tender("Cleaning Services", "Musterstadt City Council", "0123")}${tender("Highway Maintenance", "Regional Roads Authority", "0124")}${tender("School Meals", "St Mary's Academy Trust", "0125")}</main>`;

  it("gives the buyer the organisation's name", () => {
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, buyer: { type: "string" }, reference: { type: "string" } } });
    const rows = extractRows(region(parseHtml(html), byClass("result")), { pageUrl: "https://tenders.example/", fields, q: "every tender" }).map((r) => r.row);
    expect(rows).toEqual([
      { title: "Cleaning Services", buyer: "Musterstadt City Council", reference: "0123" },
      { title: "Highway Maintenance", buyer: "Regional Roads Authority", reference: "0124" },
      { title: "School Meals", buyer: "St Mary's Academy Trust", reference: "0125" },
    ]);
  });
});
