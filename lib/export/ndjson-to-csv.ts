import { NdjsonDecoder, type NdjsonItem } from "@/lib/ndjson/decoder";
import { mergeKeys } from "@/lib/extract/columns";
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

/**
 * First pass over a result: the union of its keys in first-seen order. With `first` (the schema's
 * properties, in its order), those come first and the rows' other keys after them, as the grid
 * orders its columns (rows.worker.ts). With `stats`, its rows and malformed lines are counted too,
 * as the export that follows will count them.
 */
export async function collectColumns(
  source: ReadableStream<Uint8Array>,
  options: CollectColumnsOptions & { first?: readonly string[]; stats?: ExportStats } = {},
): Promise<string[]> {
  const reader = source.getReader();
  const decoder = new NdjsonDecoder();
  const first = options.first ?? [];
  const named = new Set(first);
  const columns: string[] = [];
  const known = new Set<string>();
  const items: NdjsonItem[] = [];
  const take = () => {
    for (const item of items) {
      if (!("value" in item)) {
        if (options.stats) options.stats.malformed++;
        continue;
      }
      if (options.stats) options.stats.rows++;
      const keys = Object.keys(options.flatten ? flattenRow(item.value) : item.value);
      mergeKeys(columns, known, named.size ? keys.filter((k) => !named.has(k)) : keys);
    }
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
  return [...first, ...columns];
}

/** Marks the wanted columns a row has (as a key, or a dotted key of the flattened row) as seen. */
function see(items: NdjsonItem[], missing: Set<string>, flatten: boolean | undefined) {
  for (const item of items) {
    if (!("value" in item)) continue;
    const row = flatten ? flattenRow(item.value) : item.value;
    for (const key of missing) if (Object.hasOwn(row, key)) missing.delete(key);
  }
  items.length = 0;
}

/** Which of `wanted` no row of the result has. Reads until every one has been seen, else to the end. */
export async function missingColumns(source: ReadableStream<Uint8Array>, wanted: readonly string[], options: CollectColumnsOptions = {}): Promise<string[]> {
  const missing = new Set(wanted);
  const reader = source.getReader();
  const decoder = new NdjsonDecoder();
  const items: NdjsonItem[] = [];
  try {
    while (missing.size > 0) {
      const { done, value } = await reader.read();
      if (done) {
        decoder.end(items);
        see(items, missing, options.flatten);
        break;
      }
      decoder.push(value, items);
      see(items, missing, options.flatten);
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  return [...missing];
}

/** What peekColumns found at the start of a result. */
export type ColumnPeek =
  /** Every wanted column is there: `body` is the whole result again, what was read included. */
  | { missing: []; body: ReadableStream<Uint8Array> }
  /** Read to the end: these columns are in no row. */
  | { missing: string[]; body: null; complete: true }
  /** Not all seen in the first `limitBytes`: the rest was not read (the source is cancelled). */
  | { missing: string[]; body: null; complete: false };

/**
 * Looks for the `wanted` columns in the first rows of a result while it is being exported, so the
 * check costs no second download: the chunks read are kept, and replayed in front of the rest.
 * Past `limitBytes` it gives up rather than hold more of the result in memory.
 */
export async function peekColumns(
  source: ReadableStream<Uint8Array>,
  wanted: readonly string[],
  options: CollectColumnsOptions & { limitBytes: number },
): Promise<ColumnPeek> {
  const missing = new Set(wanted);
  const reader = source.getReader();
  const decoder = new NdjsonDecoder();
  const items: NdjsonItem[] = [];
  const read: Uint8Array[] = [];
  let bytes = 0;
  try {
    while (missing.size > 0) {
      if (bytes > options.limitBytes) {
        await reader.cancel().catch(() => {});
        return { missing: [...missing], body: null, complete: false };
      }
      const { done, value } = await reader.read();
      if (done) {
        decoder.end(items);
        see(items, missing, options.flatten);
        if (missing.size > 0) return { missing: [...missing], body: null, complete: true };
        break;
      }
      read.push(value);
      bytes += value.byteLength;
      decoder.push(value, items);
      see(items, missing, options.flatten);
    }
  } catch (err) {
    await reader.cancel(err).catch(() => {});
    throw err;
  }
  return { missing: [], body: replay(read, reader) };
}

/** `chunks`, then whatever `reader` still has, pulled as the consumer asks. */
function replay(chunks: Uint8Array[], reader: ReadableStreamDefaultReader<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const chunk = chunks.shift();
        if (chunk) return controller.enqueue(chunk);
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
