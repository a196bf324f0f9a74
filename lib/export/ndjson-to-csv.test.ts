import { describe, expect, it } from "vitest";
import { collectColumns, missingColumns, ndjsonToCsv, peekColumns, type CsvStreamStats } from "./ndjson-to-csv";
import { bytesOf, chunked, HARD_COLUMNS, HARD_NDJSON, textOf } from "./test-support";

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
  it("returns the union of keys, each placed as the rows order them", async () => {
    // "c" comes before "a" in its row; "d" has no known neighbour and goes last.
    expect(await collectColumns(streamOf(['{"a":1,"b":2}\n{"c":3,"a":4}\n', "oops\n", '{"d":5}']))).toEqual(["c", "a", "b", "d"]);
    // A field the first row lacks ("score") takes its place from a later row, not the end.
    expect(await collectColumns(streamOf(['{"name":"a","note":"x","profile":"p"}\n{"name":"b","note":"y","score":3,"profile":"q"}\n']))).toEqual(["name", "note", "score", "profile"]);
  });
});

describe("missingColumns", () => {
  it("names the wanted columns no row has, as keys or flattened dotted keys", async () => {
    const lines = ['{"a":1,"o":{"b":2}}\n', "oops\n", '{"c":3}'];
    expect(await missingColumns(streamOf(lines), ["a", "c", "nope", "o.b"])).toEqual(["nope", "o.b"]);
    expect(await missingColumns(streamOf(lines), ["a", "o.b", "o"], { flatten: true })).toEqual(["o"]);
    expect(await missingColumns(streamOf(["{}"]), ["__proto__", "toString"])).toEqual(["__proto__", "toString"]);
  });

  it("peekColumns hands back the whole result, what it read included, once the columns are seen", async () => {
    const lines = ['{"a":1}\n', '{"b":2}\n', '{"c":3}\n', '{"d":4}\n'];
    const found = await peekColumns(streamOf(lines), ["b"], { limitBytes: 1_000 });
    expect(found.missing).toEqual([]);
    expect(await text(found.body!)).toBe(lines.join(""));
    expect(await peekColumns(streamOf(lines), ["b", "zz"], { limitBytes: 1_000 })).toEqual({ missing: ["zz"], body: null, complete: true });
    expect(await peekColumns(streamOf(lines), ["d"], { limitBytes: 10 })).toEqual({ missing: ["d"], body: null, complete: false });
  });

  it("stops reading, and lets go of the source, once every wanted column is seen", async () => {
    let pulls = 0;
    let cancelled = false;
    const source = new ReadableStream<Uint8Array>({
      pull(c) {
        pulls++;
        c.enqueue(enc.encode('{"a":1,"b":2}\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    expect(await missingColumns(source, ["a", "b"])).toEqual([]);
    expect(pulls).toBeLessThanOrEqual(2);
    expect(cancelled).toBe(true);
  });
});

describe("ndjsonToCsv on a hard data set", () => {
  const expectedRows = [
    "\uFEFFname,n,ok,nil,f,p,m,at,nl,nested,arr,a.b,empty,ctrl,lead,constructor,missing",
    '"Zürich ""Café"", 東京 🚀",0,false,,\'=SUM(A1:A9),+1,-2,\'@cmd,"line1\nline2\r\nline3","{""a"":{""b"":1},""c"":[1,{""d"":2}]}","[1,""two"",null]",dotted,{},bell\u0007x <tag> & more,  padded ,,',
    'second,-3.5e-7,true,,,,,,,"{""a"":{""b"":""x""}}",,,,,,mine,',
    "third,,,,,,,,,,,,,,,,",
  ];

  it("quotes, guards (plain numbers such as +1 and -2 excepted), keeps 0/false, empties null and missing cells, skips malformed lines", async () => {
    let stats: CsvStreamStats | undefined;
    const csv = await textOf(ndjsonToCsv(chunked(HARD_NDJSON), HARD_COLUMNS, { bom: true, formulaGuard: true }, (s) => (stats = s)));
    expect(csv).toBe(expectedRows.join("\r\n") + "\r\n");
    expect(stats).toEqual({ rows: 3, malformed: 2 });
  });

  it("gives byte-identical output for any input chunking", async () => {
    const whole = await bytesOf(ndjsonToCsv(chunked(HARD_NDJSON), HARD_COLUMNS, { bom: true, formulaGuard: true }));
    for (const size of [1, 2, 3, 5, 64]) {
      expect(await bytesOf(ndjsonToCsv(chunked(HARD_NDJSON, size), HARD_COLUMNS, { bom: true, formulaGuard: true }))).toEqual(whole);
    }
  });

  it("flattens nested objects into dotted columns, arrays stay JSON text", async () => {
    const columns = await collectColumns(chunked(HARD_NDJSON, 5), { flatten: true });
    expect(columns).toEqual(["name", "n", "ok", "nil", "f", "p", "m", "at", "nl", "nested.a.b", "constructor", "nested.c", "arr", "a.b", "empty", "ctrl", "lead"]);
    const csv = await textOf(ndjsonToCsv(chunked(HARD_NDJSON), ["name", "nested.a.b", "nested.c", "a.b", "nested"], { bom: false, formulaGuard: true, flatten: true }));
    expect(csv).toBe('name,nested.a.b,nested.c,a.b,nested\r\n"Zürich ""Café"", 東京 🚀",1,"[1,{""d"":2}]",dotted,\r\nsecond,x,,,\r\nthird,,,,\r\n');
  });

  it("writes only the header for an empty result, and nothing odd for no columns", async () => {
    expect(await textOf(ndjsonToCsv(chunked(""), ["a", "b"], { bom: true, formulaGuard: true }))).toBe("\uFEFFa,b\r\n");
    expect(await textOf(ndjsonToCsv(chunked("not json\n"), [], { bom: false, formulaGuard: true }))).toBe("\r\n");
    expect(await collectColumns(chunked(""), { flatten: true })).toEqual([]);
  });

  it("reads upstream only as the consumer pulls (one chunk at a time, ~64 KB out)", async () => {
    const line = `${JSON.stringify({ s: "x".repeat(1000) })}\n`;
    let pulled = 0;
    const source = new ReadableStream<Uint8Array>(
      {
        pull(c) {
          pulled++;
          c.enqueue(new TextEncoder().encode(line));
        },
      },
      { highWaterMark: 0 },
    );
    const reader = ndjsonToCsv(source, ["s"], { bom: false, formulaGuard: true }).getReader();
    const first = await reader.read();
    expect(first.value!.byteLength).toBeGreaterThanOrEqual(64 * 1024);
    expect(pulled).toBeLessThan(80);
    await reader.cancel();
  });
});
