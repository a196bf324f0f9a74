import { describe, expect, it } from "vitest";
import { selectRows } from "./select";
import { chunked, textOf } from "./test-support";

const ndjson = ['{"i":0}', "broken", '{"i":1}', "", '{"i":2}', '{"i":3}', '{"i":4}'].join("\n");
const rowsOf = async (s: ReadableStream<Uint8Array>) =>
  (await textOf(s))
    .split("\n")
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { i: number }).i);

describe("selectRows", () => {
  it("keeps the chosen rows in file order, counting well-formed rows only", async () => {
    for (const size of [1, 3, 1000]) expect(await rowsOf(selectRows(chunked(ndjson, size), [0, 2, 4]))).toEqual([0, 2, 4]);
  });

  it("follows a sorted order", async () => {
    expect(await rowsOf(selectRows(chunked(ndjson, 2), [4, 0, 3]))).toEqual([4, 0, 3]);
  });

  it("gives nothing for an empty selection and ignores positions past the end", async () => {
    expect(await rowsOf(selectRows(chunked(ndjson), []))).toEqual([]);
    expect(await rowsOf(selectRows(chunked(ndjson), [1, 99]))).toEqual([1]);
    expect(await rowsOf(selectRows(chunked(ndjson), [99, 1]))).toEqual([1]);
  });
});
