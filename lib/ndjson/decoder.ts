/**
 * Incremental NDJSON decoding: bytes in (any chunking), one item per non-blank line out.
 * Pure and environment-neutral (browser, worker, Node). Multi-byte UTF-8 characters split across
 * chunks are reassembled by TextDecoder's streaming mode; CRLF and blank lines are tolerated; a line
 * that is not a JSON object becomes an error item and decoding goes on.
 */
export type NdjsonItem =
  | { line: number; value: Record<string, unknown> }
  | { line: number; error: string; snippet: string };

export interface NdjsonDecoderOptions {
  /** A single line longer than this (in UTF-16 code units) is reported and skipped. */
  maxLineLength?: number;
  /** Lines already read elsewhere (a resumed download): numbering continues after them. */
  linesBefore?: number;
}

const SNIPPET = 120;

export class NdjsonDecoder {
  private readonly decoder = new TextDecoder("utf-8");
  private carry = "";
  private skippingLongLine = false;
  private lineNo = 0;
  private readonly maxLineLength: number;

  constructor(options: NdjsonDecoderOptions = {}) {
    this.maxLineLength = options.maxLineLength ?? 16 * 1024 * 1024;
    this.lineNo = options.linesBefore ?? 0;
  }

  /** Lines counted so far (blank ones included), i.e. the line number of the last complete line. */
  get lines() {
    return this.lineNo;
  }

  push(chunk: Uint8Array, out: NdjsonItem[] = []): NdjsonItem[] {
    this.consume(this.decoder.decode(chunk, { stream: true }), out);
    return out;
  }

  /** Flushes the last line (a file need not end in a newline). */
  end(out: NdjsonItem[] = []): NdjsonItem[] {
    this.consume(this.decoder.decode(), out);
    if (this.carry !== "" || this.skippingLongLine) this.emit(this.carry, out);
    this.carry = "";
    this.skippingLongLine = false;
    return out;
  }

  private consume(text: string, out: NdjsonItem[]) {
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      const piece = text.slice(start, nl);
      const line = this.carry === "" ? piece : this.carry + piece;
      this.carry = "";
      this.emit(line, out);
      this.skippingLongLine = false;
      start = nl + 1;
    }
    if (start < text.length) {
      if (this.skippingLongLine) return;
      this.carry += text.slice(start);
      if (this.carry.length > this.maxLineLength) {
        // Keep only a snippet: a runaway line must not grow memory without bound.
        this.carry = this.carry.slice(0, SNIPPET);
        this.skippingLongLine = true;
      }
    }
  }

  private emit(raw: string, out: NdjsonItem[]) {
    this.lineNo++;
    const line = this.lineNo;
    if (this.skippingLongLine) {
      out.push({ line, error: `line is longer than ${this.maxLineLength.toLocaleString("en")} characters`, snippet: raw.slice(0, SNIPPET) });
      return;
    }
    const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (text.trim() === "") return;
    try {
      const value: unknown = JSON.parse(text);
      if (value && typeof value === "object" && !Array.isArray(value)) {
        out.push({ line, value: value as Record<string, unknown> });
      } else {
        out.push({ line, error: "line is JSON but not an object", snippet: text.slice(0, SNIPPET) });
      }
    } catch (err) {
      out.push({ line, error: err instanceof Error ? err.message : "invalid JSON", snippet: text.slice(0, SNIPPET) });
    }
  }
}
