import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

/** A university staff page: each person's numbers in <li class="tel">, some with a mobile beside the office line. */
const staff = parseHtml(
  `<div>${[
    ["Anna Müller", [["Telefon", "+49 89 1234567-01"]], "anna.mueller@uni.example"],
    ["Minh Nguyen", [["Telefon", "+49 89 1234567-12"], ["Mobil", "+49 170 1234567"]], "minh.nguyen@uni.example"],
    ["Jonas Schmidt", [["Telefon", "+49 89 1234567-14"]], "jonas.schmidt@uni.example"],
  ]
    .map(
      ([name, tels, mail]) =>
        `<div class="person"><h3>${name as string}</h3><ul class="contact">${(tels as string[][]).map(([l, n]) => `<li class="tel"><span class="sr-only">${l}:</span> <a href="tel:${n!.replace(/[\s-]/g, "")}">${n}</a></li>`).join("")}` +
        `<li class="fax">Fax: +49 89 1234567-99</li><li class="email"><a href="mailto:${mail as string}">${mail as string}</a></li></ul></div>`,
    )
    .join("")}</div>`,
);

describe("a list named by its item's other names", () => {
  it("reads a phones list from elements classed 'tel', every number of each, and not the fax", () => {
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, phones: { type: "array", items: { type: "string" } } } });
    const rows = extractRows(region(staff, byClass("person")), { pageUrl: "https://uni.example/team", fields, q: "" }).map((r) => r.row);
    expect(rows).toEqual([
      { name: "Anna Müller", phones: ["+4989123456701"] },
      { name: "Minh Nguyen", phones: ["+4989123456712", "+491701234567"] },
      { name: "Jonas Schmidt", phones: ["+4989123456714"] },
    ]);
  });
});
