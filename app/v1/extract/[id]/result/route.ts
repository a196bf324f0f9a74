import type { NextRequest } from "next/server";
import { embeddedEngine } from "@/lib/engine/provider";
import { assertResultLink, linkupError, taskIdFromPath } from "@/lib/engine/v1";
import { methodsNotServed } from "@/lib/api/methods";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed(["GET"], { answer: linkupError });

/** The signed, time-limited result link: the signature is the credential, as with Linkup's links. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    // An id no task can have is unknown (404), as GET /v1/extract/{id} answers it.
    const id = taskIdFromPath((await params).id);
    const engine = embeddedEngine();
    assertResultLink(engine.signingSecret, id, request.nextUrl.searchParams);
    const result = await engine.openResult(id);
    return new Response(result.body, {
      headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" },
    });
  } catch (err) {
    return linkupError(err);
  }
}
