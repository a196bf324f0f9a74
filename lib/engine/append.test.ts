import { describe, expect, it } from "vitest";
import { appendAll, appendReversed } from "./append";

describe("appendAll and appendReversed", () => {
  it("append 200,000 items in order, where a spread push overflows the stack", () => {
    const items = Array.from({ length: 200_000 }, (_, i) => i);
    expect(() => [0].push(...items)).toThrow(RangeError);
    const into = [-1];
    appendAll(into, items);
    expect(into).toHaveLength(200_001);
    expect([into[0], into[1], into[200_000]]).toEqual([-1, 0, 199_999]);
  });

  it("appendReversed puts the first item last, to be popped first, and leaves the source as it was", () => {
    const items = ["a", "b", "c"];
    const stack = ["x"];
    appendReversed(stack, items);
    expect(stack).toEqual(["x", "c", "b", "a"]);
    expect(items).toEqual(["a", "b", "c"]);
  });
});
