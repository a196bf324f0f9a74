import "server-only";
import { embeddedEngine } from "@/lib/engine/provider";
import { env } from "@/lib/env";
import { LinkupClient } from "@/lib/linkup/client";
import { registerSecret } from "@/lib/log";
import type { ExtractProvider } from "./provider-types";
import type { ProviderName } from "./types";

let linkup: LinkupClient | undefined;

/** Linkup when a key is configured; otherwise the embedded engine, so the studio works out of the box. */
export function activeProviderName(): ProviderName {
  return env().LINKUP_API_KEY ? "linkup" : "embedded";
}

export function getProvider(): ExtractProvider {
  const config = env();
  if (!config.LINKUP_API_KEY) return embeddedEngine();
  if (!linkup) {
    registerSecret(config.LINKUP_API_KEY);
    linkup = new LinkupClient({
      baseUrl: config.LINKUP_BASE_URL,
      apiKey: config.LINKUP_API_KEY,
      timeoutMs: config.LINKUP_TIMEOUT_MS,
      maxAttempts: config.LINKUP_MAX_ATTEMPTS,
      resultIdleTimeoutMs: config.LINKUP_RESULT_IDLE_TIMEOUT_MS,
    });
  }
  return linkup;
}

/**
 * The provider a request asks for: `?provider=embedded` runs a free preview on the embedded engine
 * even when Linkup is configured; anything else gets the active provider.
 */
export function providerFor(requested: string | null | undefined): ExtractProvider {
  return requested === "embedded" ? embeddedEngine() : getProvider();
}

export function providerParam(request: Request): string | null {
  return new URL(request.url).searchParams.get("provider");
}
