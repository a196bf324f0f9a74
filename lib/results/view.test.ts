import { describe, expect, it } from "vitest";
import { EMPTY_QUERY, viewPredicate } from "./view";

const search = (quick: string, row: Record<string, unknown>) => viewPredicate({ ...EMPTY_QUERY, quick })!(row, null);

describe("quick search", () => {
  it("ignores case and accents on both sides", () => {
    expect(search("zurich", { city: "Zürich" })).toBe(true);
    expect(search("CAFE", { name: "Café" })).toBe(true);
    expect(search("zürich", { city: "ZURICH" })).toBe(true);
    expect(search("São", { city: "sao paulo" })).toBe(true);
    expect(search("zurich bern", { city: "Zürich" })).toBe(false);
  });
});
