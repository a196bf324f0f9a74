import "server-only";
import { env } from "@/lib/env";
import { ApiError } from "@/lib/errors";
import { LinkupClient } from "@/lib/linkup/client";
import { registerSecret } from "@/lib/log";
import type { ExtractProvider } from "./provider-types";
import type { ProviderName } from "./types";

let provider: ExtractProvider | undefined;

/** The active provider, or `null` when none is configured. */
export function activeProviderName(): ProviderName | null {
  return env().LINKUP_API_KEY ? "linkup" : null;
}

export function getProvider(): ExtractProvider {
  if (provider) return provider;
  const config = env();
  if (!config.LINKUP_API_KEY) throw new ApiError("not_configured");
  registerSecret(config.LINKUP_API_KEY);
  provider = new LinkupClient({
    baseUrl: config.LINKUP_BASE_URL,
    apiKey: config.LINKUP_API_KEY,
    timeoutMs: config.LINKUP_TIMEOUT_MS,
    maxAttempts: config.LINKUP_MAX_ATTEMPTS,
  });
  return provider;
}
