import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { bytesOf, bytesStream, readZip } from "./test-support";
import { crc32, zipStream } from "./zip";

const enc = new TextEncoder();
const hasUnzip = existsSync("/usr/bin/unzip");

function bigText(): string {
  let s = "";
  for (let i = 0; i < 20_000; i++) s += `line ${i}: ${Math.sin(i).toFixed(8)} Zürich 東京 🚀\n`;
  return s;
}

describe("zipStream", () => {
  it("writes stored, deflated and streamed (data descriptor) entries that read back intact", async () => {
    const text = bigText();
    const bytes = enc.encode(text);
    const pieces: Uint8Array[] = [];
    for (let at = 0; at < bytes.length; at += 9_999) pieces.push(bytes.subarray(at, at + 9_999));
    const zip = await bytesOf(
      zipStream(
        [
          { name: "tiny.txt", data: enc.encode("ab") }, // deflating would grow it: stored
          { name: "dir/small.xml", data: enc.encode("<a>".repeat(100)) },
          { name: "dir/streamed ü.txt", data: bytesStream(pieces) },
          { name: "empty.txt", data: bytesStream([]) },
        ],
        { modified: new Date("2026-03-04T05:06:08Z") },
      ),
    );
    const entries = readZip(zip);
    expect([...entries.keys()]).toEqual(["tiny.txt", "dir/small.xml", "dir/streamed ü.txt", "empty.txt"]);
    expect(entries.get("tiny.txt")!.toString()).toBe("ab");
    expect(entries.get("dir/small.xml")!.toString()).toBe("<a>".repeat(100));
    expect(entries.get("dir/streamed ü.txt")!.toString()).toBe(text);
    expect(entries.get("empty.txt")!.length).toBe(0);
    expect(zip.length).toBeLessThan(bytes.length / 2);

    if (hasUnzip) {
      const dir = mkdtempSync(path.join(tmpdir(), "zip-test-"));
      try {
        const file = path.join(dir, "t.zip");
        writeFileSync(file, zip);
        expect(execFileSync("unzip", ["-t", file]).toString()).toMatch(/No errors detected/);
        expect(execFileSync("unzip", ["-p", file, "dir/streamed*"], { maxBuffer: 64 << 20 }).toString()).toBe(text);
        expect(execFileSync("unzip", ["-Z", "-T", file]).toString()).toMatch(/20260304\.050608/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });

  it("is deterministic for a fixed timestamp, whatever the chunking of a streamed entry", async () => {
    const bytes = enc.encode(bigText());
    const make = (size: number) => {
      const pieces: Uint8Array[] = [];
      for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.subarray(at, at + size));
      return bytesOf(zipStream([{ name: "a.txt", data: bytesStream(pieces) }], { modified: new Date(0) }));
    };
    expect(await make(1_000)).toEqual(await make(65_536));
  });

  it("computes CRC-32 like zlib", () => {
    const data = enc.encode("The quick brown fox jumps over the lazy dog");
    expect(crc32(data)).toBe(0x414fa339);
    expect(crc32(data.subarray(10), crc32(data.subarray(0, 10)))).toBe(0x414fa339);
    if (typeof zlib.crc32 === "function") expect(crc32(data)).toBe(zlib.crc32(data));
  });

  it("cancels the entry stream it is reading when the consumer cancels", async () => {
    let cancelled: unknown;
    const endless = new ReadableStream<Uint8Array>({
      pull: (c) => c.enqueue(new Uint8Array(4096).fill(65)),
      cancel: (reason) => void (cancelled = reason),
    });
    const reader = zipStream([{ name: "x", data: endless }]).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel("stop");
    expect(cancelled).toBe("stop");
  });
});
