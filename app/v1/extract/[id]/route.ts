import type { NextRequest } from "next/server";
import { parseWith } from "@/lib/api/handler";
import { embeddedEngine } from "@/lib/engine/provider";
import { linkupError, requireEngineAuth, toLinkupTask } from "@/lib/engine/v1";
import { taskIdSchema } from "@/lib/extract/types";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    requireEngineAuth(request);
    const id = parseWith(taskIdSchema, (await params).id, "task id");
    const engine = embeddedEngine();
    return Response.json(toLinkupTask(await engine.get(id), engine, request.nextUrl.origin), { headers: { "cache-control": "no-store" } });
  } catch (err) {
    return linkupError(err);
  }
}
