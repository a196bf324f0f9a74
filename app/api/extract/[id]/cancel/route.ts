import { assertSameOrigin, errorResponse, noStore, parseWith } from "@/lib/api/handler";
import { methodsNotServed } from "@/lib/api/methods";
import { timedRoute } from "@/lib/api/timing";
import { requireAccess } from "@/lib/auth/access";
import { cancelTask } from "@/lib/extract/cancel";
import { providerParam } from "@/lib/extract/provider";
import { taskIdSchema } from "@/lib/extract/types";

export const dynamic = "force-dynamic";
export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed(["POST"], { guard: requireAccess });

/** Cancel a task: it ends `failed`, saying so. The studio's own route: /v1 keeps Linkup's contract, which has no cancel. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return timedRoute(async () => {
    try {
      requireAccess(request);
      assertSameOrigin(request);
      const id = parseWith(taskIdSchema, (await params).id, "task id");
      const task = await cancelTask(id, providerParam(request));
      return Response.json(task, noStore());
    } catch (err) {
      return errorResponse(err);
    }
  });
}
