import { describe, expect, it } from "vitest";
import { PHONE, mailtoAddress, parseBoolean, parseDate, parseNumber, parseRatingText, resolveUrl, telNumber } from "./values";

describe("parseNumber", () => {
  it("reads currency, thousands separators and decimal commas", () => {
    expect(parseNumber("£1,299.00")).toBe(1299);
    expect(parseNumber("£39.01")).toBe(39.01);
    expect(parseNumber("1.299,00 €")).toBe(1299);
    expect(parseNumber("39,01 €")).toBe(39.01);
    expect(parseNumber("1,299")).toBe(1299);
    expect(parseNumber("0,299 €")).toBe(0.299);
    expect(parseNumber("12 345,50\u00a0kr".replace(" ", "\u00a0"))).toBe(12345.5);
    expect(parseNumber("-4")).toBe(-4);
    expect(parseNumber("4.5 out of 5")).toBe(4.5);
    expect(parseNumber("no digits")).toBeNull();
  });

  it("reads a number that starts at its decimal point", () => {
    expect(parseNumber(".5")).toBe(0.5);
    expect(parseNumber("$.99")).toBe(0.99);
    expect(parseNumber("-.25")).toBe(-0.25);
    expect(parseNumber("No.5")).toBe(5);
    expect(parseNumber("v.2 build")).toBe(2);
  });

  it("takes a minus sign only where a word starts or before a currency symbol", () => {
    expect(parseNumber("Item-5 $10")).toBe(5);
    expect(parseNumber("SKU AB-12")).toBe(12);
    expect(parseNumber("Size 10-12")).toBe(10);
    expect(parseNumber("Change: -4.5%")).toBe(-4.5);
    expect(parseNumber("(−3)")).toBe(-3);
    expect(parseNumber("-$10.50")).toBe(-10.5);
    expect(parseNumber("−€5")).toBe(-5);
    expect(parseNumber("$-10")).toBe(-10);
  });

  it("reads a dot before three digits as grouping beside a currency that groups with dots", () => {
    expect(parseNumber("1.299 €")).toBe(1299);
    expect(parseNumber("€1.299")).toBe(1299);
    expect(parseNumber("€ 12.999")).toBe(12999);
    expect(parseNumber("EUR 1.299")).toBe(1299);
    expect(parseNumber("1.299 Euros")).toBe(1299);
    expect(parseNumber("-€1.299")).toBe(-1299);
    expect(parseNumber("R$ 1.299")).toBe(1299);
    expect(parseNumber("1.299 kr")).toBe(1299);
    expect(parseNumber("299.000₫")).toBe(299000);
    expect(parseNumber("1.299,50 €")).toBe(1299.5);
    expect(parseNumber("€1,299.50")).toBe(1299.5);
    expect(parseNumber("1,5 €")).toBe(1.5);
    expect(parseNumber("12.50 €")).toBe(12.5);
    // Three decimals stay decimals with $ and £, with no currency, and after a leading 0.
    expect(parseNumber("$1.299")).toBe(1.299);
    expect(parseNumber("£1.299")).toBe(1.299);
    expect(parseNumber("1.299")).toBe(1.299);
    expect(parseNumber("€0.500")).toBe(0.5);
    expect(parseNumber("CHF 1.299")).toBe(1.299);
  });

  it("reads digits grouped by spaces as one number beside a currency or before a decimal comma", () => {
    // Page text reads a no-break or narrow no-break space as a plain space.
    expect(parseNumber("1 299,00 €")).toBe(1299);
    expect(parseNumber("Prix : 1 299,99 €")).toBe(1299.99);
    expect(parseNumber("€ 1 299")).toBe(1299);
    expect(parseNumber("12 345 678 kr")).toBe(12345678);
    expect(parseNumber("2 100,50")).toBe(2100.5);
    expect(parseNumber("CHF 1 250.–")).toBe(1250);
    expect(parseNumber("-1 299,00 €")).toBe(-1299);
    // Without a currency or a decimal comma, a space separates numbers.
    expect(parseNumber("Pack of 2 100ml")).toBe(2);
    expect(parseNumber("1 299")).toBe(1);
    expect(parseNumber("3 for 100 €")).toBe(3);
    expect(parseNumber("1 2999 €")).toBe(1);
  });

  it("applies K/M suffixes only when asked", () => {
    expect(parseNumber("$63K")).toBe(63);
    expect(parseNumber("$63K", true)).toBe(63000);
    expect(parseNumber("1.2M views", true)).toBe(1200000);
  });

  it("reads written multipliers, but a lowercase m is a metre unless the number is money", () => {
    expect(parseNumber("$1.2 million", true)).toBe(1200000);
    expect(parseNumber("€2,5 Mio.", true)).toBe(2500000);
    expect(parseNumber("$3bn", true)).toBe(3e9);
    expect(parseNumber("$1.2m", true)).toBe(1200000);
    expect(parseNumber("85 m²", true)).toBe(85);
    expect(parseNumber("1.80 m", true)).toBe(1.8);
    expect(parseNumber("5 min", true)).toBe(5);
    expect(parseNumber("12 km", true)).toBe(12);
  });

  it("sees the currency after a German ',-' and reads an accountant's parentheses as minus", () => {
    expect(parseNumber("1.299,- €")).toBe(1299);
    expect(parseNumber("2.499,-€")).toBe(2499);
    expect(parseNumber("Preis: 1.299,– EUR")).toBe(1299);
    expect(parseNumber("($5.00)")).toBe(-5);
    expect(parseNumber("(5.00 €)")).toBe(-5);
    expect(parseNumber("Rating (4.5)")).toBe(4.5);
    expect(parseNumber("(5 items)")).toBe(5);
  });
});

