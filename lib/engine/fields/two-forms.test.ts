import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

const rows = (html: string, properties: Record<string, unknown>) =>
  extractRows(region(parseHtml(`<main>${html}</main>`), byClass("ep")), {
    pageUrl: "https://pod.example/",
    fields: fieldSpecsFromSchema({ type: "object", properties }),
    q: "episodes",
  }).map((r) => r.row);

describe("one length of time asked in two forms", () => {
  it("fills the text as written and the number counted, from one element", () => {
    const html = [
      ["Tidal power", "1:02:15"],
      ["Peat and carbon", "48:30"],
    ]
      .map(([t, d]) => `<div class="ep"><h3>${t}</h3><div class="meta"><time>Nov 24, 2026</time> · <span class="duration">${d}</span></div></div>`)
      .join("");
    expect(rows(html, { title: { type: "string" }, duration: { type: "string" }, durationSeconds: { type: "number" } })).toEqual([
      { title: "Tidal power", duration: "1:02:15", durationSeconds: 3735 },
      { title: "Peat and carbon", duration: "48:30", durationSeconds: 2910 },
    ]);
  });

  it("reads minutes written with their unit the same way", () => {
    const html = [
      ["Keynote", "45 min"],
      ["Workshop", "1h 30m"],
    ]
      .map(([t, d]) => `<div class="ep"><h3>${t}</h3><span class="length">${d}</span></div>`)
      .join("");
    expect(rows(html, { title: { type: "string" }, length: { type: "string" }, lengthMinutes: { type: "integer" } })).toEqual([
      { title: "Keynote", length: "45 min", lengthMinutes: 45 },
      { title: "Workshop", length: "1h 30m", lengthMinutes: 90 },
    ]);
  });
});
