import type { NextRequest } from "next/server";
import { assertSameOrigin, errorResponse, noStore, parseExtraction, parseWith, readJson } from "@/lib/api/handler";
import { timedRoute } from "@/lib/api/timing";
import { requireAccess } from "@/lib/auth/access";
import { listTasks, providerFor, providerParam } from "@/lib/extract/provider";
import { withProvider } from "@/lib/extract/merged-list";
import { listParamsSchema } from "@/lib/extract/types";
import { withCreateAllowance } from "@/lib/api/spend";
import { methodsNotServed } from "@/lib/api/methods";

export const dynamic = "force-dynamic";
export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotServed(["GET", "POST"], { guard: requireAccess });

/** Start an extraction. Sent upstream exactly once: a retried POST could start (and bill) a second task. */
export async function POST(request: Request) {
  return timedRoute(async () => {
    try {
      requireAccess(request);
      assertSameOrigin(request);
      const input = parseExtraction(await readJson(request));
      const provider = providerFor(providerParam(request));
      const task = await withCreateAllowance(request, () => provider.create(input));
      return Response.json(withProvider(task, provider.name), noStore({ status: 201 }));
    } catch (err) {
      return errorResponse(err);
    }
  });
}

export async function GET(request: NextRequest) {
  return timedRoute(async () => {
    try {
      requireAccess(request);
      const params = parseWith(listParamsSchema, Object.fromEntries(request.nextUrl.searchParams), "list query");
      const page = await listTasks(params, providerParam(request), request.signal);
      return Response.json(page, noStore());
    } catch (err) {
      return errorResponse(err);
    }
  });
}
