import { z } from "zod";
import { errorResponse, parseWith } from "@/lib/api/handler";
import { abortOnError } from "@/lib/api/stream";
import { timedRoute } from "@/lib/api/timing";
import { requireAccess } from "@/lib/auth/access";
import { providerForTask, providerParam } from "@/lib/extract/provider";
import { taskIdSchema } from "@/lib/extract/types";
import { skipLines } from "@/lib/ndjson/skip-lines";
import { methodsNotServed } from "@/lib/api/methods";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed(["GET"], { guard: requireAccess });

/** `from=N`: the lines a broken-off download already delivered, skipped here so they are not sent again. */
const fromSchema = z.coerce.number({ error: "from must be a line count" }).int("from must be a whole number").min(0, "from cannot be negative").max(1e9, "from is too large").default(0);

/**
 * The task's rows as NDJSON, streamed through from the provider: never buffered whole. A download
 * that fails part-way aborts the response (the client must not take it for the whole result).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return timedRoute(async () => {
    try {
      requireAccess(request);
      const id = parseWith(taskIdSchema, (await params).id, "task id");
      const from = parseWith(fromSchema, new URL(request.url).searchParams.get("from") ?? undefined, "from");
      const result = await providerForTask(id, providerParam(request)).openResult(id, request.signal);
      return new Response(abortOnError(skipLines(result.body, from), `the rows of task ${id}`, request.signal), {
        headers: {
          "content-type": "application/x-ndjson; charset=utf-8",
          "cache-control": "no-store",
          "x-rows-returned": String(result.rowsReturned),
          "x-skipped-lines": String(from),
          "x-content-type-options": "nosniff",
        },
      });
    } catch (err) {
      return errorResponse(err);
    }
  });
}
