import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

describe("a list's items as links whose address names the list", () => {
  const pkg = (name: string, keywords: string[]) =>
    `<section class="pkg"><a href="/package/${name}"><h3 class="db7e">${name}</h3></a><ul class="_05a5">${keywords.map((k) => `<li class="_96fd"><a class="_1b0d" href="/search?q=keywords:${k}">${k}</a></li>`).join("")}</ul><a class="e98b" href="/~owner">owner</a></section>`;
  const html = `<main>${pkg("dayjs", ["dayjs", "date", "time"])}${pkg("date-fns", ["date", "fp"])}${pkg("luxon", ["date", "immutable"])}</main>`;
  const rowsOf = (page: string) =>
    extractRows(region(parseHtml(page), byClass("pkg")), {
      pageUrl: "https://registry.example/",
      fields: fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, keywords: { type: "array", items: { type: "string" } } } }),
      q: "every package",
    }).map((r) => r.row);

  it("reads the items of '?q=keywords:date' links", () => {
    expect(rowsOf(html).map((r) => r.keywords)).toEqual([["dayjs", "date", "time"], ["date", "fp"], ["date", "immutable"]]);
  });

  it("reads '/tags/python' links as tags, and no link whose address names another list", () => {
    const post = (title: string, tags: string[]) => `<article class="pkg"><h3 class="x">${title}</h3>${tags.map((t) => `<a class="y" href="/tags/${t}">${t}</a>`).join(" ")}<a class="z" href="/authors/ann">ann</a></article>`;
    const posts = `<main>${post("One", ["python", "sql"])}${post("Two", ["rust"])}${post("Three", ["go", "c"])}</main>`;
    const rows = extractRows(region(parseHtml(posts), byClass("pkg")), {
      pageUrl: "https://blog.example/",
      fields: fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, tags: { type: "array", items: { type: "string" } } } }),
      q: "every post",
    }).map((r) => r.row);
    expect(rows.map((r) => r.tags)).toEqual([["python", "sql"], ["rust"], ["go", "c"]]);
  });
});
