import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";
import { readsAsVersion } from "./versions";

describe("readsAsVersion", () => {
  it("reads release numbers", () => {
    expect(readsAsVersion("1.11.13")).toBe(true);
    expect(readsAsVersion("4.0.0-beta.2")).toBe(true);
    expect(readsAsVersion("v2.4")).toBe(true);
  });

  it("reads no figure or dotted date as one", () => {
    expect(readsAsVersion("1.5")).toBe(false);
    expect(readsAsVersion("27.11.2026")).toBe(false);
    expect(readsAsVersion("1,204,877")).toBe(false);
  });
});

describe("a package's version written after 'published', in a class nobody can read", () => {
  const pkg = (name: string, version: string) =>
    `<section class="pkg"><a href="/package/${name}"><h3 class="db7e">${name}</h3></a><p class="f5">A date library</p><span class="_66c9"> published <span class="c5c8">${version}</span> • <time datetime="2026-11-27">3 days ago</time></span></section>`;
  const html = `<main>${pkg("dayjs", "1.11.13")}${pkg("date-fns", "4.1.0")}${pkg("luxon", "3.7.2")}</main>`;

  it("gives the version field the version number", () => {
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, version: { type: "string" } } });
    const rows = extractRows(region(parseHtml(html), byClass("pkg")), { pageUrl: "https://registry.example/", fields, q: "every package" }).map((r) => r.row);
    expect(rows).toEqual([
      { name: "dayjs", version: "1.11.13" },
      { name: "date-fns", version: "4.1.0" },
      { name: "luxon", version: "3.7.2" },
    ]);
  });
});
