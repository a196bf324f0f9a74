import { errorResponse, parseWith } from "@/lib/api/handler";
import { timedRoute } from "@/lib/api/timing";
import { providerFor, providerParam } from "@/lib/extract/provider";
import { taskIdSchema } from "@/lib/extract/types";

export const dynamic = "force-dynamic";

/** The task's rows as NDJSON, streamed through from the provider: never buffered whole. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return timedRoute(async () => {
    try {
      const id = parseWith(taskIdSchema, (await params).id, "task id");
      const result = await providerFor(providerParam(request)).openResult(id, request.signal);
      return new Response(result.body, {
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
