import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { readByline } from "./bylines";
import { fieldSpecsFromQuery } from "./query";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

/** An issue tracker's rows: the state only an icon's name tells, the number in the byline. */
const issues = parseHtml(
  `<div>${[
    [812, "Open", "Crash when exporting CSV", "2025-11-27", "lena-k", "3 days ago"],
    [811, "Open", "Support dark mode in settings", "2025-11-23", "tkoch", "last week"],
    [807, "Closed", "Memory leak in websocket reconnect", "2025-11-10", "dev-omar", "on Nov 10"],
  ]
    .map(
      ([n, state, title, date, who, ago]) =>
        `<div class="Box-row"><div class="flex-shrink-0"><svg aria-label="${state} issue" class="octicon octicon-issue"></svg></div>` +
        `<div class="flex-auto"><a class="Link--primary" href="/acme/widget/issues/${n}">${title}</a>` +
        `<div class="opened-by">#${n} opened <relative-time datetime="${date}T09:12:00Z">${ago}</relative-time> by <a href="/users/${who}">${who}</a></div></div>` +
        `<div class="comments"><a href="/acme/widget/issues/${n}#comments"><svg class="octicon octicon-comment"></svg> <span>${Number(n) % 20}</span></a></div></div>`,
    )
    .join("")}</div>`,
);

const read = (properties: Record<string, unknown>) =>
  extractRows(region(issues, byClass("Box-row")), { pageUrl: "https://git.example/acme/widget/issues", fields: fieldSpecsFromSchema({ type: "object", properties }), q: "" }).map((r) => r.row);

describe("an issue tracker's rows", () => {
  it("reads a status from the state an icon's name gives, without the noun it is the state of", () => {
    expect(read({ title: { type: "string" }, status: { type: "string" } }).map((r) => r.status)).toEqual(["Open", "Open", "Closed"]);
  });

  it("reads the number after '#' for a field named number, beside the date and the author read from the same line", () => {
    expect(read({ title: { type: "string" }, number: { type: "integer" }, openedAt: { type: "string", format: "date" }, author: { type: "string" } })).toEqual([
      { title: "Crash when exporting CSV", number: 812, openedAt: "2025-11-27", author: "lena-k" },
      { title: "Support dark mode in settings", number: 811, openedAt: "2025-11-23", author: "tkoch" },
      { title: "Memory leak in websocket reconnect", number: 807, openedAt: "2025-11-10", author: "dev-omar" },
    ]);
  });

  it("reads who opened it from a line that says what was done and when before 'by'", () => {
    expect(readByline("#812 opened 3 days ago by lena-k")).toEqual({ verb: "open", name: "lena-k" });
    expect(readByline("submitted 5 hours ago by spez")?.name).toBe("spez");
    expect(readByline("posted in General by Ann Lee")).toBeNull();
    const q = "all issues with title, labels and author";
    const rows = extractRows(region(issues, byClass("Box-row")), { pageUrl: "https://git.example/acme/widget/issues", fields: fieldSpecsFromQuery(q), q }).map((r) => r.row);
    expect(rows.map((r) => r.author)).toEqual(["lena-k", "tkoch", "dev-omar"]);
  });

  it("reads a count from an element its name names in the plural: a comment count from class=\"comments\"", () => {
    expect(read({ title: { type: "string" }, commentCount: { type: "integer" } }).map((r) => r.commentCount)).toEqual([12, 11, 7]);
  });
});

