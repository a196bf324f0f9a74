import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";
import { withoutTracking } from "./tracking-params";

describe("a row's links", () => {
  it("leave out campaign and click-tracking parameters, and keep the page's own", () => {
    const card = (slug: string, query: string) => `<li class="item"><a href="/p/${slug}?${query}">Product ${slug}</a><span class="price">$${slug.length}.00</span></li>`;
    const html = `<ul>${card("aurora", "utm_source=list&amp;utm_medium=grid")}${card("breeze", "color=blue&amp;gclid=abc123&amp;size=m")}${card("cadence", "ref=home&amp;fbclid=IwAR0")}</ul>`;
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, url: { type: "string", format: "uri" } } });
    const rows = extractRows(region(parseHtml(html), byClass("item")), { pageUrl: "https://shop.example/list", fields, q: "products" }).map((r) => r.row.url);
    expect(rows).toEqual(["https://shop.example/p/aurora", "https://shop.example/p/breeze?color=blue&size=m", "https://shop.example/p/cadence?ref=home"]);
  });

  it("keep every other parameter's spelling, and the fragment", () => {
    expect(withoutTracking("https://a.example/s?q=red%20shoes&utm_campaign=x&page=2#top")).toBe("https://a.example/s?q=red%20shoes&page=2#top");
    expect(withoutTracking("https://a.example/s?utm_source=a&utm_id=3")).toBe("https://a.example/s");
    expect(withoutTracking("https://a.example/s?my_utm_source=a")).toBe("https://a.example/s?my_utm_source=a");
  });
});
