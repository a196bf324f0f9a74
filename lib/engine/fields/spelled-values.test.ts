import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromQuery } from "./query";
import { fieldSpecsFromSchema, type FieldSpec } from "./spec";
import { byClass, region } from "./testing";

/** A repository's security advisories: ids and a severity badge that nothing names. */
const advisories = parseHtml(
  `<ul>${[
    ["Remote code execution", "Critical", "danger", "GHSA-8x3v-29g5-hq6p", "CVE-2026-48211"],
    ["Path traversal on Windows", "High", "severe", "GHSA-r4q2-7w9m-2xfc", "CVE-2026-41007"],
    ["Unbounded header parsing", "Moderate", "attention", "GHSA-6p8f-m2k4-vv3r", "No known CVE"],
  ]
    .map(
      ([title, severity, tone, ghsa, cve]) =>
        `<li class="Box-row"><a href="/advisories/${ghsa}" class="Link--primary h4">${title}</a> <span class="Label Label--${tone}">${severity}</span>` +
        `<div class="text-small"><span>${ghsa}</span> published <relative-time datetime="2026-11-24T16:02:11Z">Nov 24, 2026</relative-time></div>` +
        `<div class="text-small"><span class="color-fg-muted">${cve}</span></div></li>`,
    )
    .join("")}</ul>`,
);
const read = (fields: FieldSpec[]) => extractRows(region(advisories, byClass("Box-row")), { pageUrl: "https://code.example/acme/app/security", fields, q: "" }).map((r) => r.row);

describe("values a field's definition spells", () => {
  it("reads an enum field from the text that is one of its values", () => {
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, severity: { type: "string", enum: ["Critical", "High", "Moderate", "Low"] } } });
    expect(read(fields)).toEqual([
      { title: "Remote code execution", severity: "Critical" },
      { title: "Path traversal on Windows", severity: "High" },
      { title: "Unbounded header parsing", severity: "Moderate" },
    ]);
  });

  it("reads an identifier field from the token its prefix starts ('CVE id' → CVE-2026-48211), and leaves it out where there is none", () => {
    expect(read(fieldSpecsFromQuery("every advisory with title, GHSA id and CVE id")!)).toEqual([
      { title: "Remote code execution", ghsaId: "GHSA-8x3v-29g5-hq6p", cveId: "CVE-2026-48211" },
      { title: "Path traversal on Windows", ghsaId: "GHSA-r4q2-7w9m-2xfc", cveId: "CVE-2026-41007" },
      { title: "Unbounded header parsing", ghsaId: "GHSA-6p8f-m2k4-vv3r" },
    ]);
  });
});
