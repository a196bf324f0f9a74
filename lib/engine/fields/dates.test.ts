import { describe, expect, it } from "vitest";
import { parseDate } from "./dates";

describe("parseDate", () => {
  const now = new Date("2024-03-10T12:00:00Z");
  it("reads today and yesterday at the time written beside them, in the languages whose months it reads", () => {
    expect(parseDate("Today 09:15", "date-time", now)).toBe("2024-03-10T09:15:00Z");
    expect(parseDate("Yesterday at 6:02 PM", "date-time", now)).toBe("2024-03-09T18:02:00Z");
    expect(parseDate("Aujourd'hui, 10:24", "date-time", now)).toBe("2024-03-10T10:24:00Z");
    expect(parseDate("Hier, 19:30", "date", now)).toBe("2024-03-09");
    expect(parseDate("gestern, 08:00", "date-time", now)).toBe("2024-03-09T08:00:00Z");
    expect(parseDate("ayer", "date", now)).toBe("2024-03-09");
    expect(parseDate("oggi", "date", now)).toBe("2024-03-10");
    // Without a time, the moment of reading as before; German "hier" is "here".
    expect(parseDate("yesterday", "date-time", now)).toBe("2024-03-09T12:00:00.000Z");
    expect(parseDate("Hier klicken", "date", now)).toBeNull();
    expect(parseDate("Heute bestellen, morgen geliefert", "date", now)).toBeNull();
    expect(parseDate("heute um 10:24", "date-time", now)).toBe("2024-03-10T10:24:00Z");
    expect(parseDate("Lyon 69003 · Aujourd'hui, 10:24", "date", now)).toBeNull();
  });

  it("puts a two-digit year in this century up to ten years ahead, else in the last", () => {
    expect(parseDate("12/25/99", "date", now)).toBe("1999-12-25");
    expect(parseDate("12/25/34", "date", now)).toBe("2034-12-25");
    expect(parseDate("12/25/35", "date", now)).toBe("1935-12-25");
    expect(parseDate("03.04.24", "date", now)).toBe("2024-04-03");
  });
  it("reads ISO, month names, numeric and relative dates", () => {
    expect(parseDate("2023-06-14")).toBe("2023-06-14");
    expect(parseDate("Posted June 14, 2023")).toBe("2023-06-14");
    expect(parseDate("14 Jun 2023")).toBe("2023-06-14");
    expect(parseDate("14/06/2023")).toBe("2023-06-14");
    expect(parseDate("06/14/2023")).toBe("2023-06-14");
    expect(parseDate("14.06.2023")).toBe("2023-06-14");
    expect(parseDate("03.04.2024")).toBe("2024-04-03");
    expect(parseDate("3/4/2024")).toBe("2024-03-04");
    expect(parseDate("Posted 3/4/2024 by J. Smith")).toBe("2024-03-04");
    expect(parseDate("3-4-24")).toBe("2024-03-04");
    expect(parseDate("3 days ago", "date", now)).toBe("2024-03-07");
    expect(parseDate("yesterday", "date", now)).toBe("2024-03-09");
    expect(parseDate("2023-06-14T09:30:00+02:00", "date-time")).toBe("2023-06-14T07:30:00.000Z");
    expect(parseDate("June 14, 2023", "date-time")).toBe("2023-06-14T00:00:00Z");
  });
  it("keeps the time of day written next to the date in a date-time", () => {
    expect(parseDate("June 14, 2024 at 3:45 PM", "date-time")).toBe("2024-06-14T15:45:00Z");
    expect(parseDate("June 14, 2024 at 3:45 PM")).toBe("2024-06-14");
    expect(parseDate("June 14, 2024 15:45", "date-time")).toBe("2024-06-14T15:45:00Z");
    expect(parseDate("14.06.2024 15:45:10", "date-time")).toBe("2024-06-14T15:45:10Z");
    expect(parseDate("2024-06-14 at 9 a.m.", "date-time")).toBe("2024-06-14T09:00:00Z");
    expect(parseDate("3:45 pm on June 14, 2024", "date-time")).toBe("2024-06-14T15:45:00Z");
    expect(parseDate("June 14, 2024 12:30 am", "date-time")).toBe("2024-06-14T00:30:00Z");
    expect(parseDate("June 14, 2024 12 pm", "date-time")).toBe("2024-06-14T12:00:00Z");
    // Hours that are no time leave the date at midnight, as a date with no time at all.
    expect(parseDate("June 14, 2024 25:00", "date-time")).toBe("2024-06-14T00:00:00Z");
    expect(parseDate("June 14, 2024 13:00 pm", "date-time")).toBe("2024-06-14T00:00:00Z");
    expect(parseDate("2024-06-14T25:00", "date-time")).toBe("2024-06-14T00:00:00Z");
    expect(parseDate("June 14, 2024 2 reviews", "date-time")).toBe("2024-06-14T00:00:00Z");
  });
  it("reads a zone set apart from an ISO time, and times written as 15h45, 7.30pm or 'um 15:45 Uhr'", () => {
    expect(parseDate("2024-06-14 15:45 +02:00", "date-time")).toBe("2024-06-14T13:45:00.000Z");
    expect(parseDate("2024-06-14 15:45 GMT+2", "date-time")).toBe("2024-06-14T13:45:00.000Z");
    expect(parseDate("2024-06-14 15:45:00-05", "date-time")).toBe("2024-06-14T20:45:00.000Z");
    expect(parseDate("2023-06-14T09:30:00.123Z", "date-time")).toBe("2023-06-14T09:30:00.123Z");
    expect(parseDate("14.06.2024 um 15:45 Uhr", "date-time")).toBe("2024-06-14T15:45:00Z");
    expect(parseDate("le 14/06/2024 à 15h45", "date-time")).toBe("2024-06-14T15:45:00Z");
    expect(parseDate("June 14, 2024 7.30pm", "date-time")).toBe("2024-06-14T19:30:00Z");
  });

  it("reads month names in French, German, Spanish and Italian", () => {
    expect(parseDate("12 mars 2024")).toBe("2024-03-12");
    expect(parseDate("1er mai 2024")).toBe("2024-05-01");
    expect(parseDate("14 févr. 2023")).toBe("2023-02-14");
    expect(parseDate("3. März 2024")).toBe("2024-03-03");
    expect(parseDate("5 de mayo de 2024")).toBe("2024-05-05");
    expect(parseDate("7 dicembre 2021")).toBe("2021-12-07");
    expect(parseDate("Mai 2024")).toBeNull(); // no day: not a date
  });

  it("counts hours and minutes back, and months and years by the calendar", () => {
    const at = new Date("2024-03-10T05:00:00Z");
    expect(parseDate("3 hours ago", "date-time", at)).toBe("2024-03-10T02:00:00.000Z");
    expect(parseDate("12 hours ago", "date", at)).toBe("2024-03-09");
    expect(parseDate("45 minutes ago", "date-time", at)).toBe("2024-03-10T04:15:00.000Z");
    expect(parseDate("1 month ago", "date", at)).toBe("2024-02-10");
    expect(parseDate("a year ago", "date", at)).toBe("2023-03-10");
  });

  it("reads the abbreviations of job boards and feeds: '2d ago', '3h ago', '1w ago', '5mo ago'", () => {
    const at = new Date("2024-03-10T05:00:00Z");
    expect(parseDate("2d ago", "date", at)).toBe("2024-03-08");
    expect(parseDate("3h ago", "date-time", at)).toBe("2024-03-10T02:00:00.000Z");
    expect(parseDate("Posted 1w ago", "date", at)).toBe("2024-03-03");
    expect(parseDate("5mo ago", "date", at)).toBe("2023-10-10");
    expect(parseDate("45m ago", "date-time", at)).toBe("2024-03-10T04:15:00.000Z");
    expect(parseDate("2d", "date", at)).toBeNull();
  });

  it("reads a time without a zone as UTC and honours a zone the text gives", () => {
    expect(parseDate("June 14, 2024 3:45 PM UTC", "date-time")).toBe("2024-06-14T15:45:00Z");
    expect(parseDate("June 14, 2024 3:45 PM GMT+2", "date-time")).toBe("2024-06-14T13:45:00Z");
    expect(parseDate("June 14, 2024 | 11:30 PM UTC-3", "date-time")).toBe("2024-06-15T02:30:00Z");
    expect(parseDate("June 14, 2024 3:45 PM -05:00", "date-time")).toBe("2024-06-14T20:45:00Z");
    expect(parseDate("14.06.2024 15:45 +0530", "date-time")).toBe("2024-06-14T10:15:00Z");
    // A range of hours is not an offset.
    expect(parseDate("June 14, 2024 9:00-12:00", "date-time")).toBe("2024-06-14T09:00:00Z");
  });
  it("reads zone names of one meaning, in capitals, and ET/CT/MT/PT by the US daylight-saving calendar", () => {
    expect(parseDate("June 14, 2024 3:45 PM EST", "date-time")).toBe("2024-06-14T20:45:00Z");
    expect(parseDate("14.06.2024 15:45 CEST", "date-time")).toBe("2024-06-14T13:45:00Z");
    expect(parseDate("14.06.2024 15:45 (MESZ)", "date-time")).toBe("2024-06-14T13:45:00Z");
    expect(parseDate("June 14, 2024 at 10:00 AM JST", "date-time")).toBe("2024-06-14T01:00:00Z");
    expect(parseDate("June 14, 2024 3:45 PM ET", "date-time")).toBe("2024-06-14T19:45:00Z");
    expect(parseDate("Jan 14, 2024 3:45 PM ET", "date-time")).toBe("2024-01-14T20:45:00Z");
    // 2024's changeovers: March 10 and November 3.
    expect(parseDate("March 9, 2024 7 pm PT", "date-time")).toBe("2024-03-10T03:00:00Z");
    expect(parseDate("March 10, 2024 7 pm PT", "date-time")).toBe("2024-03-11T02:00:00Z");
    expect(parseDate("Nov 2, 2024 1:00 AM ET", "date-time")).toBe("2024-11-02T05:00:00Z");
    expect(parseDate("Nov 3, 2024 1:00 AM ET", "date-time")).toBe("2024-11-03T06:00:00Z");
    // After an ISO time too, unless the ISO way gave one.
    expect(parseDate("2024-01-15 10:00 EST", "date-time")).toBe("2024-01-15T15:00:00.000Z");
    expect(parseDate("2024-07-15 10:00 PT", "date-time")).toBe("2024-07-15T17:00:00.000Z");
    expect(parseDate("2024-01-15T10:00 (CET)", "date-time")).toBe("2024-01-15T09:00:00.000Z");
    expect(parseDate("2024-01-15T10:00:00Z EST", "date-time")).toBe("2024-01-15T10:00:00.000Z");
    // A capital that lower-cases to two letters ("İ") moves nothing.
    expect(parseDate("İstanbul, Jan 15, 2024 10:00 CET", "date-time")).toBe("2024-01-15T09:00:00Z");
    // After a time written the European way, "ET" is French for "and", even in capitals…
    expect(parseDate("LE 12 MARS 2024 À 15H45 ET 17H00", "date-time")).toBe("2024-03-12T15:45:00Z");
    expect(parseDate("le 12 mars 2024 à 15h45 CET", "date-time")).toBe("2024-03-12T14:45:00Z");
    // …while an English listing written in capitals keeps its zone.
    expect(parseDate("SAT, MAR 9, 2024 · 7:00 PM EST", "date-time")).toBe("2024-03-10T00:00:00Z");
    expect(parseDate("2024-01-15 10:00 EST (UTC-5)", "date-time")).toBe("2024-01-15T15:00:00.000Z");
    // Names of several zones are not read, nor a name in lowercase (French "et", "est").
    expect(parseDate("June 14, 2024 3:45 PM CST", "date-time")).toBe("2024-06-14T15:45:00Z");
    expect(parseDate("June 14, 2024 3:45 PM IST", "date-time")).toBe("2024-06-14T15:45:00Z");
    expect(parseDate("le 14/06/2024 à 15h45 et plus", "date-time")).toBe("2024-06-14T15:45:00Z");
    expect(parseDate("14 juin 2024 à 15h45 est complet", "date-time")).toBe("2024-06-14T15:45:00Z");
  });
  it("rejects non-dates", () => {
    expect(parseDate("£39.01")).toBeNull();
    expect(parseDate("2023-13-45")).toBeNull();
  });
  it("gives no value for a day the calendar does not have", () => {
    expect(parseDate("Feb 31, 2023")).toBeNull();
    expect(parseDate("31 April 2024")).toBeNull();
    expect(parseDate("31/04/2024")).toBeNull();
    expect(parseDate("2023-02-29")).toBeNull();
    expect(parseDate("2023-02-31T10:00:00Z", "date-time")).toBeNull();
    expect(parseDate("Feb 29, 2024")).toBe("2024-02-29");
    expect(parseDate("2024-02-29T10:00:00Z", "date-time")).toBe("2024-02-29T10:00:00.000Z");
    expect(parseDate("Berlin")).toBeNull();
    expect(parseDate("Size 3.4-24")).toBeNull();
  });
});
