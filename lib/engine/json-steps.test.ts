import { describe, expect, it } from "vitest";
import { parseHtml } from "./dom";
import { rowsFromJsonLd, rowsFromJsonLdSteps } from "./fields";
import { parseJsonSteps } from "./json-steps";
import { drainSteps } from "./steps-testing";

/** JSON.parse's value or its refusal, and parseJsonSteps' with pieces of `piece` characters. */
const both = (text: string, piece: number) => {
  const run = (fn: () => unknown) => {
    try {
      return { value: fn() };
    } catch (err) {
      return { error: (err as Error).name };
    }
  };
  return { whole: run(() => JSON.parse(text)), stepped: run(() => drainSteps(parseJsonSteps(text, piece)).value) };
};

const itemList = (n: number) =>
  JSON.stringify({
    "@context": "https://schema.org",
    "@type": "ItemList",
    itemListElement: Array.from({ length: n }, (_, i) => ({ "@type": "ListItem", position: i + 1, item: { "@type": "Product", name: `Product "${i}" \\ ✓`, offers: { price: i + 0.99 } } })),
  });

describe("parseJsonSteps", () => {
  it("reads a long ItemList as JSON.parse does, a step per member", () => {
    const text = itemList(5_000);
    const { value, steps } = drainSteps(parseJsonSteps(text));
    expect(value).toEqual(JSON.parse(text));
    expect(Object.keys(value as object)).toEqual(["@context", "@type", "itemListElement"]);
    expect(steps).toBeGreaterThanOrEqual(5_000);
  });

  it("reads what JSON.parse reads, split into small pieces: escapes, nesting, numbers, empty containers, whitespace", () => {
    const texts = [
      ` \n{"a": [1, -2.5e3, true, false, null, "x\\"y\\\\", "\\u00e9\\n"], "b": {"c": [[], {}, [[[1]]]], "d": "}]{["}, "e": 0} \r\n`,
      `[${Array.from({ length: 200 }, (_, i) => `{"n": ${i}, "s": "\\\\\\"${i}\\\\"}`).join(", ")}]`,
      `{"2": "two", "1": "one", "b": 1, "a": 2, "b": 3}`,
      `{"__proto__": {"polluted": true}, "x": 1}`,
      `"${"long string ".repeat(20)}"`,
    ];
    for (const text of texts) {
      const { whole, stepped } = both(text, 8);
      expect(stepped).toEqual(whole);
      expect(whole.value).toBeDefined();
    }
    // Own keys as JSON.parse makes them: a "__proto__" key is no prototype, a repeated key keeps its place.
    const proto = drainSteps(parseJsonSteps(texts[3]!, 8)).value as Record<string, unknown>;
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(Object.keys(proto)).toEqual(["__proto__", "x"]);
    expect(Object.keys(drainSteps(parseJsonSteps(texts[2]!, 8)).value as object)).toEqual(Object.keys(JSON.parse(texts[2]!)));
  });

  it("refuses what JSON.parse refuses, split into small pieces", () => {
    const texts = [
      `[1, 2, 3, 4, 5, 6, 7, 8, 9,]`,
      `{"a": 1, "b" 2, "c": 3, "d": 4}`,
      `{"a": 1, "b": 2, "c": 3, "d": 4`,
      `[1, 2, 3, 4, 5, 6, 7, 8, 9}`,
      `{"a": [1, 2, 3, 4, 5, 6, 7, 8]} x`,
      `{'a': 1, "b": 2, "c": 3, "d": 4}`,
      `{"a": "tab\there", "b": 2, "c": 3}`,
      `[1 2, 3, 4, 5, 6, 7, 8, 9, 10]`,
      `[01, 2, 3, 4, 5, 6, 7, 8, 9, 10]`,
      `{"a": 1,, "b": 2, "c": 3, "d": 4}`,
      `\ufeff[1, 2, 3, 4, 5, 6, 7, 8, 9]`,
      `[1, 2, 3, 4, 5, 6, 7, 8, 9]\u00a0`,
      `{"a": [1, 2, 3, 4, 5, 6, 7, "8]}`,
      `{a: 1, "b": 2, "c": 3, "d": 4, "e": 5}`,
    ];
    for (const text of texts) {
      const { whole, stepped } = both(text, 8);
      expect(whole).toEqual({ error: "SyntaxError" });
      expect(stepped).toEqual({ error: "SyntaxError" });
    }
  });
});

describe("a page's JSON-LD ItemList, read in steps", () => {
  it("gives its rows with a step per member parsed as well as per row read", () => {
    const n = 5_000;
    const doc = parseHtml(`<!doctype html><html><head><script type="application/ld+json">${itemList(n)}</script></head><body><h1>All</h1></body></html>`);
    const ctx = { pageUrl: "https://shop.example/all", fields: null };
    const { value, steps } = drainSteps(rowsFromJsonLdSteps(doc, ctx));
    expect(value).toHaveLength(n);
    expect(value[7]!.row).toEqual({ name: 'Product "7" \\ ✓', price: 7.99 });
    expect(value).toEqual(rowsFromJsonLd(doc, ctx));
    // A step per product parsed (the list's members), then per product read.
    expect(steps).toBeGreaterThanOrEqual(2 * n);
  });
});
