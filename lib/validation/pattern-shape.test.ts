import { describe, expect, it } from "vitest";
import { backtracksSafely } from "./pattern-shape";

describe("backtracksSafely", () => {
  it("accepts patterns with at most one variable quantifier, over no group that varies", () => {
    for (const p of [
      "^[\\s\\S]{0,2000}$",
      "^.{1,1001}$",
      "^\\p{Script=Greek}+$",
      "^\\d{3}-\\d{4}$",
      "^(?=x)[a-z]{3}$",
      "^(?:ab){3}c*$",
      "^[(a+)+]+$", // brackets are a class: one quantifier
      "^\\(a+\\)$",
      "^(?<year>\\d{4})-\\d{2}$",
    ])
      expect(backtracksSafely(p), p).toBe(true);
  });

  it("refuses nested or ambiguous quantifiers and backreferences", () => {
    for (const p of [
      "^(a+)+$",
      "^(a|aa)*$",
      "^(?:\\w+\\s?)*$",
      "^(a*){2}$",
      "\\d*\\d*\\d*x",
      "^.*a.*b$",
      "^(\\w)\\1$",
      "^(?<c>\\w)\\k<c>$",
      "^(?=a+)[a-z]+$",
    ])
      expect(backtracksSafely(p), p).toBe(false);
  });
});
