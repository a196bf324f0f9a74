import { describe, expect, it } from "vitest";
import { formatSize } from "./load-progress";

describe("formatSize: the size of the rows loaded", () => {
  it("says kilobytes below 0.1 MB, where megabytes would read 0.0 MB", () => {
    expect(formatSize(0)).toBe("0 KB");
    expect(formatSize(740)).toBe("1 KB");
    expect(formatSize(48_200)).toBe("49 KB");
    expect(formatSize(99_999)).toBe("100 KB");
  });

  it("says megabytes with one decimal from 0.1 MB", () => {
    expect(formatSize(100_000)).toBe("0.1 MB");
    expect(formatSize(12_345_678)).toBe("12.3 MB");
  });
});
