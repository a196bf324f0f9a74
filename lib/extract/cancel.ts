import "server-only";
import { embeddedEngine } from "@/lib/engine/provider";
import { ApiError } from "@/lib/errors";
import { withProvider } from "./merged-list";
import { providerForTask } from "./provider";
import type { Task } from "./types";

/**
 * Cancels task `id` (the studio's own action: Linkup's contract, which /v1 serves, has none). Only the
 * embedded engine can: Linkup's API cannot stop a task, and Linkup is not even asked.
 */
export async function cancelTask(id: string, requested: string | null | undefined): Promise<Task> {
  if (providerForTask(id, requested).name !== "embedded") throw new ApiError("cancel_not_supported");
  return withProvider(await embeddedEngine().cancel(id), "embedded");
}
