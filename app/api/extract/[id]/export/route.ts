import type { NextRequest } from "next/server";
import { errorResponse, parseWith } from "@/lib/api/handler";
import { exportFileName, exportQuerySchema } from "@/lib/export/options";
import { collectColumns, ndjsonToCsv } from "@/lib/export/ndjson-to-csv";
import { columnsFromSchema } from "@/lib/extract/columns";
import { providerFor, providerParam } from "@/lib/extract/provider";
import { taskIdSchema } from "@/lib/extract/types";
import { log } from "@/lib/log";

export const dynamic = "force-dynamic";

/** CSV built on the server from the NDJSON stream, so a million rows never sit in a browser tab. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    const id = parseWith(taskIdSchema, (await params).id, "task id");
    const search = request.nextUrl.searchParams;
    const query = parseWith(
      exportQuerySchema,
      { format: search.get("format") ?? undefined, columns: search.getAll("column"), bom: search.get("bom") ?? undefined, formulaGuard: search.get("formulaGuard") ?? undefined },
      "export request",
    );
    const provider = providerFor(providerParam(request));
    let columns = query.columns;
    if (columns.length === 0) {
      const task = await provider.get(id, request.signal);
      columns = columnsFromSchema(task.input.schema);
      // No schema and no column list: one extra pass over the result to learn its keys.
      if (columns.length === 0) columns = await collectColumns((await provider.openResult(id, request.signal)).body);
    }
    const result = await provider.openResult(id, request.signal);
    const body = ndjsonToCsv(result.body, columns, { bom: query.bom, formulaGuard: query.formulaGuard }, (stats) => {
      if (stats.malformed) log.warn(`CSV export of task ${id}: skipped ${stats.malformed} malformed line(s)`);
    });
    return new Response(body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${exportFileName(result.task, "csv")}"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
