import { describe, expect, it } from "vitest";
import { numericColumns, numericQueryFields } from "./numeric-columns";
import { fieldSpecsFromQuery } from "./query";

describe("numericColumns", () => {
  it("turns a column of plain numbers into numbers and leaves any other column text", () => {
    const rows = numericColumns([
      { city: "Tokyo", population: "37,400,068", growth: "-0.5", zip: "02134", area: "2194", rank: "1" },
      { city: "Delhi", population: "28,514,000", growth: "3.1", zip: "11001", area: "n/a" },
      { city: "Shanghai", population: "25,582,000", growth: "+2", zip: "20000", area: "6341", rank: "3" },
    ]);
    expect(rows).toEqual([
      { city: "Tokyo", population: 37400068, growth: -0.5, zip: "02134", area: "2194", rank: 1 },
      { city: "Delhi", population: 28514000, growth: 3.1, zip: "11001", area: "n/a" },
      { city: "Shanghai", population: 25582000, growth: 2, zip: "20000", area: "6341", rank: 3 },
    ]);
  });

  it("keeps percentages, versions, grouped-but-odd digits and values that are already typed as they are", () => {
    const rows = numericColumns([
      { share: "12%", version: "1.2.3", odd: "1,23", rating: 4.5 },
      { share: "8%", version: "2.0.1", odd: "12,345", rating: 3 },
    ]);
    expect(rows).toEqual([
      { share: "12%", version: "1.2.3", odd: "1,23", rating: 4.5 },
      { share: "8%", version: "2.0.1", odd: "12,345", rating: 3 },
    ]);
  });

  it("types only the keys it is given, and lets empty values decide nothing", () => {
    const rows = numericColumns(
      [
        { played: "38", points: "90", team: "1", note: null },
        { played: "", points: "1,082", team: "2", note: "" },
        { points: "70", team: "3" },
      ],
      ["played", "points", "note"],
    );
    expect(rows).toEqual([
      { played: 38, points: 90, team: "1", note: null },
      { played: "", points: 1082, team: "2", note: "" },
      { points: 70, team: "3" },
    ]);
  });

  it("reads plain numbers in the page's number style: dots or spaces group, a comma is decimal", () => {
    const de = [{ area: "1.200", price: "12,5", year: "2024" }, { area: "85", price: "3", year: "2023" }];
    expect(numericColumns(structuredClone(de), undefined, { dotGroups: true })).toEqual([
      { area: 1200, price: 12.5, year: 2024 },
      { area: 85, price: 3, year: 2023 },
    ]);
    // The same text on an English page: "1.200" is 1.2 and "12,5" is no number.
    expect(numericColumns(structuredClone(de))).toEqual([
      { area: 1.2, price: "12,5", year: 2024 },
      { area: 85, price: "3", year: 2023 },
    ]);
    expect(numericColumns([{ pop: "2 148 271", share: "3,5" }, { pop: "513 275", share: "10" }], undefined, { spaceGroups: true })).toEqual([
      { pop: 2148271, share: 3.5 },
      { pop: 513275, share: 10 },
    ]);
    // In a dot-grouping language a dot before other than three digits is no number of its style.
    expect(numericColumns([{ v: "3.75" }], undefined, { dotGroups: true })).toEqual([{ v: "3.75" }]);
    // Nor is "1,719", which may be 1719 or 1.719.
    expect(numericColumns([{ p: "1,719" }, { p: "2" }], undefined, { dotGroups: true })).toEqual([{ p: "1,719" }, { p: "2" }]);
  });

  it("keeps numbers with more digits than a double holds exactly as text", () => {
    expect(numericColumns([{ id: "12345678901234567" }, { id: "1" }, { big: "1,234,567,890,123,456" }])).toEqual([{ id: "12345678901234567" }, { id: "1" }, { big: "1,234,567,890,123,456" }]);
  });
});

describe("numericQueryFields", () => {
  it("offers the query's plain text fields, not typed, formatted, declared or code fields", () => {
    const fields = fieldSpecsFromQuery("teams with name, played, rating, url, founded (date), points as text, zip, ISBN, product_id, phone and order number")!;
    expect(numericQueryFields(fields)).toEqual(["name", "played"]);
  });
});

describe("numericColumns on a statistics office's table", () => {
  it("leaves out the signs for no figure and a footnote's mark, and types the column as numbers", () => {
    const rows = numericColumns(
      [
        { land: "Bremen", population: "684.864²", men: "338.910", density: "1.632,2" },
        { land: "Hamburg", population: "1.892.122", men: "925.311", density: "2.505,8" },
        { land: "Saarland", population: "–", men: ".", density: "…" },
        { land: "Berlin", population: "3.755.251", men: "x", density: "4.214,1*" },
      ],
      undefined,
      { dotGroups: true },
    );
    expect(rows).toEqual([
      { land: "Bremen", population: 684864, men: 338910, density: 1632.2 },
      { land: "Hamburg", population: 1892122, men: 925311, density: 2505.8 },
      { land: "Saarland" },
      { land: "Berlin", population: 3755251, density: 4214.1 },
    ]);
  });

  it("keeps a column of signs alone, and a mark after a word, as text", () => {
    expect(numericColumns([{ note: "–" }, { note: "x" }, { note: "Bremen²" }])).toEqual([{ note: "–" }, { note: "x" }, { note: "Bremen²" }]);
  });
});
