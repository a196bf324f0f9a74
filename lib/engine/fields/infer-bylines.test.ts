import { describe, expect, it } from "vitest";
import { parseDate } from "./dates";
import { splitBylineDate } from "./bylines";

describe("splitBylineDate", () => {
  it("reads the name and the date of a line that gives both and nothing else", () => {
    expect(splitBylineDate("By Jordan P. · 3 days ago")).toEqual({ name: "Jordan P.", date: "3 days ago" });
    expect(splitBylineDate("Posted by Ann Lee on 2026-03-12")).toEqual({ name: "Ann Lee", date: "2026-03-12" });
    expect(splitBylineDate("Jordan P. — 12 March 2026", true)).toEqual({ name: "Jordan P.", date: "12 March 2026" });
    expect(splitBylineDate("by Ludwig van Beethoven | March 3, 2026")).toEqual({ name: "Ludwig van Beethoven", date: "March 3, 2026" });
    expect(splitBylineDate("3 Jan 2019 by admin")).toEqual({ name: "admin", date: "3 Jan 2019" });
  });

  it("leaves a line whose parts are not a byline name and a date alone", () => {
    // More than a date after the name.
    expect(splitBylineDate("By Jordan P. · 3 days ago · 8 min read")).toBeNull();
    // A venue and a date: no "By", no attribution dash.
    expect(splitBylineDate("Main Hall · 12 March 2026")).toBeNull();
    // A place before a dash is one word, no person's name.
    expect(splitBylineDate("London — 12 March 2026", true)).toBeNull();
    // Names before a dash with no "By" are names only in a byline's element: else a venue reads as one.
    expect(splitBylineDate("Jordan P. — 12 March 2026")).toBeNull();
    expect(splitBylineDate("Royal Albert Hall — 12 March 2026")).toBeNull();
    // A sentence, not a name.
    expect(splitBylineDate("By Christmas it had broken")).toBeNull();
    // A name alone, a date alone.
    expect(splitBylineDate("By Jordan P.")).toBeNull();
    expect(splitBylineDate("3 days ago")).toBeNull();
  });

  it("gives a date that parses as the line shows it", () => {
    const split = splitBylineDate("Reviewed by Sam Okafor on 12 March 2026")!;
    expect(parseDate(split.date)).toBe("2026-03-12");
  });
});

describe("splitBylineDate: a place and a date in a byline's element", () => {
  it("reads no author in a dateline's place before the dash, and still reads a person's name there", () => {
    for (const line of ["New York — 12 March 2026", "NEW YORK — 12 March 2026", "San Francisco — 3 May 2026", "Madison Square Garden — 12 March 2026", "Lake Placid — 12 March 2026"]) expect(splitBylineDate(line, true), line).toBeNull();
    expect(splitBylineDate("Jordan P. — 12 March 2026", true)).toEqual({ name: "Jordan P.", date: "12 March 2026" });
    expect(splitBylineDate("Ann Lee — 12 March 2026", true)).toEqual({ name: "Ann Lee", date: "12 March 2026" });
    // Surnames that are venues' words too ("Hall", "West") name people in a byline's element.
    expect(splitBylineDate("Ann Hall — 12 March 2026", true)).toEqual({ name: "Ann Hall", date: "12 March 2026" });
    expect(splitBylineDate("Mae West — 12 March 2026", true)).toEqual({ name: "Mae West", date: "12 March 2026" });
    expect(splitBylineDate("By Ana — 3 days ago", true)).toEqual({ name: "Ana", date: "3 days ago" });
  });
});
