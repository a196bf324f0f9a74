import { describe, expect, it } from "vitest";
import { chunked, textOf } from "@/lib/export/test-support";
import { NdjsonDecoder } from "./decoder";
import { skipLines } from "./skip-lines";

const text = ['{"i":0}', "", '{"name":"Zoë 🦊"}', "broken", '{"i":4}'].join("\n");

describe("skipLines", () => {
  it("drops exactly the first N lines, blank and malformed ones included, however the bytes are cut", async () => {
    for (const size of [1, 2, 5, 1000]) {
      expect(await textOf(skipLines(chunked(text, size), 0))).toBe(text);
      expect(await textOf(skipLines(chunked(text, size), 2))).toBe(['{"name":"Zoë 🦊"}', "broken", '{"i":4}'].join("\n"));
      expect(await textOf(skipLines(chunked(text, size), 4))).toBe('{"i":4}');
      expect(await textOf(skipLines(chunked(text, size), 9))).toBe("");
    }
  });

  it("resumes line numbering where the first read stopped", async () => {
    const decoder = new NdjsonDecoder({ linesBefore: 3 });
    const items = decoder.end(decoder.push(new TextEncoder().encode(await textOf(skipLines(chunked(text, 3), 3)))));
    expect(items.map((i) => [i.line, "value" in i])).toEqual([
      [4, false],
      [5, true],
    ]);
  });
});
