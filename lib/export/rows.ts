import { NdjsonDecoder, type NdjsonItem } from "@/lib/ndjson/decoder";

/** Output is batched into chunks of about this many characters: fewer, larger writes are faster. */
export const CHUNK_CHARS = 64 * 1024;

export interface ExportStats {
  rows: number;
  malformed: number;
}

export type Row = Record<string, unknown>;

/**
 * Rows out of an NDJSON byte stream, read on demand: `shift()` hands out rows already decoded,
 * `fill()` reads exactly one more upstream chunk. Malformed lines are counted and skipped.
 */
export class RowReader {
  readonly stats: ExportStats = { rows: 0, malformed: 0 };
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new NdjsonDecoder();
  private items: NdjsonItem[] = [];
  private at = 0;
  private ended = false;

  constructor(source: ReadableStream<Uint8Array>) {
    this.reader = source.getReader();
  }

  /** The next decoded row, or undefined when the decoded ones are used up (then call `fill`). */
  shift(): Row | undefined {
    while (this.at < this.items.length) {
      const item = this.items[this.at++]!;
      if ("value" in item) {
        this.stats.rows++;
        return item.value;
      }
      this.stats.malformed++;
    }
    return undefined;
  }

  /** Reads one upstream chunk; false once the input is over and nothing more was decoded. */
  async fill(): Promise<boolean> {
    if (this.ended) return false;
    if (this.at < this.items.length) return true;
    this.items.length = 0;
    this.at = 0;
    const { done, value } = await this.reader.read();
    if (done) {
      this.ended = true;
      this.decoder.end(this.items);
      return this.items.length > 0;
    }
    this.decoder.push(value, this.items);
    return true;
  }

  /** Whether another row is coming (reads ahead as needed; malformed lines on the way are counted). */
  async hasRow(): Promise<boolean> {
    for (;;) {
      while (this.at < this.items.length) {
        if ("value" in this.items[this.at]!) return true;
        this.stats.malformed++;
        this.at++;
      }
      if (!(await this.fill())) return false;
    }
  }

  cancel(reason?: unknown) {
    return this.reader.cancel(reason);
  }
}

export interface RowRenderer {
  /** Text before the first row (a header, an opening bracket). */
  head?: () => string;
  /** The text of row number `index` (from 0). */
  row: (row: Row, index: number) => string;
  /** Text after the last row, given how many rows there were. */
  tail?: (rows: number) => string;
}

/**
 * NDJSON bytes → text bytes, pull-based: upstream chunks are read only while the consumer wants
 * more, and output goes out in ~64 KB batches, so memory stays flat however large the result is.
 */
export function renderRows(source: ReadableStream<Uint8Array>, renderer: RowRenderer, onDone?: (stats: ExportStats) => void): ReadableStream<Uint8Array> {
  const rows = new RowReader(source);
  const encoder = new TextEncoder();
  const render = renderer.row;
  let started = false;
  let index = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let text = "";
        if (!started) {
          started = true;
          text = renderer.head?.() ?? "";
        }
        for (;;) {
          for (let row = rows.shift(); row !== undefined; row = rows.shift()) text += render(row, index++);
          if (text.length >= CHUNK_CHARS) break;
          if (!(await rows.fill())) {
            text += renderer.tail?.(index) ?? "";
            if (text) controller.enqueue(encoder.encode(text));
            controller.close();
            onDone?.(rows.stats);
            return;
          }
        }
        controller.enqueue(encoder.encode(text));
      },
      cancel(reason) {
        return rows.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

/** `row[key]` if the row has that key itself: a column named "constructor" must not find Object's. */
export function cell(row: Row, key: string): unknown {
  return Object.hasOwn(row, key) ? row[key] : undefined;
}
