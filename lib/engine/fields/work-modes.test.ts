import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { extractRows } from "./extract";
import { fieldSpecsFromSchema } from "./spec";
import { byClass, region } from "./testing";
import { placeBesideWorkMode } from "./work-modes";

describe("placeBesideWorkMode", () => {
  it("reads the place beside how the job is worked, either side", () => {
    expect(placeBesideWorkMode("Hybrid · London")).toBe("London");
    expect(placeBesideWorkMode("Berlin | On-site")).toBe("Berlin");
    expect(placeBesideWorkMode("Remote (EU) · Lisbon, Portugal")).toBe("Lisbon, Portugal");
  });

  it("reads nothing from a work mode alone, two modes, or two places", () => {
    expect(placeBesideWorkMode("Remote")).toBeNull();
    expect(placeBesideWorkMode("Remote · Hybrid")).toBeNull();
    expect(placeBesideWorkMode("London · Paris")).toBeNull();
  });
});

describe("a job's location written with its work mode", () => {
  const job = (title: string, tag: string) => `<article class="job"><h2><a href="/jobs/${title.length}">${title}</a></h2><ul><li class="tag">${tag}</li></ul></article>`;
  const html = `<main>${job("Backend Engineer", "Remote")}${job("Frontend Developer", "Hybrid · London")}${job("Data Engineer", "On-site · Berlin")}</main>`;

  it("gives the location the place, and the remote flag its own text", () => {
    const fields = fieldSpecsFromSchema({ type: "object", properties: { title: { type: "string" }, location: { type: "string" }, remote: { type: "boolean" } } });
    const rows = extractRows(region(parseHtml(html), byClass("job")), { pageUrl: "https://jobs.example/", fields, q: "all jobs" }).map((r) => r.row);
    expect(rows).toEqual([
      { title: "Backend Engineer", remote: true },
      { title: "Frontend Developer", location: "London" },
      { title: "Data Engineer", location: "Berlin" },
    ]);
  });
});
