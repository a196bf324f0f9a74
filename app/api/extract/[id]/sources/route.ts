import type { NextRequest } from "next/server";
import { z } from "zod";
import { errorResponse, noStore, parseWith } from "@/lib/api/handler";
import { requireAccess } from "@/lib/auth/access";
import { embeddedEngine } from "@/lib/engine/provider";
import { ApiError } from "@/lib/errors";
import { providerForTask, providerParam } from "@/lib/extract/provider";
import { taskIdSchema } from "@/lib/extract/types";
import { methodsNotServed } from "@/lib/api/methods";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed(["GET"], { guard: requireAccess });

const rowIndexSchema = z.coerce.number({ error: "row must be a whole number ≥ 0" }).int("row must be a whole number ≥ 0").min(0, "row must be a whole number ≥ 0").max(100_000_000);

/** Where row N came from (page URL and the XPath of its record): embedded-engine tasks only. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    requireAccess(request);
    const id = parseWith(taskIdSchema, (await params).id, "task id");
    const row = parseWith(rowIndexSchema, request.nextUrl.searchParams.get("row") ?? undefined, "row index");
    if (providerForTask(id, providerParam(request)).name !== "embedded") throw new ApiError("not_found", "Row sources are kept only for embedded-engine tasks.");
    const source = await embeddedEngine().sourceOf(id, row);
    if (!source) throw new ApiError("not_found", "This row has no recorded source.");
    return Response.json(source, noStore());
  } catch (err) {
    return errorResponse(err);
  }
}
