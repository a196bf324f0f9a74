import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { valueInIconName } from "./icon-named-values";
import { fieldSpecsFromQuery } from "./query";
import { byClass, region } from "./testing";

const ADVISORIES = [
  ["Remote code execution via crafted multipart boundary", "Critical", "9.8"],
  ["Path traversal in static file handler", "High", "7.5"],
  ["Open redirect on trailing slash", "Moderate", "6.1"],
];

describe("a value only an icon's name gives", () => {
  it("fills the field the icon's name names beside it (\"High severity\")", () => {
    const html = ADVISORIES.map(
      ([title, severity, score]) =>
        `<li class="advisory"><svg class="octicon octicon-shield" aria-label="${severity} severity" role="img"></svg><div><a href="/advisories/${score}">${title}</a><p class="meta">CVSS ${score}</p></div></li>`,
    ).join("");
    const q = "every security advisory with title, severity and CVSS score";
    const rows = extractRows(region(parseHtml(`<main><ul>${html}</ul></main>`), byClass("advisory")), { pageUrl: "https://code.example/advisories", fields: fieldSpecsFromQuery(q), q }).map((r) => r.row);
    expect(rows.map((r) => [r.title, r.severity])).toEqual(ADVISORIES.map(([title, severity]) => [title, severity]));
  });
});

describe("valueInIconName", () => {
  it("reads the value beside the field's own name, and nothing from a name that does not name the field", () => {
    expect(valueInIconName("High severity", ["severity"])).toBe("High");
    expect(valueInIconName("Priority: urgent", ["priority"])).toBe("urgent");
    expect(valueInIconName("Open issue", ["severity"])).toBeNull();
    expect(valueInIconName("severity", ["severity"])).toBeNull();
  });
});
