import { describe, expect, it } from "vitest";
import { numericColumns } from "./infer";

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
});
