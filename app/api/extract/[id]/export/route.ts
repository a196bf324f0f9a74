import type { NextRequest } from "next/server";
import { errorResponse, parseWith } from "@/lib/api/handler";
import { exportStream } from "@/lib/export/export";
import { exportFileName, exportFormats, exportQuerySchema } from "@/lib/export/options";
import { collectColumns } from "@/lib/export/ndjson-to-csv";
import { columnsFromSchema } from "@/lib/extract/columns";
import { providerFor, providerParam } from "@/lib/extract/provider";
import { taskIdSchema } from "@/lib/extract/types";
import { log } from "@/lib/log";

export const dynamic = "force-dynamic";

/** Exports (CSV, XLSX, JSON, NDJSON) streamed by the server from the NDJSON result, never buffered. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    const id = parseWith(taskIdSchema, (await params).id, "task id");
    const search = request.nextUrl.searchParams;
    const query = parseWith(
      exportQuerySchema,
      {
        format: search.get("format") ?? undefined,
        columns: search.getAll("column"),
        flatten: search.get("flatten") ?? undefined,
        bom: search.get("bom") ?? undefined,
        formulaGuard: search.get("formulaGuard") ?? undefined,
      },
      "export request",
    );
    const format = exportFormats[query.format];
    const provider = providerFor(providerParam(request));
    let columns = query.columns;
    // A table needs its header first; JSON and NDJSON without a column list keep every key.
    if (columns.length === 0 && format.tabular) {
      if (!query.flatten) columns = columnsFromSchema((await provider.get(id, request.signal)).input.schema);
      // No column list (or flattened keys wanted): one extra pass over the result to learn its keys.
      if (columns.length === 0) columns = await collectColumns((await provider.openResult(id, request.signal)).body, { flatten: query.flatten });
    }
    const result = await provider.openResult(id, request.signal);
    const body = exportStream(query.format, result.body, { ...query, columns }, (stats) => {
      if (stats.malformed) log.warn(`${query.format.toUpperCase()} export of task ${id}: skipped ${stats.malformed} malformed line(s)`);
    });
    return new Response(body, {
      headers: {
        "content-type": format.contentType,
        "content-disposition": `attachment; filename="${exportFileName(result.task, format.extension)}"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
