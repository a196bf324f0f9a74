import type { NextRequest } from "next/server";
import { parseWith } from "@/lib/api/handler";
import { verifyResultSignature } from "@/lib/engine/links";
import { embeddedEngine } from "@/lib/engine/provider";
import { linkupError } from "@/lib/engine/v1";
import { ApiError } from "@/lib/errors";
import { taskIdSchema } from "@/lib/extract/types";

export const dynamic = "force-dynamic";

/** The signed, time-limited result link: the signature is the credential, as with Linkup's links. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    const id = parseWith(taskIdSchema, (await params).id, "task id");
    const engine = embeddedEngine();
    const search = request.nextUrl.searchParams;
    const verdict = verifyResultSignature(engine.signingSecret, id, search.get("expires"), search.get("sig"));
    if (verdict !== "ok") {
      const message = verdict === "expired" ? "This result link has expired: get the task again for a fresh one." : "This result link is not valid.";
      return linkupError(new ApiError("linkup_forbidden", message, { status: 403 }));
    }
    const result = await engine.openResult(id);
    return new Response(result.body, {
      headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" },
    });
  } catch (err) {
    return linkupError(err);
  }
}
