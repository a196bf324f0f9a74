import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";
import { isUtilityClass, semanticClasses } from "./utility-classes";

describe("isUtilityClass", () => {
  it("knows Tailwind and Bootstrap utilities: a prefix and a size, colour or keyword, a variant, a bare utility", () => {
    const utilities = ["text-sm", "text-gray-500", "font-bold", "bg-white", "flex", "items-center", "mt-2", "-mt-2", "grid-cols-3", "rounded-lg", "hover:underline", "md:w-1/2", "w-[120px]", "max-w-7xl", "tracking-wide", "leading-relaxed", "uppercase", "text-muted", "col-md-6", "fw-bold", "line-clamp-2"];
    expect(utilities.filter((c) => !isUtilityClass(c))).toEqual([]);
  });

  it("keeps the classes an author named: a utility prefix before a word that is no token is a name", () => {
    const names = ["price", "product-title", "text-description", "text-price", "end-date", "size-chart", "card", "tag", "author"];
    expect(names.filter(isUtilityClass)).toEqual([]);
    expect(semanticClasses("mt-1 font-bold text-gray-900 price")).toBe("price");
  });
});

describe("a Tailwind card grid", () => {
  // The only author-chosen words are "price" and a data attribute; everything else styles.
  const card = (n: number, name: string, finish: string, blurb: string, price: string) =>
    `<div class="rounded-lg border bg-white p-4 shadow-sm" data-product-id="${n}"><h3 class="mt-2 text-lg font-semibold"><a class="hover:underline" href="/p/${n}">${name}</a></h3>` +
    `<span class="text-xs uppercase text-gray-500 tracking-wide">${finish}</span><p class="mt-1 leading-relaxed">${blurb}</p><p class="mt-1 font-bold text-gray-900 price">${price}</p></div>`;
  const html =
    `<html><body><main><div class="grid grid-cols-3 gap-4">` +
    card(1, "Walnut desk lamp", "Oak finish", "Warm light for long evenings of reading in a small study.", "$41.00") +
    card(2, "Brass floor lamp", "Brass finish", "Tall and slim, it stands beside an armchair by the window.", "$89.00") +
    card(3, "Paper pendant shade", "Paper finish", "Soft light over a dining table, folded from one sheet of paper.", "$25.00") +
    `</div></main></body></html>`;
  const rowsOf = (fields: ReturnType<typeof fieldSpecsFromSchema> | null) =>
    extractRows(region(parseHtml(html), byClass("rounded-lg")), { pageUrl: "https://shop.example/", fields, q: "every lamp" }).map((r) => r.row);

  it("reads the description from the long text, not from the short text classed text-xs ('text' names a description)", () => {
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, price: { type: "string" }, description: { type: "string" } } });
    expect(rowsOf(fields)[0]).toEqual({ name: "Walnut desk lamp", price: "$41.00", description: "Warm light for long evenings of reading in a small study." });
  });

  it("names no inferred column after a utility class", () => {
    const keys = Object.keys(rowsOf(null)[0]!);
    expect(keys).toContain("price");
    expect(keys.filter((k) => /uppercase|leading|relaxed|tracking/i.test(k))).toEqual([]);
  });
});
