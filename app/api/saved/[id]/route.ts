import { assertSameOrigin, errorResponse, noStore, parseWith, readJson } from "@/lib/api/handler";
import { requireAccess } from "@/lib/auth/access";
import { renameSavedSchema, taskIdSchema } from "@/lib/extract/types";
import { savedExtractions } from "@/lib/store/saved";
import { methodsNotServed } from "@/lib/api/methods";

export const dynamic = "force-dynamic";
export const { GET, HEAD, POST, PUT, OPTIONS } = methodsNotServed(["PATCH", "DELETE"], { guard: requireAccess });

type Params = { params: Promise<{ id: string }> };

/** Renames a saved extraction: `{ name }`. A name another one has (ignoring case) is a 409. */
export async function PATCH(request: Request, { params }: Params) {
  try {
    requireAccess(request);
    assertSameOrigin(request);
    const id = parseWith(taskIdSchema, (await params).id, "saved extraction id");
    const { name } = parseWith(renameSavedSchema, await readJson(request), "saved extraction");
    return Response.json(savedExtractions().rename(id, name), noStore());
  } catch (err) {
    return errorResponse(err);
  }
}

export async function DELETE(request: Request, { params }: Params) {
  try {
    requireAccess(request);
    assertSameOrigin(request);
    savedExtractions().remove(parseWith(taskIdSchema, (await params).id, "saved extraction id"));
    return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
  } catch (err) {
    return errorResponse(err);
  }
}
