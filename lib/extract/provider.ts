import "server-only";
import { embeddedEngine } from "@/lib/engine/provider";
import { env } from "@/lib/env";
import { LinkupClient } from "@/lib/linkup/client";
import { registerSecret } from "@/lib/log";
import { mergedList, withProvider } from "./merged-list";
import type { ExtractProvider } from "./provider-types";
import type { ListParams, ProviderName, Task, TaskPage } from "./types";

let linkup: LinkupClient | undefined;

/** Linkup when a key is configured; otherwise the embedded engine, so the studio works out of the box. */
export function activeProviderName(): ProviderName {
  return env().LINKUP_API_KEY ? "linkup" : "embedded";
}

function getProvider(): ExtractProvider {
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

/**
 * The provider that holds task `id`. Both providers hand out UUIDs, so the id cannot say whether it
 * is a free preview: the embedded store, which is local, is asked first, and Linkup is never asked
 * about a task that store has (a preview's link then works without `?provider=embedded`).
 */
export function providerForTask(id: string, requested: string | null | undefined): ExtractProvider {
  if (requested === "embedded" || activeProviderName() === "embedded") return embeddedEngine();
  const embedded = embeddedEngine();
  return embedded.store.get(id) ? embedded : getProvider();
}

/** One task, marked with the provider that holds it. */
export async function getTask(id: string, requested: string | null | undefined, signal?: AbortSignal): Promise<Task> {
  const provider = providerForTask(id, requested);
  return withProvider(await provider.get(id, signal), provider.name);
}

/**
 * The tasks list. With Linkup active it holds the embedded engine's free previews too, merged in
 * the list's order and marked as such, so a preview is not lost once its tab is closed.
 */
export async function listTasks(params: ListParams, requested: string | null | undefined, signal?: AbortSignal): Promise<TaskPage> {
  const provider = providerFor(requested);
  if (provider.name === "embedded") {
    const page = await provider.list(params, signal);
    return { ...page, data: page.data.map((t) => withProvider(t, "embedded")) };
  }
  return mergedList(provider, embeddedEngine().store, "embedded", params, signal);
}
