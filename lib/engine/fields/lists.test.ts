import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { listPlan, listValues, fillsList } from "./lists";
import { collectPieces } from "./pieces";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

const page = (records: string) => parseHtml(`<html><body><main>${records}</main></body></html>`);
const lists = (records: string, schema: Record<string, unknown>) => {
  const doc = page(records);
  const specs = fieldSpecsFromSchema({ type: "object", properties: schema });
  const all = collectPieces(region(doc, byClass("rec")).records, "https://shop.example/");
  return all.map((rp) => Object.fromEntries(specs.filter(fillsList).map((s) => [s.name, listValues(rp, listPlan(s), "shop.example").values])));
};
const arrayOf = (items: object) => ({ type: "array", items });

describe("list fields", () => {
  it("knows which list fields it fills: lists of flat items", () => {
    const specs = fieldSpecsFromSchema({ type: "object", properties: { tags: arrayOf({ type: "string" }), rows: arrayOf({ type: "object", properties: {} }), any: { type: "array" } } });
    expect(specs.map((s) => [s.name, fillsList(s)])).toEqual([
      ["tags", true],
      ["rows", false],
      ["any", false],
    ]);
  });

  it("takes the named elements, not the one around them, typed as the items are", () => {
    const rec = (sizes: string) => `<div class="rec"><h3>Shoe</h3><ul class="sizes">${sizes}</ul><span class="price">$40</span></div>`;
    const rows = lists(rec("<li>40</li><li>41.5</li>") + rec("<li>38</li>"), { sizes: arrayOf({ type: "number" }), prices: arrayOf({ type: "number" }) });
    expect(rows).toEqual([
      { sizes: [40, 41.5], prices: [40] },
      { sizes: [38], prices: [40] },
    ]);
  });

  it("splits one named text into its items, and makes up nothing where nothing is named", () => {
    const rec = (skills: string) => `<div class="rec"><h3>Ann</h3><p class="skills">${skills}</p><p>Berlin, Paris</p></div>`;
    const rows = lists(rec("Python, SQL; Excel") + rec("Go"), { skills: arrayOf({ type: "string" }), cities: arrayOf({ type: "string" }) });
    expect(rows).toEqual([
      { skills: ["Python", "SQL", "Excel"], cities: [] },
      { skills: ["Go"], cities: [] },
    ]);
  });

  it("takes every picture of the record for a list of images, without a name", () => {
    const rec = (n: number) => `<div class="rec"><h3>Item ${n}</h3><img src="/a${n}.jpg"><img src="/b${n}.jpg"><img src="/a${n}.jpg"></div>`;
    expect(lists(rec(1) + rec(2), { images: arrayOf({ type: "string", format: "uri" }) })).toEqual([
      { images: ["https://shop.example/a1.jpg", "https://shop.example/b1.jpg"] },
      { images: ["https://shop.example/a2.jpg", "https://shop.example/b2.jpg"] },
    ]);
  });
});
