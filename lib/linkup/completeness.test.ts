import { describe, expect, it } from "vitest";
import { CompletenessCheck } from "./completeness";

const enc = (text: string) => new TextEncoder().encode(text);

function check(chunks: string[], rowsReturned: number): string | null {
  const c = new CompletenessCheck();
  for (const chunk of chunks) c.push(enc(chunk));
  return c.end(rowsReturned);
}

describe("CompletenessCheck", () => {
  it("accepts a whole file, with or without a final newline, however it is chunked", () => {
    expect(check(['{"a":1}\n{"a":2}\n'], 2)).toBeNull();
    expect(check(['{"a":1}\n{"a"', ":2}"], 2)).toBeNull();
    expect(check(["{", '"a":1}\n', "\n"], 1)).toBeNull();
    expect(check([], 0)).toBeNull();
  });

  it("accepts more lines than announced (the count is a floor, not an exact size)", () => {
    expect(check(['{"a":1}\n{"a":2}\n{"a":3}\n'], 2)).toBeNull();
  });

  it("refuses a file with fewer lines than announced", () => {
    expect(check(['{"a":1}\n'], 3)).toMatch(/1 line\(s\) of the 3 row\(s\)/);
  });

  it("refuses a file whose last line is cut off, even when the count matches", () => {
    expect(check(['{"a":1}\n{"a":2}\n{"a":', "3"], 3)).toMatch(/last line is cut off/);
  });
});
