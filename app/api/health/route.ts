import { accessRequired, hasSession } from "@/lib/auth/access";
import { activeProviderName } from "@/lib/extract/provider";
import type { Health } from "@/lib/extract/types";
import { methodsNotServed } from "@/lib/api/methods";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed(["GET"]);

/** Public (start-up probes poll it); which provider runs is for signed-in users only. */
export function GET(request: Request) {
  const body: Health | { ok: true } = accessRequired() && !hasSession(request) ? { ok: true } : { ok: true, provider: activeProviderName() };
  return Response.json(body, { headers: { "cache-control": "no-store" } });
}
