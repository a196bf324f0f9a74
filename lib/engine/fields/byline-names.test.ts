import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

const rowsOf = (html: string, cls: string, properties: Record<string, unknown>) =>
  extractRows(region(parseHtml(html), byClass(cls)), { pageUrl: "https://example.org/", fields: fieldSpecsFromSchema({ type: "object", properties }), q: "every one" }).map((r) => r.row);

describe("a doer's name as its own element, the byline's words bare text around it", () => {
  it("names the link after a bare 'by' for an author", () => {
    const advisory = (title: string, id: string, who: string) =>
      `<li class="adv"><a class="primary" href="/adv/${id}">${title}</a><div class="muted"><span>${id}</span> published <relative-time datetime="2026-11-24">Nov 24, 2026</relative-time> by <a class="muted-link" href="/${who}">${who}</a></div></li>`;
    const html = `<ul>${advisory("Remote code execution", "GHSA-1", "mkowalski")}${advisory("Path traversal", "GHSA-2", "jdoe")}${advisory("Open redirect", "GHSA-3", "alice-sec")}</ul>`;
    expect(rowsOf(html, "adv", { title: { type: "string" }, author: { type: "string" } })).toEqual([
      { title: "Remote code execution", author: "mkowalski" },
      { title: "Path traversal", author: "jdoe" },
      { title: "Open redirect", author: "alice-sec" },
    ]);
  });

  it("names the link before 'published' for a publisher, and not for another doer", () => {
    const pkg = (name: string, who: string) =>
      `<section class="pkg"><a href="/package/${name}"><h3>${name}</h3></a><div class="f6"><a class="e98b" href="/~${who}"><span>${who}</span></a><span class="_66c9"> published <span>1.0.0</span> • <time>3 days ago</time></span></div></section>`;
    const html = `<main>${pkg("dayjs", "iamkun")}${pkg("date-fns", "kossnocorp")}${pkg("luxon", "icambron")}</main>`;
    expect(rowsOf(html, "pkg", { name: { type: "string" }, publisher: { type: "string" } }).map((r) => r.publisher)).toEqual(["iamkun", "kossnocorp", "icambron"]);
    expect(rowsOf(html, "pkg", { name: { type: "string" }, reviewer: { type: "string" } }).map((r) => r.reviewer)).toEqual([undefined, undefined, undefined]);
  });
});
