import { describe, expect, it } from "vitest";
import { rowsFromPage } from "../page-rows";
import { camelCase, fieldSpecsFromSchema, tokens } from "./spec";
import { fixture } from "./testing";

describe("fieldSpecsFromSchema", () => {
  it("keeps property order, reads nullable type arrays, formats, enums and required", () => {
    const specs = fieldSpecsFromSchema({
      type: "object",
      required: ["name"],
      properties: {
        name: { type: "string", description: "full name" },
        url: { type: ["string", "null"], format: "uri" },
        status: { enum: ["open", "closed"] },
        score: { anyOf: [{ type: "number" }, { type: "null" }] },
      },
    });
    expect(specs).toEqual([
      { name: "name", type: "string", required: true, description: "full name" },
      { name: "url", type: "string", format: "uri", required: false, nullable: true },
      { name: "status", type: "string", required: false, enum: ["open", "closed"] },
      { name: "score", type: "number", required: false, nullable: true },
    ]);
  });

  it("makes no field of a property that must be absent (false), in the row or in an object", () => {
    const schema = { type: "object", properties: { a: { type: "string" }, gone: false, o: { type: "object", properties: { b: { type: "string" }, gone: false } } } };
    expect(fieldSpecsFromSchema(schema)).toEqual([
      { name: "a", type: "string", required: false },
      { name: "o", type: "object", required: false, properties: [{ name: "b", type: "string", required: false }] },
    ]);
  });

  it("reads an array schema's items", () => {
    expect(fieldSpecsFromSchema({ type: "array", items: { type: "object", properties: { a: { type: "integer" } } } })).toEqual([{ name: "a", type: "integer", required: false }]);
  });
});

describe("camelCase", () => {
  it("joins words", () => {
    expect(camelCase("profile page")).toBe("profilePage");
    expect(camelCase("Job-Title")).toBe("jobTitle");
    expect(camelCase("2nd price")).toBe("f2ndPrice");
    // Letters of any script are kept.
    expect(camelCase("Fläche")).toBe("fläche");
    expect(camelCase("Prix de vente")).toBe("prixDeVente");
    expect(camelCase("Цена за шт")).toBe("ценаЗаШт");
    expect(camelCase("価格")).toBe("価格");
    expect(camelCase("Année")).toBe("année");
  });
});

describe("tokens: periods glued to their word", () => {
  it("reads '24h' and '7d' as words of their own, as headers write them, but not 'mp3' or 'h1'", () => {
    expect(tokens("change7d")).toEqual(["change", "7d"]);
    expect(tokens("volume24h")).toEqual(["volume", "24h"]);
    expect(tokens(camelCase("24h change"))).toEqual(["24h", "change"]);
    expect(tokens("mp3Player")).toEqual(["mp3", "player"]);
    expect(tokens("h1")).toEqual(["h1"]);
  });

  it("fills a crypto table's 7-day change and 24-hour volume from their headers ('7d %', 'Volume(24h)')", async () => {
    const schema = {
      type: "object",
      properties: { name: { type: "string" }, price: { type: "number" }, change24h: { type: "number" }, change7d: { type: "number" }, volume24h: { type: "number" } },
    };
    const input = { q: "every cryptocurrency", url: "https://coins.example/", schema, verifyUrls: false };
    const { rows } = await rowsFromPage(fixture("fields-crypto.html"), input.url, input, fieldSpecsFromSchema(schema), null);
    expect(rows.map((r) => [r.row.change24h, r.row.change7d, r.row.volume24h])).toEqual([
      [-2.4, 5.12, 31884209113],
      [-0.87, -3.4, 14002118700],
      [0.01, -0.02, 52114009871],
      [6.3, 12.8, 3881500201],
      [-11.05, -9.9, 1204667310],
    ]);
  });
});
