import { activeProviderName } from "@/lib/extract/provider";
import type { Health } from "@/lib/extract/types";

export const dynamic = "force-dynamic";

export function GET() {
  const body: Health = { ok: true, provider: activeProviderName() };
  return Response.json(body, { headers: { "cache-control": "no-store" } });
}
