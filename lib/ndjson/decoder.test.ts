import { describe, expect, it } from "vitest";
import { NdjsonDecoder, type NdjsonItem } from "./decoder";

const enc = new TextEncoder();

/** Feeds `bytes` to a fresh decoder cut at the given offsets. */
function decode(bytes: Uint8Array, cuts: number[] = []): NdjsonItem[] {
  const d = new NdjsonDecoder();
  const out: NdjsonItem[] = [];
  let start = 0;
  for (const cut of [...cuts, bytes.length]) {
    d.push(bytes.subarray(start, cut), out);
    start = cut;
  }
  d.end(out);
  return out;
}

const values = (items: NdjsonItem[]) => items.filter((i) => "value" in i).map((i) => ("value" in i ? i.value : null));

describe("NdjsonDecoder", () => {
  it("splits lines across every possible chunk boundary", () => {
    const text = '{"a":1}\n{"b":"two"}\n{"c":[3]}\n';
    const bytes = enc.encode(text);
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(values(decode(bytes, [cut]))).toEqual([{ a: 1 }, { b: "two" }, { c: [3] }]);
    }
  });

  it("handles one byte per chunk", () => {
    const bytes = enc.encode('{"x":"y"}\n{"z":0}\n');
    const cuts = Array.from({ length: bytes.length - 1 }, (_, i) => i + 1);
    expect(values(decode(bytes, cuts))).toEqual([{ x: "y" }, { z: 0 }]);
  });

  it("reassembles a multi-byte UTF-8 character split across two chunks", () => {
    const text = '{"city":"Zürich","emoji":"🦊","cjk":"東京"}\n';
    const bytes = enc.encode(text);
    const u = text.indexOf("ü");
    const uByte = enc.encode(text.slice(0, u)).length; // first byte of the 2-byte ü
    const fox = enc.encode(text.slice(0, text.indexOf("🦊"))).length;
    for (const cuts of [[uByte + 1], [fox + 1], [fox + 2], [fox + 3], [uByte + 1, fox + 2]]) {
      expect(values(decode(bytes, cuts))).toEqual([{ city: "Zürich", emoji: "🦊", cjk: "東京" }]);
    }
  });

  it("accepts CRLF line endings and skips blank lines", () => {
    const bytes = enc.encode('{"a":1}\r\n\r\n   \n{"a":2}\r\n\n');
    const items = decode(bytes, [8]);
    expect(values(items)).toEqual([{ a: 1 }, { a: 2 }]);
    expect(items.map((i) => i.line)).toEqual([1, 4]);
  });

  it("reports malformed lines with their line number and a snippet, and goes on", () => {
    const bytes = enc.encode('{"a":1}\n{"a":\n[1,2]\n"text"\n{"a":3}\n');
    const items = decode(bytes);
    expect(values(items)).toEqual([{ a: 1 }, { a: 3 }]);
    const errors = items.filter((i) => "error" in i);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(errors[0]).toMatchObject({ snippet: '{"a":' });
    expect(errors[1]).toMatchObject({ error: "line is JSON but not an object", snippet: "[1,2]" });
  });

  it("reads a last line that has no newline", () => {
    expect(values(decode(enc.encode('{"a":1}\n{"b":2}'), [3]))).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it("returns nothing for an empty body", () => {
    expect(decode(new Uint8Array())).toEqual([]);
  });

  it("reports a runaway line without keeping it whole", () => {
    const d = new NdjsonDecoder({ maxLineLength: 100 });
    const out: NdjsonItem[] = [];
    d.push(enc.encode('{"ok":1}\n{"big":"'), out);
    for (let i = 0; i < 50; i++) d.push(enc.encode("x".repeat(1000)), out);
    d.push(enc.encode('"}\n{"ok":2}\n'), out);
    d.end(out);
    expect(values(out)).toEqual([{ ok: 1 }, { ok: 2 }]);
    const err = out.find((i) => "error" in i);
    expect(err).toMatchObject({ line: 2 });
    expect(err && "snippet" in err ? err.snippet.length : 0).toBeLessThanOrEqual(120);
  });
});
