import { describe, expect, it } from "vitest";
import { parseHtml, textContent } from "../dom";
import { findRecords } from "../records";

const page = (body: string) => parseHtml(`<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`);

const issue = (n: number, title: string, labels: string[], who: string, comments: number) =>
  `<div id="issue_${n}" class="Box-row js-navigation-item js-issue-row"><div class="flex-auto">` +
  `<a class="Link--primary" href="/acme/widget/issues/${n}">${title}</a> ` +
  labels.map((l) => `<a class="IssueLabel" href="/acme/widget/labels/${l}">${l}</a>`).join(" ") +
  `<div class="opened-by">#${n} opened <relative-time datetime="2025-11-27T09:12:00Z">3 days ago</relative-time> by <a href="/users/${who}">${who}</a></div></div>` +
  `<div class="comments"><a href="/acme/widget/issues/${n}#comments">${comments}</a></div></div>`;

/** An issue tracker's list as GitHub marks it up: the rows' container is a keyboard-navigation hook. */
const tracker = (containerClass: string) =>
  page(
    `<header><nav><a href="/">Home</a> <a href="/acme/widget">acme / widget</a></nav></header><div class="repo-content"><div class="Box">` +
      `<div class="${containerClass}">` +
      issue(812, "Crash when exporting CSV with empty columns", ["bug", "export"], "lena-k", 5) +
      issue(811, "Support dark mode in settings page", ["enhancement", "good first issue"], "tkoch", 0) +
      issue(807, "Memory leak in websocket reconnect loop", ["bug", "priority: high"], "dev-omar", 12) +
      issue(799, "Docs: clarify retry behaviour of the client", ["documentation"], "sam-w", 1) +
      `</div></div></div>`,
  );

describe("class names that are script hooks", () => {
  it("does not take a js- hook's words for the element's role: rows in a js-navigation-container are records, not a menu", () => {
    const region = findRecords(tracker("js-navigation-container js-active-navigation-container"), { q: "every issue with title, labels, author and comments" });
    expect(region?.records).toHaveLength(4);
    expect(region?.records.map((r) => textContent(r[0]!).slice(0, 24))).toEqual(["Crash when exporting CSV", "Support dark mode in set", "Memory leak in websocket", "Docs: clarify retry beha"]);
  });

  it("still reads a container whose own class names it navigation as page chrome", () => {
    expect(findRecords(tracker("site-navigation"), { q: "every issue with title, labels, author and comments" })).toBeNull();
  });
});
