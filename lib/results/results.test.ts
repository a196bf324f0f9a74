import { describe, expect, it } from "vitest";
import { displayValue, extraColumn, headerTooltip, inferKind, linkLabel, parseDateValue, safeHref, schemaColumnSpecs } from "./columns";
import { columnProfile, DISTINCT_CAP, ProfileBuilder } from "./profile";

describe("schemaColumnSpecs", () => {
  it("reads the row schema of an array schema (a schema for the whole result)", () => {
    const row = { type: "object", properties: { name: { type: "string" }, url: { type: "string", format: "uri" } } };
    expect(schemaColumnSpecs({ type: "array", items: row }).map((c) => [c.key, c.kind])).toEqual([
      ["name", "text"],
      ["url", "uri"],
    ]);
  });

  it("keeps schema order, picks kinds and keeps each field's description", () => {
    const specs = schemaColumnSpecs({
      type: "object",
      properties: {
        name: { type: "string", description: "Full name" },
        url: { type: "string", format: "uri" },
        price: { type: ["number", "null"], description: "  price as shown, with its currency " },
        inStock: { type: "boolean" },
        posted: { type: "string", format: "date" },
        tags: { type: "array" },
        email: { type: "string", format: "email", description: "x".repeat(80) },
      },
    });
    expect(specs.map((s) => [s.key, s.kind, s.description])).toEqual([
      ["name", "text", "Full name"],
      ["url", "uri", null],
      ["price", "number", "price as shown, with its currency"],
      ["inStock", "boolean", null],
      ["posted", "date", null],
      ["tags", "json", null],
      ["email", "email", "x".repeat(80)],
    ]);
    expect(schemaColumnSpecs(null)).toEqual([]);
  });
});

describe("headerTooltip", () => {
  it("is the field's description when the schema has one, else says where the column came from", () => {
    const [price, url] = schemaColumnSpecs({ type: "object", properties: { price: { type: "number", description: "number" }, url: { type: "string" } } });
    expect(headerTooltip(price!)).toBe("number");
    expect(headerTooltip(url!)).toBe("url");
    expect(headerTooltip(extraColumn("note"))).toBe("note (not in the schema)");
  });
});

