import { errorResponse, parseWith } from "@/lib/api/handler";
import { requireAccess } from "@/lib/auth/access";
import { countRows } from "@/lib/export/count-rows";
import { providerForTask, providerParam } from "@/lib/extract/provider";
import { taskIdSchema } from "@/lib/extract/types";
import { methodsNotServed } from "@/lib/api/methods";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed(["GET"], { guard: requireAccess });

/**
 * `{ rows, malformed }`: how many lines of the result are rows, and how many are not (malformed)
 * and so are left out of the grid and of every export. A streamed export cannot end with that
 * count, so an API client asks here (one pass over the result, nothing held).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    requireAccess(request);
    const id = parseWith(taskIdSchema, (await params).id, "task id");
    const result = await providerForTask(id, providerParam(request)).openResult(id, request.signal);
    return Response.json(await countRows(result.body), { headers: { "cache-control": "no-store" } });
  } catch (err) {
    return errorResponse(err);
  }
}
