import type { NextRequest } from "next/server";
import { parseExtraction, parseWith, readJson } from "@/lib/api/handler";
import { embeddedEngine } from "@/lib/engine/provider";
import { linkupError, linkupListQuerySchema, publicOrigin, requireEngineAuth, toLinkupPage, toLinkupTask } from "@/lib/engine/v1";
import { methodsNotServed } from "@/lib/api/methods";

export const dynamic = "force-dynamic";
export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotServed(["GET", "POST"], { guard: requireEngineAuth, answer: linkupError });

export async function POST(request: NextRequest) {
  try {
    requireEngineAuth(request);
    const input = parseExtraction(await readJson(request));
    const engine = embeddedEngine();
    const task = await engine.create(input);
    return Response.json(toLinkupTask(task, engine, publicOrigin(request)), { headers: { "cache-control": "no-store" } });
  } catch (err) {
    return linkupError(err);
  }
}

export async function GET(request: NextRequest) {
  try {
    requireEngineAuth(request);
    const params = parseWith(linkupListQuerySchema, Object.fromEntries(request.nextUrl.searchParams), "list query");
    const engine = embeddedEngine();
    return Response.json(toLinkupPage(await engine.list(params), engine, publicOrigin(request)), { headers: { "cache-control": "no-store" } });
  } catch (err) {
    return linkupError(err);
  }
}
