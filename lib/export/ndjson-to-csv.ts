import { NdjsonDecoder, type NdjsonItem } from "@/lib/ndjson/decoder";
import { mergeColumns } from "@/lib/extract/columns";
import { csvCell, csvHeader, type CsvOptions } from "./csv";
import { flattenRow } from "./flatten";
import { cell, renderRows, type ExportStats } from "./rows";

const BOM = "\uFEFF";

export type CsvStreamStats = ExportStats;

export interface CsvExportOptions extends CsvOptions {
  /** Nested objects become dotted columns (`a.b`); `columns` must then name the dotted keys. */
  flatten?: boolean;
}

/**
 * NDJSON bytes → CSV bytes, pull-based: one upstream chunk is read only when the consumer wants
 * more, so memory stays flat however large the result is.
 */
export function ndjsonToCsv(
  source: ReadableStream<Uint8Array>,
  columns: readonly string[],
  options: CsvExportOptions,
  onDone?: (stats: CsvStreamStats) => void,
): ReadableStream<Uint8Array> {
  const { formulaGuard, flatten = false } = options;
  const keys = [...columns];
  const width = keys.length;
  return renderRows(
    source,
    {
      head: () => (options.bom ? BOM : "") + csvHeader(keys, formulaGuard),
      row: (raw) => {
        const row = flatten ? flattenRow(raw) : raw;
        let line = "";
        for (let i = 0; i < width; i++) {
          if (i > 0) line += ",";
          line += csvCell(cell(row, keys[i]!), formulaGuard);
        }
        return `${line}\r\n`;
      },
    },
    onDone,
  );
}

export interface CollectColumnsOptions {
  /** Collect the dotted keys of flattened rows (see flattenRow) instead of the top-level keys. */
  flatten?: boolean;
}

/** First pass for results without a schema: the union of keys, in first-seen order. */
export async function collectColumns(source: ReadableStream<Uint8Array>, options: CollectColumnsOptions = {}): Promise<string[]> {
  const reader = source.getReader();
  const decoder = new NdjsonDecoder();
  const columns: string[] = [];
  const known = new Set<string>();
  const items: NdjsonItem[] = [];
  const take = () => {
    for (const item of items) if ("value" in item) mergeColumns(columns, known, options.flatten ? flattenRow(item.value) : item.value);
    items.length = 0;
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      decoder.push(value, items);
      take();
    }
  } catch (err) {
    await reader.cancel(err).catch(() => {});
    throw err;
  }
  decoder.end(items);
  take();
  return columns;
}
