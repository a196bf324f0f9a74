import { describe, expect, it } from "vitest";
import { parseDateRange } from "./date-ranges";

describe("parseDateRange", () => {
  const range = (start: string, end: string) => ({ start, end });

  it("completes each end from what the other shares: the month and year, or the year", () => {
    expect(parseDateRange("4–8 June 2026")).toEqual(range("2026-06-04", "2026-06-08"));
    expect(parseDateRange("12-14 June 2026")).toEqual(range("2026-06-12", "2026-06-14"));
    expect(parseDateRange("12.–14. März 2026")).toEqual(range("2026-03-12", "2026-03-14"));
    expect(parseDateRange("du 3 au 5 mars 2026")).toEqual(range("2026-03-03", "2026-03-05"));
    expect(parseDateRange("Aug 11 – 16, 2026")).toEqual(range("2026-08-11", "2026-08-16"));
    expect(parseDateRange("10 Jul – 21 Jul 2026")).toEqual(range("2026-07-10", "2026-07-21"));
    expect(parseDateRange("Sept. 3 – Oct. 2, 2026")).toEqual(range("2026-09-03", "2026-10-02"));
    expect(parseDateRange("28 Dec 2026 – 2 Jan 2027")).toEqual(range("2026-12-28", "2027-01-02"));
    expect(parseDateRange("2026-06-04 – 2026-06-08")).toEqual(range("2026-06-04", "2026-06-08"));
  });

  it("finds no range in one date, an ISO date's hyphens, or a date and a count after a dash", () => {
    expect(parseDateRange("Fri 7 Aug 2026")).toBeNull();
    expect(parseDateRange("2026-06-04")).toBeNull();
    expect(parseDateRange("Posted 2 Jan 2026 - 13 comments")).toBeNull();
    expect(parseDateRange("3 Jan 2019 – by admin")).toBeNull();
  });
});
