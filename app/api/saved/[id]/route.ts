import { assertSameOrigin, errorResponse, parseWith } from "@/lib/api/handler";
import { requireAccess } from "@/lib/auth/access";
import { taskIdSchema } from "@/lib/extract/types";
import { savedExtractions } from "@/lib/store/saved";
import { methodsNotServed } from "@/lib/api/methods";

export const dynamic = "force-dynamic";
export const { GET, HEAD, POST, PUT, PATCH, OPTIONS } = methodsNotServed(["DELETE"], { guard: requireAccess });

export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    requireAccess(request);
    assertSameOrigin(request);
    savedExtractions().remove(parseWith(taskIdSchema, (await params).id, "saved extraction id"));
    return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
  } catch (err) {
    return errorResponse(err);
  }
}
