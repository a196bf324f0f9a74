import { describe, expect, it } from "vitest";
import { PHONE, mailtoAddress, numberStyleOf, parseBoolean, parseMoneyRange, parseNumber, parseRatingText, resolveUrl, telNumber } from "./values";

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

  it("reads a B or T glued to money as billions and trillions (market caps), but not a size, a pencil or tonnes", () => {
    expect(parseNumber("$1.27T", true)).toBe(1.27e12);
    expect(parseNumber("$410.12B", true)).toBeCloseTo(410.12e9, 0);
    expect(parseNumber("€3.5tn", true)).toBe(3.5e12);
    expect(parseMoneyRange("$1.2B–$1.5B")).toEqual({ low: 1.2e9, high: 1.5e9, range: true });
    expect(parseNumber("34B", true)).toBe(34);
    expect(parseNumber("2B pencil", true)).toBe(2);
    expect(parseNumber("5 t", true)).toBe(5);
    expect(parseNumber("$5 T-shirts", true)).toBe(5);
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

describe("numbers in the page's language", () => {
  it("reads a dot before three digits as grouping where the language groups with dots", () => {
    const de = numberStyleOf("de-DE");
    expect(parseNumber("1.200 m²")).toBe(1.2);
    expect(parseNumber("1.200 m²", false, de)).toBe(1200);
    expect(parseNumber("Einwohner: 12.345", false, numberStyleOf("de"))).toBe(12345);
    expect(parseMoneyRange("45.000 – 60.000 $", true, numberStyleOf("pt-BR"))).toEqual({ low: 45000, high: 60000, range: true });
    // Only a dot before exactly three digits: decimals written the English way stay decimals.
    expect(parseNumber("4.5 Sterne", false, de)).toBe(4.5);
    expect(parseNumber("1.25 m", false, de)).toBe(1.25);
    expect(parseNumber("1.299,50 €", false, de)).toBe(1299.5);
  });

  it("reads digits grouped by spaces as one number where the language groups with spaces", () => {
    const fr = numberStyleOf("fr-FR");
    expect(parseNumber("1 200 m²")).toBe(1);
    expect(parseNumber("1 200 m²", false, fr)).toBe(1200);
    expect(parseNumber("12\u00a0500 habitants", false, fr)).toBe(12500);
    expect(parseNumber("Pack of 2 100ml")).toBe(2);
  });

  it("knows each language's style from its locale data, region by region", () => {
    for (const lang of ["de", "nl", "it-IT", "pt-BR", "es", "es-ES", "es-AR", "tr", "da", "DE-de"]) expect(numberStyleOf(lang), lang).toEqual({ dotGroups: true });
    for (const lang of ["fr", "fr-CH", "pl", "sv-SE", "ru", "pt-PT", "de-AT"]) expect(numberStyleOf(lang), lang).toEqual({ spaceGroups: true });
    // Decimal points: English, Latin American Spanish, Swiss German and Italian ("1'234.5").
    for (const lang of [undefined, "", " ", "en", "en-US", "es-MX", "es-US", "es-419", "es-PE", "de-CH", "de-LI", "it-CH", "ja", "not a tag!"]) expect(numberStyleOf(lang), String(lang)).toEqual({});
  });

  it("reads a lone comma before three digits as grouping in every language, and a point as the language says", () => {
    // "$1,299" on a Mexican page marked "es", "R1,299" on a South African one: prices written the English way.
    expect(parseNumber("$1,299 MXN", false, numberStyleOf("es"))).toBe(1299);
    expect(parseNumber("1,204 reviews", false, numberStyleOf("de"))).toBe(1204);
    expect(parseNumber("12,5 €", false, numberStyleOf("de"))).toBe(12.5);
    expect(parseNumber("Gewicht: 1.250 kg", false, numberStyleOf("de-CH"))).toBe(1.25);
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

describe("resolveUrl", () => {
  it("resolves relative links and drops script/fragment links", () => {
    expect(resolveUrl("../p/1?x=2", "https://a.example/c/d/")).toBe("https://a.example/c/p/1?x=2");
    expect(resolveUrl("#top", "https://a.example/")).toBeNull();
    expect(resolveUrl("javascript:void(0)", "https://a.example/")).toBeNull();
    expect(resolveUrl("mailto:a@b.example", "https://a.example/")).toBe("mailto:a@b.example");
  });

  it("drops a user name and password, from the link or from its base", () => {
    expect(resolveUrl("https://alice:s3cret@a.example/p/1", "https://a.example/")).toBe("https://a.example/p/1");
    expect(resolveUrl("/p/1", "https://alice:s3cret@a.example/c/")).toBe("https://a.example/p/1");
    expect(resolveUrl("ftp://bob:pw@files.example/f.zip", "https://a.example/")).toBe("ftp://files.example/f.zip");
  });
});
