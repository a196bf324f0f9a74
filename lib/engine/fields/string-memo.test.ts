import { describe, expect, it } from "vitest";
import { memoByString } from "./string-memo";
import { tokens } from "./spec";
import { isUtilityClass, semanticClasses } from "./utility-classes";

describe("memoByString", () => {
  it("computes a short string once and a long one every time", () => {
    let calls = 0;
    const f = memoByString((s: string) => (calls++, s.length), 10, 5);
    expect([f("abc"), f("abc"), f("abc")]).toEqual([3, 3, 3]);
    expect(calls).toBe(1);
    expect([f("abcdefgh"), f("abcdefgh")]).toEqual([8, 8]);
    expect(calls).toBe(3);
  });

  it("remembers falsy results too", () => {
    let calls = 0;
    const f = memoByString((s: string) => (calls++, s === "x" ? undefined : false));
    f("x");
    f("x");
    f("y");
    f("y");
    expect(calls).toBe(2);
  });

  it("starts over past its bound instead of growing", () => {
    let calls = 0;
    const f = memoByString((s: string) => (calls++, s), 2);
    f("a");
    f("b");
    f("c"); // clears, then holds "c"
    f("a");
    expect(calls).toBe(4);
  });
});

describe("remembered readings give what they gave before", () => {
  it("tokens hands out a fresh array each time: a caller's pop does not change the next caller's words", () => {
    const first = tokens("productPrice");
    expect(first.pop()).toBe("price");
    expect(tokens("productPrice")).toEqual(["product", "price"]);
  });

  it("utility classes and semantic classes are the same on a second read", () => {
    for (let i = 0; i < 2; i++) {
      expect(isUtilityClass("text-sm")).toBe(true);
      expect(isUtilityClass("text-price")).toBe(false);
      expect(semanticClasses("flex text-sm product-name")).toBe("product-name");
    }
  });
});
