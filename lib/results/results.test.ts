import { describe, expect, it } from "vitest";
import { linkLabel, parseDateValue, safeHref, schemaColumnSpecs } from "./columns";
import { DISTINCT_CAP, ProfileBuilder } from "./profile";

describe("schemaColumnSpecs", () => {
  it("keeps schema order and picks kinds and headers", () => {
    const specs = schemaColumnSpecs({
      type: "object",
      properties: {
        name: { type: "string", description: "Full name" },
        url: { type: "string", format: "uri" },
        price: { type: ["number", "null"] },
        inStock: { type: "boolean" },
        posted: { type: "string", format: "date" },
        tags: { type: "array" },
        email: { type: "string", format: "email", description: "x".repeat(80) },
      },
    });
    expect(specs.map((s) => [s.key, s.kind, s.header])).toEqual([
      ["name", "text", "Full name"],
      ["url", "uri", "url"],
      ["price", "number", "price"],
      ["inStock", "boolean", "inStock"],
      ["posted", "date", "posted"],
      ["tags", "json", "tags"],
      ["email", "email", "email"],
    ]);
    expect(schemaColumnSpecs(null)).toEqual([]);
  });
});

describe("links", () => {
  it("only turns http(s) values into links", () => {
    expect(safeHref("https://example.com/a")).toBe("https://example.com/a");
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref("data:text/html,hi")).toBeNull();
    expect(safeHref("/relative")).toBeNull();
    expect(safeHref(42)).toBeNull();
    expect(linkLabel("https://www.example.com/people/zoe?x=1")).toBe("example.com/people/zoe");
    expect(linkLabel("https://example.com/")).toBe("example.com");
  });

  it("parses ISO dates for the date filter", () => {
    expect(parseDateValue("2026-01-02")?.getDate()).toBe(2);
    expect(parseDateValue("2026-01-02T10:00:00Z")).toBeInstanceOf(Date);
    expect(parseDateValue("yesterday")).toBeNull();
  });
});

describe("ProfileBuilder", () => {
  it("counts fill, distinct and invalid values per column", () => {
    const p = new ProfileBuilder();
    p.add(
      [
        { a: "x", b: 0 },
        { a: "x", b: null },
        { a: "", b: false },
      ],
      [null, ["b"], ["a", "a"]],
      ["a", "b", "c"],
    );
    expect(p.snapshot()).toEqual({
      rows: 3,
      invalidRows: 2,
      columns: {
        a: { filled: 2, invalid: 1, distinct: 1, distinctCapped: false },
        b: { filled: 2, invalid: 1, distinct: 2, distinctCapped: false },
        c: { filled: 0, invalid: 0, distinct: 0, distinctCapped: false },
      },
    });
  });

  it("stops counting distinct values at the cap", () => {
    const p = new ProfileBuilder();
    p.add(Array.from({ length: DISTINCT_CAP + 50 }, (_, i) => ({ id: i })), undefined, ["id"]);
    expect(p.snapshot().columns.id).toMatchObject({ distinct: DISTINCT_CAP, distinctCapped: true, filled: DISTINCT_CAP + 50 });
  });
});