describe("inferKind", () => {
  it("names the kind every value shares", () => {
    expect(inferKind([12, 3.5, -1, 0])).toBe("number");
    expect(inferKind([true, false])).toBe("boolean");
    expect(inferKind([{ a: 1 }, [1, 2], []])).toBe("json");
    expect(inferKind(["https://www.example.com/people/ada?ref=1", "http://example.com"])).toBe("uri");
    expect(inferKind(["ada@example.com", "bob.smith@mail.example.co.uk"])).toBe("email");
    expect(inferKind(["2019-04-01", "2021-01-15T10:00:00Z", "2020-06-30T08:00:00.5+02:00", "2020-06-30 08:00"])).toBe("date");
    expect(inferKind(["Ada", "Bob"])).toBe("text");
  });

  it("skips blanks, and says text when there is nothing else", () => {
    expect(inferKind([null, 12, undefined, "", 7])).toBe("number");
    expect(inferKind([null, "", undefined])).toBe("text");
    expect(inferKind([])).toBe("text");
  });

  it("says text as soon as one value does not fit, or the values mix kinds", () => {
    expect(inferKind([12, 3, "N/A"])).toBe("text");
    expect(inferKind([12, "12"])).toBe("text");
    expect(inferKind(["12", "3"])).toBe("text"); // numeric text sorts as text: it stays text
    expect(inferKind([true, 1])).toBe("text");
    expect(inferKind(["https://example.com/a", "see the site"])).toBe("text");
    expect(inferKind(["https://example.com/a", "ada@example.com"])).toBe("text");
    expect(inferKind(["2019-04-01", "https://example.com/a"])).toBe("text");
    expect(inferKind([{ a: 1 }, "x"])).toBe("text");
  });

  it("calls links only what becomes a link: absolute http(s) URLs", () => {
    expect(inferKind(["https://example.com/a", "javascript:alert(1)"])).toBe("text");
    expect(inferKind(["/people/ada"])).toBe("text");
    expect(inferKind(["http:example.com"])).toBe("text");
    expect(inferKind(["https://example.com/cy and more"])).toBe("text");
    expect(inferKind(["ftp://example.com/file"])).toBe("text");
    expect(inferKind(["mailto:ada@example.com"])).toBe("text");
  });

  it("calls email an address with a dotted domain, and date only ISO 8601 text the date filter reads", () => {
    expect(inferKind(["ada@localhost"])).toBe("text");
    expect(inferKind(["ada @example.com"])).toBe("text");
    expect(inferKind(["ada@example.com, bob@example.com"])).toBe("text");
    expect(inferKind(["2026-01-02 is a Friday"])).toBe("text");
    expect(inferKind(["2026-13-01"])).toBe("text");
    expect(inferKind(["01/02/2026"])).toBe("text");
    expect(inferKind(["2026"])).toBe("text");
  });

  it("gives a column outside the schema its inferred kind", () => {
    expect(extraColumn("price", "number")).toEqual({ key: "price", description: null, kind: "number", inSchema: false });
    expect(extraColumn("note").kind).toBe("text");
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
    expect(linkLabel("http://127.0.0.1:4791/jobs/123")).toBe("127.0.0.1:4791/jobs/123");
    expect(linkLabel("https://www.example.com:8443/a")).toBe("example.com:8443/a");
    expect(linkLabel("http://[::1]:3000/x")).toBe("[::1]:3000/x");
    // The scheme's own port is no part of the address as written.
    expect(linkLabel("https://example.com:443/a")).toBe("example.com/a");
  });

  it("shows a link's path as people write it, not percent-encoded, but never a character that hides or reorders text", () => {
    expect(linkLabel("https://example.ch/st%C3%A4dte/Z%C3%BCrich")).toBe("example.ch/städte/Zürich");
    expect(linkLabel("https://example.ch/städte")).toBe("example.ch/städte");
    // A right-to-left override, a zero-width space and a space stay escaped; so does an escaped "/".
    expect(linkLabel("https://example.com/a%E2%80%AEfdp.exe")).toBe("example.com/a%E2%80%AEfdp.exe");
    expect(linkLabel("https://example.com/a%E2%80%8Bb%20c")).toBe("example.com/a%E2%80%8Bb%20c");
    expect(linkLabel("https://example.com/a%2Fb")).toBe("example.com/a%2Fb");
    // Not UTF-8: shown as written.
    expect(linkLabel("https://example.com/caf%E9")).toBe("example.com/caf%E9");
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

  it("keeps columns named like Object's members, and reads none of Object's members as a column", () => {
    const keys = ["constructor", "toString", "hasOwnProperty", "__proto__"];
    const empty = new ProfileBuilder();
    empty.add([], undefined, []);
    // As the panel gets it: cloned across from the worker, before the first rows name the columns.
    const before = structuredClone(empty.snapshot());
    for (const key of keys) expect(columnProfile(before, key)).toEqual({ filled: 0, invalid: 0, distinct: 0, distinctCapped: false });

    const p = new ProfileBuilder();
    p.add([{ constructor: "a", toString: "b", hasOwnProperty: "c", ["__proto__"]: "d" }].map((r) => JSON.parse(JSON.stringify(r)) as Record<string, unknown>), undefined, keys);
    const after = structuredClone(p.snapshot());
    expect(Object.keys(after.columns)).toEqual(keys);
    for (const key of keys) expect(columnProfile(after, key)).toEqual({ filled: 1, invalid: 0, distinct: 1, distinctCapped: false });
  });

  it("stops counting distinct values at the cap", () => {
    const p = new ProfileBuilder();
    p.add(Array.from({ length: DISTINCT_CAP + 50 }, (_, i) => ({ id: i })), undefined, ["id"]);
    expect(p.snapshot().columns.id).toMatchObject({ distinct: DISTINCT_CAP, distinctCapped: true, filled: DISTINCT_CAP + 50 });
  });
});

describe("displayValue", () => {
  it("shows lists and objects of plain values as a reader would write them, deeper ones as JSON", () => {
    expect(displayValue(["news", "tech"])).toBe("news, tech");
    expect(displayValue(["Smith, John", "Doe, Jane"])).toBe("Smith, John; Doe, Jane");
    expect(displayValue([40, 41.5, null])).toBe("40, 41.5");
    expect(displayValue({ name: "Acme", location: "Berlin", size: null })).toBe("name: Acme · location: Berlin");
    expect(displayValue({ name: "Acme", tags: ["b2b"] })).toBe('{"name":"Acme","tags":["b2b"]}');
    expect(displayValue([{ name: "Ann", url: "/a" }, { name: "Bo", url: null }])).toBe("name: Ann · url: /a; name: Bo");
    expect(displayValue([{ name: "Ann" }, "Bo"])).toBe('[{"name":"Ann"},"Bo"]');
    expect(displayValue([{ a: 1 }])).toBe("a: 1");
    expect(displayValue([{ name: "" }, { name: "Cy" }])).toBe("name: Cy");
    expect(displayValue(null)).toBe("");
    expect(displayValue(3)).toBe("3");
  });
});
