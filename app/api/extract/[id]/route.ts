import { errorResponse, noStore, parseWith } from "@/lib/api/handler";
import { getProvider } from "@/lib/extract/provider";
import { taskIdSchema } from "@/lib/extract/types";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const id = parseWith(taskIdSchema, (await params).id, "task id");
    const task = await getProvider().get(id, request.signal);
    return Response.json(task, noStore());
  } catch (err) {
    return errorResponse(err);
  }
}
