import type { NextRequest } from "next/server";
import { embeddedEngine } from "@/lib/engine/provider";
import { linkupError, publicOrigin, requireEngineAuth, taskIdFromPath, toLinkupTask } from "@/lib/engine/v1";
import { methodsNotServed } from "@/lib/api/methods";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed(["GET"], { guard: requireEngineAuth, answer: linkupError });

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    requireEngineAuth(request);
    const id = taskIdFromPath((await params).id);
    const engine = embeddedEngine();
    return Response.json(toLinkupTask(await engine.get(id), engine, publicOrigin(request)), { headers: { "cache-control": "no-store" } });
  } catch (err) {
    return linkupError(err);
  }
}
