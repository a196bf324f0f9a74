import type { NextRequest } from "next/server";
import { assertSameOrigin, errorResponse, parseWith, readForm } from "@/lib/api/handler";
import { requireAccess } from "@/lib/auth/access";
import { exportQuerySchema } from "@/lib/export/options";
import { exportResponse, parsePositions } from "@/lib/export/respond";
import { providerForTask, providerParam } from "@/lib/extract/provider";
import { taskIdSchema } from "@/lib/extract/types";
import { methodsNotServed } from "@/lib/api/methods";

export const dynamic = "force-dynamic";
export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotServed(["GET", "POST"], { guard: requireAccess });

const queryFrom = (params: URLSearchParams) =>
  parseWith(
    exportQuerySchema,
    {
      format: params.get("format") ?? undefined,
      columns: params.getAll("column"),
      flatten: params.get("flatten") ?? undefined,
      bom: params.get("bom") ?? undefined,
      formulaGuard: params.get("formulaGuard") ?? undefined,
    },
    "export request",
  );

/** Exports (CSV, XLSX, JSON, NDJSON) streamed by the server from the NDJSON result, never buffered. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    requireAccess(request);
    const id = parseWith(taskIdSchema, (await params).id, "task id");
    return await exportResponse(providerForTask(id, providerParam(request)), id, queryFrom(request.nextUrl.searchParams), null, request.signal);
  } catch (err) {
    return errorResponse(err);
  }
}

/**
 * The grid's current view (its filters and sort) as a file: a form post from the task page, with the
 * rows it shows as `rows=3,0,17`. A form post, so the browser downloads the file itself.
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    requireAccess(request);
    assertSameOrigin(request);
    const id = parseWith(taskIdSchema, (await params).id, "task id");
    const form = await readForm(request);
    const positions = parsePositions(form.get("rows") ?? "");
    return await exportResponse(providerForTask(id, providerParam(request)), id, queryFrom(form), positions, request.signal);
  } catch (err) {
    return errorResponse(err);
  }
}
