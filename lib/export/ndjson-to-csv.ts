import { NdjsonDecoder, type NdjsonItem } from "@/lib/ndjson/decoder";
import { mergeColumns } from "@/lib/extract/columns";
import { csvHeader, csvLine, type CsvOptions } from "./csv";

const BOM = "\uFEFF";
/** Output is batched into chunks of about this many characters: fewer, larger writes are faster. */
const CHUNK_CHARS = 64 * 1024;

export interface CsvStreamStats {
  rows: number;
  malformed: number;
}

/**
 * NDJSON bytes → CSV bytes, pull-based: one upstream chunk is read only when the consumer wants
 * more, so memory stays flat however large the result is.
 */
export function ndjsonToCsv(
  source: ReadableStream<Uint8Array>,
  columns: readonly string[],
  options: CsvOptions,
  onDone?: (stats: CsvStreamStats) => void,
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  const decoder = new NdjsonDecoder();
  const encoder = new TextEncoder();
  const stats: CsvStreamStats = { rows: 0, malformed: 0 };
  let started = false;
  const items: NdjsonItem[] = [];

  const render = (batch: NdjsonItem[]) => {
    let text = "";
    for (const item of batch) {
      if ("value" in item) {
        const row = item.value;
        text += csvLine(columns.map((c) => row[c]), options.formulaGuard);
        stats.rows++;
      } else {
        stats.malformed++;
      }
    }
    batch.length = 0;
    return text;
  };

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let text = "";
        if (!started) {
          started = true;
          text = (options.bom ? BOM : "") + csvHeader(columns, options.formulaGuard);
        }
        while (text.length < CHUNK_CHARS) {
          const { done, value } = await reader.read();
          if (done) {
            text += render(decoder.end(items));
            if (text) controller.enqueue(encoder.encode(text));
            controller.close();
            onDone?.(stats);
            return;
          }
          text += render(decoder.push(value, items));
        }
        controller.enqueue(encoder.encode(text));
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

/** First pass for results without a schema: the union of keys, in first-seen order. */
export async function collectColumns(source: ReadableStream<Uint8Array>): Promise<string[]> {
  const reader = source.getReader();
  const decoder = new NdjsonDecoder();
  const columns: string[] = [];
  const known = new Set<string>();
  const take = (items: NdjsonItem[]) => {
    for (const item of items) if ("value" in item) mergeColumns(columns, known, item.value);
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    take(decoder.push(value));
  }
  take(decoder.end());
  return columns;
}
