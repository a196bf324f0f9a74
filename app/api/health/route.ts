import { activeProviderName } from "@/lib/extract/provider";
import type { Health } from "@/lib/extract/types";

export const dynamic = "force-dynamic";

export function GET() {
  const provider = activeProviderName();
  const body: Health = provider
    ? { ok: true, provider }
    : { ok: true, provider: null, message: "No extraction provider is configured: set LINKUP_API_KEY on the server and restart." };
  return Response.json(body, { headers: { "cache-control": "no-store" } });
}
