import { errorResponse, noStore, parseWith } from "@/lib/api/handler";
import { timedRoute } from "@/lib/api/timing";
import { requireAccess } from "@/lib/auth/access";
import { getTask, providerParam } from "@/lib/extract/provider";
import { taskIdSchema } from "@/lib/extract/types";
import { methodsNotServed } from "@/lib/api/methods";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed(["GET"], { guard: requireAccess });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return timedRoute(async () => {
    try {
      requireAccess(request);
      const id = parseWith(taskIdSchema, (await params).id, "task id");
      const task = await getTask(id, providerParam(request), request.signal);
      return Response.json(task, noStore());
    } catch (err) {
      return errorResponse(err);
    }
  });
}
