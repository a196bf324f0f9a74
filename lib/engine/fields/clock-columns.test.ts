import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";

const rows = (lengths: string[], properties: Record<string, unknown>) =>
  extractRows(
    region(parseHtml(`<main>${lengths.map((d, i) => `<div class="ep"><h3>Episode ${i + 1}</h3><span class="duration">${d}</span></div>`).join("")}</main>`), byClass("ep")),
    { pageUrl: "https://pod.example/", fields: fieldSpecsFromSchema({ type: "object", properties }), q: "episodes" },
  ).map((r) => r.row);

const seconds = { title: { type: "string" }, durationSeconds: { type: "integer" } };

describe("a two-part clock length", () => {
  it("is minutes and seconds where its column writes hours as a third part, even one that reads as a time of day", () => {
    expect(rows(["1:02:15", "12:30", "48:30"], seconds)).toEqual([
      { title: "Episode 1", durationSeconds: 3735 },
      { title: "Episode 2", durationSeconds: 750 },
      { title: "Episode 3", durationSeconds: 2910 },
    ]);
    expect(rows(["75:30", "09:15"], seconds)).toEqual([
      { title: "Episode 1", durationSeconds: 4530 },
      { title: "Episode 2", durationSeconds: 555 },
    ]);
  });

  it("is hours and minutes where its unit or the field's described format says so", () => {
    expect(rows(["2:45 h", "1:58 hrs"], seconds)).toEqual([
      { title: "Episode 1", durationSeconds: 9900 },
      { title: "Episode 2", durationSeconds: 7080 },
    ]);
    expect(rows(["2:45", "1:58"], { title: { type: "string" }, runtime: { type: "integer", description: "running time (h:mm) in minutes" } })).toEqual([
      { title: "Episode 1", runtime: 165 },
      { title: "Episode 2", runtime: 118 },
    ]);
  });

  it("is minutes and seconds where nothing says otherwise, as players write it", () => {
    expect(rows(["2:45", "3:10"], seconds)).toEqual([
      { title: "Episode 1", durationSeconds: 165 },
      { title: "Episode 2", durationSeconds: 190 },
    ]);
  });
});
