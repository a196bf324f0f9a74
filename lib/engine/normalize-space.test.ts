import { describe, expect, it } from "vitest";
import { normalizeSpace } from "./dom";

describe("normalizeSpace", () => {
  it("leaves a normal text as it is and normalises every other kind of space", () => {
    expect(normalizeSpace("In stock")).toBe("In stock");
    expect(normalizeSpace("  In \n\t stock ")).toBe("In stock");
    expect(normalizeSpace("In\u00a0stock")).toBe("In stock");
    expect(normalizeSpace("£12\u202f000")).toBe("£12 000");
    expect(normalizeSpace("a  b")).toBe("a b");
    expect(normalizeSpace(" a")).toBe("a");
    expect(normalizeSpace("a ")).toBe("a");
    expect(normalizeSpace("\ufeffa")).toBe("a");
    expect(normalizeSpace("")).toBe("");
  });

  it("gives what a plain replace-and-trim gives, for every short mix of spaces and letters", () => {
    const chars = [" ", "\t", "\n", "\r", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u202f", "\u2028", "\u200b", "x"];
    const plain = (t: string) => t.replace(/[\s\u00a0]+/g, " ").trim();
    let checked = 0;
    const walk = (s: string, depth: number) => {
      expect(normalizeSpace(s)).toBe(plain(s));
      checked++;
      if (depth < 3) for (const c of chars) walk(s + c, depth + 1);
    };
    walk("", 0);
    expect(checked).toBe(1 + 12 + 144 + 1728);
  });
});
