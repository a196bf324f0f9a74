import type { NextRequest } from "next/server";
import { parseExtraction, parseWith, readJson } from "@/lib/api/handler";
import { embeddedEngine } from "@/lib/engine/provider";
import { linkupError, publicOrigin, requireEngineAuth, toLinkupTask } from "@/lib/engine/v1";
import { listParamsSchema } from "@/lib/extract/types";

export const dynamic = "force-dynamic";

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
    const params = parseWith(listParamsSchema.extend({ pageSize: listParamsSchema.shape.pageSize.default(10) }), Object.fromEntries(request.nextUrl.searchParams), "list query");
    const engine = embeddedEngine();
    const page = await engine.list(params);
    const origin = publicOrigin(request);
    return Response.json({ metadata: page.metadata, data: page.data.map((t) => toLinkupTask(t, engine, origin)) }, { headers: { "cache-control": "no-store" } });
  } catch (err) {
    return linkupError(err);
  }
}
