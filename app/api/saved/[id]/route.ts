import { assertSameOrigin, errorResponse, parseWith } from "@/lib/api/handler";
import { taskIdSchema } from "@/lib/extract/types";
import { savedExtractions } from "@/lib/store/saved";

export const dynamic = "force-dynamic";

export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    assertSameOrigin(request);
    savedExtractions().remove(parseWith(taskIdSchema, (await params).id, "saved extraction id"));
    return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
  } catch (err) {
    return errorResponse(err);
  }
}