describe("parseRatingText", () => {
  it("counts filled stars and reads 'x out of y'", () => {
    expect(parseRatingText("★★★☆☆")).toBe(3);
    expect(parseRatingText("☆☆☆☆☆")).toBe(0);
    expect(parseRatingText("4.5 out of 5 stars")).toBe(4.5);
    expect(parseRatingText("Rated 4/5")).toBe(4);
    expect(parseRatingText("★")).toBeNull();
    expect(parseRatingText("Great book")).toBeNull();
  });
});

describe("parseRatingText with stars and a written score", () => {
  it("prefers a score with decimals to the glyphs, but not a count", () => {
    expect(parseRatingText("4.7 ★★★★★")).toBe(4.7);
    expect(parseRatingText("★★★★☆ 4,2")).toBe(4.2);
    expect(parseRatingText("★★★★☆ 2 reviews")).toBe(4);
    expect(parseRatingText("★★★★☆ (1,234)")).toBe(4);
  });
});

describe("parseBoolean", () => {
  it("reads yes/no words and marks", () => {
    expect(parseBoolean("In stock")).toBe(true);
    expect(parseBoolean("Out of stock")).toBe(false);
    expect(parseBoolean("Yes")).toBe(true);
    expect(parseBoolean("✓")).toBe(true);
    expect(parseBoolean("Sold out")).toBe(false);
    expect(parseBoolean("Not available")).toBe(false);
    expect(parseBoolean("Berlin")).toBeNull();
  });

  it("reads a negated or future stock word as not in stock", () => {
    for (const t of ["Not in stock", "No longer in stock", "0 in stock", "No longer available", "Available soon", "Usually available in 2 weeks", "Back in stock soon", "Available from 3 May"])
      expect(parseBoolean(t), t).toBe(false);
    for (const t of ["In stock", "10 in stock", "Available in 3 sizes", "In stock - ships today", "Only 3 left"]) expect(parseBoolean(t), t).toBe(true);
  });
});

describe("phone numbers and contact links", () => {
  it("takes the whole number, whatever its grouping", () => {
    for (const t of ["030 1234567", "+49 30 12345678", "01632 960123", "+33 6 12 34 56 78", "+353 1 234 5678", "030 / 123 456 78", "(555) 123-4567", "+15551234567"])
      expect(PHONE.exec(`Tel: ${t} (office)`)?.[0], t).toBe(t);
  });

  it("reads the address of a mailto: link and the number of a tel: link, whatever their encoding", () => {
    expect(mailtoAddress("mailto:jane@acme.example,bob@acme.example")).toBe("jane@acme.example");
    expect(mailtoAddress("mailto:Jane%20Doe%20%3Cjane@acme.example%3E?subject=Hi")).toBe("jane@acme.example");
    // Not UTF-8: kept as written rather than failing the page.
    expect(mailtoAddress("mailto:jos%E9@acme.es")).toBe("jos%E9@acme.es");
    expect(telNumber("tel://+15551234567")).toBe("+15551234567");
    expect(telNumber("tel:%2B1%20555%20123")).toBe("+1 555 123");
    expect(telNumber("tel:%")).toBe("%");
  });
});

describe("parseDate", () => {
  const now = new Date("2024-03-10T12:00:00Z");
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

describe("resolveUrl", () => {
  it("resolves relative links and drops script/fragment links", () => {
    expect(resolveUrl("../p/1?x=2", "https://a.example/c/d/")).toBe("https://a.example/c/p/1?x=2");
    expect(resolveUrl("#top", "https://a.example/")).toBeNull();
    expect(resolveUrl("javascript:void(0)", "https://a.example/")).toBeNull();
    expect(resolveUrl("mailto:a@b.example", "https://a.example/")).toBe("mailto:a@b.example");
  });
});
