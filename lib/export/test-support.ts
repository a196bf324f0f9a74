/** Helpers shared by the export tests (not shipped code). */
import { inflateRawSync } from "node:zlib";

const enc = new TextEncoder();

/** A byte stream made of the given pieces, one per pull. */
export function bytesStream(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(c) {
      const chunk = chunks[i++];
      if (chunk === undefined) c.close();
      else c.enqueue(chunk);
    },
  });
}

/** `text` as UTF-8, cut every `size` bytes (so multi-byte characters get split across chunks). */
export function chunked(text: string, size = Infinity): ReadableStream<Uint8Array> {
  const bytes = enc.encode(text);
  const pieces: Uint8Array[] = [];
  if (size === Infinity) pieces.push(bytes);
  else for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.slice(at, at + size));
  return bytesStream(pieces);
}

export async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function textOf(stream: ReadableStream<Uint8Array>): Promise<string> {
  // ignoreBOM keeps the byte-order mark in the text so the tests can see it.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await bytesOf(stream));
}

/**
 * A hard data set: non-ASCII (2-, 3- and 4-byte UTF-8), quotes, commas, line breaks in cells,
 * formula-looking text, 0/false/null, nested objects and arrays, keys with dots, a control
 * character, a key named like an Object.prototype member, malformed lines, CRLF, a blank line.
 */
export const HARD_ROWS: Record<string, unknown>[] = [
  {
    name: 'Zürich "Café", 東京 🚀',
    n: 0,
    ok: false,
    nil: null,
    f: "=SUM(A1:A9)",
    p: "+1",
    m: "-2",
    at: "@cmd",
    nl: "line1\nline2\r\nline3",
    nested: { a: { b: 1 }, c: [1, { d: 2 }] },
    arr: [1, "two", null],
    "a.b": "dotted",
    empty: {},
    ctrl: "bell\u0007x <tag> & more",
    lead: "  padded ",
  },
  { name: "second", n: -3.5e-7, ok: true, nested: { a: { b: "x" } }, constructor: "mine" },
  { name: "third" },
];
export const HARD_NDJSON = `${JSON.stringify(HARD_ROWS[0])}\nnot json\n[1,2]\r\n\n${JSON.stringify(HARD_ROWS[1])}\r\n${JSON.stringify(HARD_ROWS[2])}`;
export const HARD_COLUMNS = ["name", "n", "ok", "nil", "f", "p", "m", "at", "nl", "nested", "arr", "a.b", "empty", "ctrl", "lead", "constructor", "missing"];

/** Entries of a ZIP archive read back through its central directory (stored or deflated). */
export function readZip(zip: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error("no end of central directory");
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central header at ${at}`);
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const offset = buf.readUInt32LE(at + 42);
    const name = buf.toString("utf8", at + 46, at + 46 + nameLength);
    if (buf.readUInt32LE(offset) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const start = offset + 30 + buf.readUInt16LE(offset + 26) + buf.readUInt16LE(offset + 28);
    const raw = buf.subarray(start, start + compressed);
    const data = method === 0 ? Buffer.from(raw) : inflateRawSync(raw);
    if (data.length !== size) throw new Error(`${name}: ${data.length} bytes, directory says ${size}`);
    entries.set(name, data);
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

export interface SheetCell {
  ref: string;
  type: "n" | "b" | "inlineStr";
  style?: string;
  value: string;
}

const unescapeXml = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#13);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#13": "\r" })[e] ?? "");

/** Rows of a worksheet written with inline strings, as cells (a tiny reader for what xlsx.ts writes). */
export function parseSheet(xml: string): SheetCell[][] {
  const rows: SheetCell[][] = [];
  for (const [, body] of xml.matchAll(/<row r="\d+">(.*?)<\/row>/gs)) {
    const cells: SheetCell[] = [];
    for (const m of body!.matchAll(/<c r="([A-Z]+\d+)"( s="(\d+)")?( t="(\w+)")?>(.*?)<\/c>/gs)) {
      const inner = m[6]!;
      const type = (m[5] ?? "n") as SheetCell["type"];
      const value = type === "inlineStr" ? /<t(?: xml:space="preserve")?>(.*?)<\/t>/s.exec(inner)![1]! : /<v>(.*?)<\/v>/s.exec(inner)![1]!;
      cells.push({ ref: m[1]!, type, ...(m[3] ? { style: m[3] } : {}), value: unescapeXml(value) });
    }
    rows.push(cells);
  }
  return rows;
}
