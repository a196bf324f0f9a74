import { describe, expect, it } from "vitest";
import { sameSeries, seriesKinds } from "./section-headings";

const kinds = (text: string) => [...seriesKinds(text)].sort();

describe("seriesKinds", () => {
  it("reads dates, months, years, weekdays and relative days as a date series", () => {
    for (const t of ["December 2025", "Dec 2025", "2025", "Friday 5th December", "2025-11-20", "Today", "Yesterday", "This week", "Monday"])
      expect(kinds(t), t).toContain("date");
  });

  it("reads letters, versions and numbered parts as their own series", () => {
    expect(kinds("A")).toEqual(["letter"]);
    expect(kinds("A–C")).toEqual(["letter"]);
    expect(kinds("0-9")).toEqual(["letter"]);
    expect(kinds("v1.4.0")).toContain("version");
    expect(kinds("Version 2.0 — Chicago")).toContain("version");
    expect(kinds("Chapter IV: The storm")).toEqual(["part"]);
    expect(kinds("Part 2")).toEqual(["part"]);
  });

  it("reads the names of other lists as no series", () => {
    for (const t of ["Latest", "Sponsored", "Most popular", "Related", "Recommended for you", "Trending today", "You may also like", "Featured", "More from Jane", "Partner content", "12", "This"])
      expect(kinds(t), t).toEqual([]);
  });

  it("tells whether two headings share a series", () => {
    expect(sameSeries(seriesKinds("December 2025"), seriesKinds("January 2026"))).toBe(true);
    expect(sameSeries(seriesKinds("Today"), seriesKinds("Monday 3 May"))).toBe(true);
    expect(sameSeries(seriesKinds("A"), seriesKinds("December 2025"))).toBe(false);
  });
});
