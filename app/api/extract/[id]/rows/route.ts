import { errorResponse, parseWith } from "@/lib/api/handler";
import { abortOnError } from "@/lib/api/stream";
import { timedRoute } from "@/lib/api/timing";
import { providerFor, providerParam } from "@/lib/extract/provider";
import { taskIdSchema } from "@/lib/extract/types";

export const dynamic = "force-dynamic";

/**
 * The task's rows as NDJSON, streamed through from the provider: never buffered whole. A download
 * that fails part-way aborts the response (the client must not take it for the whole result).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return timedRoute(async () => {
    try {
      const id = parseWith(taskIdSchema, (await params).id, "task id");
      const result = await providerFor(providerParam(request)).openResult(id, request.signal);
      return new Response(abortOnError(result.body, `the rows of task ${id}`, request.signal), {
        headers: {
          "content-type": "application/x-ndjson; charset=utf-8",
          "cache-control": "no-store",
          "x-rows-returned": String(result.rowsReturned),
          "x-content-type-options": "nosniff",
        },
      });
    } catch (err) {
      return errorResponse(err);
    }
  });
}
