import { assertSameOrigin, errorResponse, noStore, parseExtraction, parseWith, readJson } from "@/lib/api/handler";
import { requireAccess } from "@/lib/auth/access";
import { saveExtractionSchema } from "@/lib/extract/types";
import { savedExtractions } from "@/lib/store/saved";
import { methodsNotServed } from "@/lib/api/methods";

export const dynamic = "force-dynamic";
export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotServed(["GET", "POST"], { guard: requireAccess });

export function GET(request: Request) {
  try {
    requireAccess(request);
    return Response.json({ data: savedExtractions().list() }, noStore());
  } catch (err) {
    return errorResponse(err);
  }
}

export async function POST(request: Request) {
  try {
    requireAccess(request);
    assertSameOrigin(request);
    const body = parseWith(saveExtractionSchema, await readJson(request), "saved extraction");
    // What Run would refuse is not saved either: its schema gets the same checks and sentences.
    return Response.json(savedExtractions().save(body.name, parseExtraction(body.input)), noStore({ status: 201 }));
  } catch (err) {
    return errorResponse(err);
  }
}
