import { describe, expect, it } from "vitest";
import { collectColumns, ndjsonToCsv, type CsvStreamStats } from "./ndjson-to-csv";

const enc = new TextEncoder();

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(c) {
      const chunk = chunks[i++];
      if (chunk === undefined) c.close();
      else c.enqueue(enc.encode(chunk));
    },
  });
}

async function text(stream: ReadableStream<Uint8Array>) {
  // ignoreBOM keeps the byte-order mark in the text so the tests can see it.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe("ndjsonToCsv", () => {
  it("writes a BOM, a header and one line per row, in the given column order", async () => {
    let stats: CsvStreamStats | undefined;
    const csv = await text(
      ndjsonToCsv(streamOf(['{"b":2,"a":"x"}\n{"a":"y, z"', ',"b":0}\nnot json\n{"a":null,"b":false}']), ["a", "b"], { bom: true, formulaGuard: true }, (s) => {
        stats = s;
      }),
    );
    expect(csv).toBe('\uFEFFa,b\r\nx,2\r\n"y, z",0\r\n,false\r\n');
    expect(stats).toEqual({ rows: 3, malformed: 1 });
  });

  it("writes no BOM when asked not to, and a header even for an empty result", async () => {
    expect(await text(ndjsonToCsv(streamOf([]), ["name"], { bom: false, formulaGuard: true }))).toBe("name\r\n");
  });

  it("produces the same bytes however the input is chunked", async () => {
    const rows = Array.from({ length: 300 }, (_, i) => JSON.stringify({ i, s: `Zürich "${i}"\nnext`, n: i % 2 === 0 ? 0 : null }));
    const whole = rows.join("\n") + "\n";
    const expected = await text(ndjsonToCsv(streamOf([whole]), ["i", "s", "n"], { bom: true, formulaGuard: true }));
    const bytes = enc.encode(whole);
    const pieces: string[] = [];
    // Re-chunk on byte boundaries that split multi-byte characters.
    const dec = new TextDecoder();
    for (let at = 0; at < bytes.length; at += 7) pieces.push(dec.decode(bytes.subarray(at, at + 7), { stream: true }));
    expect(await text(ndjsonToCsv(streamOf(pieces), ["i", "s", "n"], { bom: true, formulaGuard: true }))).toBe(expected);
    expect(expected.split("\r\n").length).toBe(302);
  });
});

describe("collectColumns", () => {
  it("returns the union of keys in first-seen order", async () => {
    expect(await collectColumns(streamOf(['{"a":1,"b":2}\n{"c":3,"a":4}\n', "oops\n", '{"d":5}']))).toEqual(["a", "b", "c", "d"]);
  });
});
