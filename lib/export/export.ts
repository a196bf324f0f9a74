import { ndjsonToCsv } from "./ndjson-to-csv";
import { ndjsonPassthrough, ndjsonToJsonArray } from "./ndjson-to-json";
import type { ExportFormat } from "./options";
import type { ExportStats } from "./rows";
import { ndjsonToXlsx } from "./xlsx";

export interface ExportStreamOptions {
  /**
   * Columns in order. Required (may be empty) for the tabular formats, csv and xlsx; for json and
   * ndjson, undefined or empty means every key of every row.
   */
  columns?: readonly string[];
  flatten: boolean;
  /** CSV only. */
  bom: boolean;
  /** CSV only. */
  formulaGuard: boolean;
  /** XLSX only: the ZIP entries' timestamp (defaults to now). */
  modified?: Date;
}

/** NDJSON result bytes → the export in `format`, as a pull-based stream. */
export function exportStream(
  format: ExportFormat,
  source: ReadableStream<Uint8Array>,
  options: ExportStreamOptions,
  onDone?: (stats: ExportStats) => void,
): ReadableStream<Uint8Array> {
  const columns = options.columns?.length ? options.columns : undefined;
  switch (format) {
    case "csv":
      return ndjsonToCsv(source, columns ?? [], { bom: options.bom, formulaGuard: options.formulaGuard, flatten: options.flatten }, onDone);
    case "xlsx":
      return ndjsonToXlsx(source, columns ?? [], { flatten: options.flatten, modified: options.modified }, onDone);
    case "json":
      return ndjsonToJsonArray(source, { columns, flatten: options.flatten }, onDone);
    case "ndjson":
      return ndjsonPassthrough(source, { columns, flatten: options.flatten }, onDone);
  }
}
