import { ApiError } from "@/lib/errors";
import type { ExtractInput, ListParams, ProviderName, Task, TaskPage, TaskStatus } from "./types";

export interface ResultStream {
  /** The NDJSON bytes, as they arrive. Cancel it to stop the download. */
  body: ReadableStream<Uint8Array>;
  rowsReturned: number;
  task: Task;
}

/**
 * A provider's page of tasks. `unreadableAt`: where, in the page as the provider sent it, tasks sat
 * that could not be read and are left out of `data`; the merged list keeps their places so its
 * paging stays in step with the provider's.
 */
export type ProviderTaskPage = TaskPage & { unreadableAt?: number[] };

/** The seam between the studio and whatever runs extractions (Linkup, or the embedded engine). */
export interface ExtractProvider {
  readonly name: ProviderName;
  create(input: ExtractInput, signal?: AbortSignal): Promise<Task>;
  get(id: string, signal?: AbortSignal): Promise<Task>;
  list(params: ListParams, signal?: AbortSignal): Promise<ProviderTaskPage>;
  openResult(id: string, signal?: AbortSignal): Promise<ResultStream>;
}

/**
 * Why the result of a task that has not completed cannot be opened (409 either way): one still
 * running will have it, so waiting helps; a failed one never will.
 */
export function noResultError(status: TaskStatus): ApiError {
  if (status === "failed") return new ApiError("result_not_ready", "This task failed, so it has no rows to download. Run the extraction again.");
  return new ApiError("result_not_ready");
}
