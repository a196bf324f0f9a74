import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { ResultFiles } from "./results";

const tmp = () => mkdtempSync(path.join(tmpdir(), "results-"));

describe("ResultFiles", () => {
  it("makes a result visible only when it is committed", async () => {
    const dir = tmp();
    const files = new ResultFiles(dir);
    const writer = files.openWriter("t1");
    await writer.write({ a: 1 }, { page: "https://x/1", xpath: "/body[1]/ul[1]/li[1]" });
    await writer.write({ a: "é" }, { page: "https://x/2", xpath: "/body[1]/ul[1]/li[2]" });
    expect(await files.exists("t1")).toBe(false);
    await writer.commit();
    expect(await files.exists("t1")).toBe(true);
    expect(readFileSync(files.rowsPath("t1"), "utf8")).toBe('{"a":1}\n{"a":"é"}\n');
    expect(await files.sourceAt("t1", 1)).toEqual({ page: "https://x/2", xpath: "/body[1]/ul[1]/li[2]" });
    expect(await files.sourceAt("t1", 5)).toBeNull();
    expect(readdirSync(dir).sort()).toEqual(["t1.ndjson", "t1.sources.ndjson"]);
    const text = await new Response(files.openRows("t1")).text();
    expect(text).toBe('{"a":1}\n{"a":"é"}\n');
  });

  it("keeps each field's source with the row's, and still reads sources written before fields were kept", async () => {
    const dir = tmp();
    const files = new ResultFiles(dir);
    const writer = files.openWriter("t5");
    const fields = { name: { xpath: "/body[1]/ul[1]/li[1]/h3[1]" }, url: { xpath: "/body[1]/ul[1]/li[1]/a[1]", attr: "href" }, price: { jsonld: "offers.price" } };
    await writer.write({ name: "Ada", url: "https://x/ada", price: "£1" }, { page: "https://x/1", xpath: "/body[1]/ul[1]/li[1]", fields });
    await writer.commit();
    expect(await files.sourceAt("t5", 0)).toEqual({ page: "https://x/1", xpath: "/body[1]/ul[1]/li[1]", fields });
    // A result of an earlier version: its lines have no fields.
    writeFileSync(files.sourcesPath("t6"), '{"page":"https://x/1","xpath":"/body[1]/ul[1]/li[1]"}\n{"page":"https://x/2","xpath":"/body[1]/ul[1]/li[2]"}\n');
    expect(await files.sourceAt("t6", 1)).toEqual({ page: "https://x/2", xpath: "/body[1]/ul[1]/li[2]" });
  });

  it("keeps the frames of a row read in an <iframe srcdoc>", async () => {
    const files = new ResultFiles(tmp());
    const writer = files.openWriter("t7");
    const source = { page: "https://x/1", frames: ["/body[1]/main[1]/iframe[1]"], xpath: "/body[1]/ul[1]/li[1]", fields: { name: { xpath: "/body[1]/ul[1]/li[1]/h3[1]" } } };
    await writer.write({ name: "Ada" }, source);
    await writer.commit();
    expect(await files.sourceAt("t7", 0)).toEqual(source);
  });

  it("leaves nothing behind when aborted", async () => {
    const dir = tmp();
    const files = new ResultFiles(dir);
    const writer = files.openWriter("t2");
    await writer.write({ a: 1 }, { page: "p", xpath: "x" });
    await writer.abort();
    expect(readdirSync(dir)).toEqual([]);
    expect(await files.sourceAt("t2", 0)).toBeNull();
  });

  it("leaves nothing behind when aborted while its files are being opened", async () => {
    const dir = tmp();
    const files = new ResultFiles(dir);
    // The opens run on libuv's pool, as the removals do: abort at several moments of the open.
    for (let i = 0; i < 40; i++) {
      const writer = files.openWriter(`t${i}`);
      for (let t = 0; t < i % 4; t++) await new Promise((r) => setImmediate(r));
      await writer.abort();
    }
    // (Give a late open the chance to land before looking.)
    await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(dir)).toEqual([]);
  });

  it("removes the temp files of writers that never finished, and nothing else", async () => {
    const dir = tmp();
    const files = new ResultFiles(dir);
    const done = files.openWriter("done");
    await done.write({ a: 1 }, { page: "p", xpath: "x" });
    await done.commit();
    // What a SIGKILL leaves: both temp files of a writer that never committed.
    const stale = ["t1.ndjson.tmp-4242-1767225600000", "t1.sources.ndjson.tmp-4242-1767225600000"];
    const others = ["notes.tmp-1-2", "t2.ndjson.tmp-x", "t3.ndjson.tmp-1-2.bak"];
    for (const name of [...stale, ...others]) writeFileSync(path.join(dir, name), "{}\n");
    expect(files.removeStaleTemps()).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(["done.ndjson", "done.sources.ndjson", ...others].sort());
    expect(files.removeStaleTemps()).toBe(0);
  });

  it("recognises the names its own writers use", async () => {
    const dir = tmp();
    const files = new ResultFiles(dir);
    const writer = files.openWriter("t4");
    await writer.write({ a: 1 }, { page: "p", xpath: "x" });
    await vi.waitFor(() => expect(readdirSync(dir)).toHaveLength(2)); // the streams open asynchronously
    const names = readdirSync(dir);
    await writer.abort();
    // Left as a killed process would leave them.
    for (const name of names) writeFileSync(path.join(dir, name), "{}\n");
    expect(files.removeStaleTemps()).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });
});
