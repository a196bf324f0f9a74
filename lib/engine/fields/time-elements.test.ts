import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

/** A package registry's results: "published <version> • <time>3 days ago</time>" on one line. */
const packages = parseHtml(
  `<div>${[
    ["dayjs", "1.11.13", "2026-11-27T10:11:12.000Z", "3 days ago"],
    ["date-fns", "4.1.0", "2025-09-17T08:00:00.000Z", "a year ago"],
    ["moment", "2.30.1", "2023-12-27T09:00:00.000Z", "3 years ago"],
  ]
    .map(
      ([name, version, iso, ago]) =>
        `<section class="result"><h3><a href="/package/${name}">${name}</a></h3>` +
        `<div class="meta"><a href="/~someone">someone</a><span class="f6 dib"> published <span class="c5c8">${version}</span> • <time datetime="${iso}">${ago}</time></span></div></section>`,
    )
    .join("")}</div>`,
);

describe("a date inside a line that says more", () => {
  it("reads the <time>'s datetime, not the first thing in the line that parses as a date (a version '1.11.13')", () => {
    const fields = fieldSpecsFromSchema({ type: "object", properties: { name: { type: "string" }, published: { type: "string", format: "date" } } });
    const rows = extractRows(region(packages, byClass("result")), { pageUrl: "https://registry.example/search", fields, q: "" });
    expect(rows.map((r) => r.row)).toEqual([
      { name: "dayjs", published: "2026-11-27" },
      { name: "date-fns", published: "2025-09-17" },
      { name: "moment", published: "2023-12-27" },
    ]);
    expect(rows[0]!.from.get("published")).toMatchObject({ attr: "datetime" });
  });
});
