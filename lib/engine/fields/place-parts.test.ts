import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { planField } from "./plan";
import { placePart } from "./place-parts";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

const plan = (name: string) => planField({ name, type: "string", required: false });

describe("placePart", () => {
  it("gives a country its country and a region the place within it, either order, any joint", () => {
    expect(placePart(plan("country"), "Kenya · Turkana County")).toBe("Kenya");
    expect(placePart(plan("region"), "Kenya · Turkana County")).toBe("Turkana County");
    expect(placePart(plan("district"), "Zomba District, Malawi")).toBe("Zomba District");
    expect(placePart(plan("country"), "Sindhupalchok | Nepal")).toBe("Nepal");
  });

  it("reads nothing from one place, two countries, two places within one, or another field", () => {
    expect(placePart(plan("country"), "Kenya")).toBeNull();
    expect(placePart(plan("region"), "Kenya · Uganda")).toBeNull();
    expect(placePart(plan("city"), "Soho · Camden")).toBeNull();
    expect(placePart(plan("description"), "Kenya · Turkana County")).toBeNull();
  });
});

describe("a project's place written as country · region", () => {
  const card = (name: string, place: string) => `<article class="card"><span class="project-country"><i class="fa fa-map-marker"></i> ${place}</span><h3><a href="/p/${name.length}">${name}</a></h3></article>`;
  const html = `<main>${card("Boreholes", "Kenya · Turkana County")}${card("School latrines", "Nepal · Sindhupalchok")}${card("Water filters", "Bolivia · Cochabamba")}</main>`;

  it("fills the country and the region each with its own part", () => {
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, country: { type: "string" }, region: { type: "string" } } });
    const rows = extractRows(region(parseHtml(html), byClass("card")), { pageUrl: "https://ngo.example/", fields, q: "every project" }).map((r) => r.row);
    expect(rows).toEqual([
      { name: "Boreholes", country: "Kenya", region: "Turkana County" },
      { name: "School latrines", country: "Nepal", region: "Sindhupalchok" },
      { name: "Water filters", country: "Bolivia", region: "Cochabamba" },
    ]);
  });
});
