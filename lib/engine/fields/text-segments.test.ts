import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";
import { labelledSegments } from "./text-segments";

describe("labelledSegments", () => {
  it("reads the labelled parts of a line of facts joined by dots", () => {
    expect(labelledSegments("CVE-2026-1 · CVSS 9.8 · Affected: < 4.2.7 · Patched: 4.2.7, 3.9.30")).toEqual([
      { label: "Affected", value: "< 4.2.7" },
      { label: "Patched", value: "4.2.7, 3.9.30" },
    ]);
  });

  it("reads nothing from one fact, or a line without labels", () => {
    expect(labelledSegments("Affected: < 4.2.7")).toBeNull();
    expect(labelledSegments("CVE-2026-1 · CVSS 9.8")).toBeNull();
  });
});

describe("an advisory's versions written as labelled parts of one line", () => {
  const advisory = (title: string, cve: string, affected: string, patched: string) =>
    `<li class="advisory"><a href="/a/${cve}">${title}</a><div class="meta"><span>${cve}</span> · <span>CVSS 7.5</span> · Affected: ${affected} · Patched: ${patched}</div></li>`;
  const html = `<ul>${advisory("Path traversal", "CVE-2026-1", "&gt;= 4.0.0, &lt; 4.1.3", "<code>4.1.3</code>")}${advisory("Open redirect", "CVE-2026-2", "&lt; 4.0.12", "<code>4.0.12</code>, <code>3.9.30</code>")}${advisory("Header DoS", "CVE-2026-3", "&lt; 3.9.28", "<code>3.9.28</code>")}</ul>`;
  const rowsOf = (properties: Record<string, unknown>) =>
    extractRows(region(parseHtml(html), byClass("advisory")), { pageUrl: "https://sec.example/", fields: fieldSpecsFromSchema({ type: "object", properties }), q: "every advisory" }).map((r) => r.row);

  it("gives each field the part its label names, beside the line's other fields", () => {
    const rows = rowsOf({ title: { type: "string" }, cveId: { type: "string" }, affectedVersions: { type: "string" } });
    expect(rows).toEqual([
      { title: "Path traversal", cveId: "CVE-2026-1", affectedVersions: ">= 4.0.0, < 4.1.3" },
      { title: "Open redirect", cveId: "CVE-2026-2", affectedVersions: "< 4.0.12" },
      { title: "Header DoS", cveId: "CVE-2026-3", affectedVersions: "< 3.9.28" },
    ]);
  });

  it("gives a list the items after the label its qualifier names", () => {
    const rows = rowsOf({ title: { type: "string" }, patchedVersions: { type: "array", items: { type: "string" } } });
    expect(rows.map((r) => r.patchedVersions)).toEqual([["4.1.3"], ["4.0.12", "3.9.30"], ["3.9.28"]]);
  });
});
