import "server-only";
import { abortOnError } from "@/lib/api/stream";
import { ApiError } from "@/lib/errors";
import { columnsFromSchema } from "@/lib/extract/columns";
import type { ExtractProvider } from "@/lib/extract/provider-types";
import { log } from "@/lib/log";
import { exportStream } from "./export";
import { collectColumns } from "./ndjson-to-csv";
import { exportFileName, exportFormats, type ExportQuery } from "./options";
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
  // A table needs its header first; JSON and NDJSON without a column list keep every key.
  if (columns.length === 0 && format.tabular) {
    if (!query.flatten) columns = columnsFromSchema((await provider.get(id, signal)).input.schema);
    // No column list (or flattened keys wanted): one extra pass over the result to learn its keys.
    if (columns.length === 0) columns = await collectColumns((await provider.openResult(id, signal)).body, { flatten: query.flatten });
  }
  const result = await provider.openResult(id, signal);
  const rows = positions ? selectRows(result.body, positions) : result.body;
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
    },
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
