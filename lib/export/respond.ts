import "server-only";
import { abortOnError } from "@/lib/api/stream";
import { ApiError } from "@/lib/errors";
import { columnsFromSchema } from "@/lib/extract/columns";
import type { ExtractProvider, ResultStream } from "@/lib/extract/provider-types";
import { log } from "@/lib/log";
import { exportStream } from "./export";
import { collectColumns, missingColumns, peekColumns } from "./ndjson-to-csv";
import { exportFileName, exportFormats, type ExportQuery } from "./options";
import type { ExportStats } from "./rows";
import { selectRows } from "./select";

/**
 * An export as an HTTP response, streamed from the task's NDJSON. `positions` (rows the grid shows,
 * in its order) narrows it to a filtered and sorted view.
 */
export async function exportResponse(
  provider: ExtractProvider,
  id: string,
  query: ExportQuery,
  positions: readonly number[] | null,
  signal: AbortSignal,
): Promise<Response> {
  const format = exportFormats[query.format];
  let columns = query.columns;
  /** Counted before the body when a pass over the whole result comes first anyway; else unknown. */
  let counted: ExportStats | null = null;
  // A table needs its header first; JSON and NDJSON without a column list keep every key.
  if (columns.length === 0 && format.tabular) {
    const schema = query.flatten ? null : (await provider.get(id, signal)).input.schema;
    const named = columnsFromSchema(schema);
    // The grid's columns, which the file's header matches: the schema's properties in its order,
    // then any other key the rows have (a schema allows them unless it says
    // "additionalProperties": false). Learning those costs one extra pass over the result.
    if (named.length && schema?.additionalProperties === false) columns = named;
    else {
      counted = { rows: 0, malformed: 0 };
      columns = await collectColumns((await provider.openResult(id, signal)).body, { flatten: query.flatten, first: named, stats: counted });
    }
  }
  const result = await provider.openResult(id, signal);
  const source = query.columns.length ? await ofKnownColumns(provider, id, query, result, signal) : result.body;
  const rows = positions ? selectRows(source, positions) : source;
  const body = exportStream(query.format, rows, { ...query, columns }, (stats) => {
    if (stats.malformed) log.warn(`${query.format.toUpperCase()} export of task ${id}: skipped ${stats.malformed} malformed line(s)`);
  });
  // A result that breaks off must fail the download, never save a file short of rows.
  return new Response(abortOnError(body, `the ${query.format.toUpperCase()} export of task ${id}`, signal, 0), {
    headers: {
      "content-type": format.contentType,
      "content-disposition": `attachment; filename="${exportFileName(result.task, positions ? `view.${format.extension}` : format.extension)}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      // A streamed body can carry no count at its end (trailers are dropped by browsers, proxies and
      // most clients), so the count goes in a header when it is known before the body; otherwise
      // GET /api/extract/[id]/rows/summary gives it.
      ...(counted ? { [MALFORMED_HEADER]: String(counted.malformed) } : {}),
    },
  });
}

/** The lines of the result that are not rows, left out of the export (see the README's API table). */
export const MALFORMED_HEADER = "x-malformed-lines";

/** How much of a result is held while looking in its first rows for the columns an export names. */
const PEEK_BYTES = 4 * 1024 * 1024;

/**
 * The result's NDJSON, once every column the export names is known to be the result's own: the
 * schema names it, or a row has it. A column that is neither would be exported as an empty column
 * under a made-up header (a typo, a column list from another task): that is a 400 naming it.
 * The rows are looked at only for columns the schema does not name, in the start of the download
 * being exported (so the grid's own export links, which list the keys it has seen, cost nothing
 * more); only a column first seen past PEEK_BYTES costs a second pass, and a third download.
 */
async function ofKnownColumns(provider: ExtractProvider, id: string, query: ExportQuery, result: ResultStream, signal: AbortSignal) {
  const named = new Set(columnsFromSchema(result.task.input.schema));
  const wanted = [...new Set(query.columns.filter((c) => !named.has(c)))];
  if (!wanted.length) return result.body;
  const peek = await peekColumns(result.body, wanted, { flatten: query.flatten, limitBytes: PEEK_BYTES });
  if (peek.body) return peek.body;
  let missing = peek.missing;
  if (!peek.complete) {
    missing = await missingColumns((await provider.openResult(id, signal)).body, missing, { flatten: query.flatten });
    if (!missing.length) return (await provider.openResult(id, signal)).body;
  }
  const names = missing.map((c) => `“${c}”`).join(", ");
  throw new ApiError("bad_request", `The result has no column${missing.length === 1 ? "" : "s"} ${names}. Name columns of the result, or leave out “column” to export them all.`, {
    details: missing.map((c) => ({ field: "column", message: `The result has no column “${c}”.` })),
  });
}

const MAX_POSITIONS = 10_000_000;

/** "3,0,17" → [3, 0, 17]: whole numbers ≥ 0, at most MAX_POSITIONS of them. */
export function parsePositions(text: string): number[] {
  if (text.trim() === "") return [];
  const parts = text.split(",");
  if (parts.length > MAX_POSITIONS) throw new ApiError("bad_request", `Too many rows selected (${MAX_POSITIONS.toLocaleString("en")} at most).`);
  return parts.map((part) => {
    if (!/^\d{1,9}$/.test(part)) throw new ApiError("bad_request", "The selected rows must be a comma-separated list of row numbers.");
    return Number(part);
  });
}
