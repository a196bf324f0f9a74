import { flattenRow } from "./flatten";
import { cell, renderRows, type ExportStats, type Row } from "./rows";

export interface JsonExportOptions {
  /** Only these keys, in this order (a key a row lacks is left out of that row). All keys when absent. */
  columns?: readonly string[];
  /** Nested objects become dotted keys (`{"a.b": 1}`) before the columns are picked. */
  flatten?: boolean;
}

/** One row as JSON text: every key, or only `columns` in their order (built by hand, so "__proto__" and "1" keep their place). */
function rowSerializer({ columns, flatten = false }: JsonExportOptions): (row: Row) => string {
  if (!columns) return flatten ? (row) => JSON.stringify(flattenRow(row)) : (row) => JSON.stringify(row);
  const keys = columns.map((c) => [c, `${JSON.stringify(c)}:`] as const);
  return (raw) => {
    const row = flatten ? flattenRow(raw) : raw;
    let text = "";
    for (const [key, prefix] of keys) {
      const value = cell(row, key);
      if (value === undefined) continue;
      text += `${text ? "," : ""}${prefix}${JSON.stringify(value)}`;
    }
    return `{${text}}`;
  };
}

/**
 * NDJSON → one JSON array (`[\n{…},\n{…}\n]\n`, or `[]\n` when there are no rows), streamed
 * pull-based like the CSV export. Malformed lines are skipped.
 */
export function ndjsonToJsonArray(source: ReadableStream<Uint8Array>, options: JsonExportOptions = {}, onDone?: (stats: ExportStats) => void): ReadableStream<Uint8Array> {
  const serialize = rowSerializer(options);
  return renderRows(
    source,
    {
      row: (row, index) => (index === 0 ? "[\n" : ",\n") + serialize(row),
      tail: (rows) => (rows === 0 ? "[]\n" : "\n]\n"),
    },
    onDone,
  );
}

/**
 * NDJSON → NDJSON. With no columns and no flattening the bytes go through untouched (malformed
 * lines included, no stats); otherwise each row is projected/flattened, malformed lines skipped.
 */
export function ndjsonPassthrough(source: ReadableStream<Uint8Array>, options: JsonExportOptions = {}, onDone?: (stats: ExportStats) => void): ReadableStream<Uint8Array> {
  if (options.columns || options.flatten) {
    const serialize = rowSerializer(options);
    return renderRows(source, { row: (row) => `${serialize(row)}\n` }, onDone);
  }
  const reader = source.getReader();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return controller.close();
          if (value.byteLength > 0) return controller.enqueue(value);
        }
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
