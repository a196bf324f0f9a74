import { describe, expect, it } from "vitest";
import { pollInterval } from "./tasks";

describe("pollInterval", () => {
  it("polls every 2 s for the first 30 s of watching, then every 5 s", () => {
    expect(pollInterval(0)).toBe(2_000);
    expect(pollInterval(29_999)).toBe(2_000);
    expect(pollInterval(30_000)).toBe(5_000);
    expect(pollInterval(10 * 60_000)).toBe(5_000);
  });
});
