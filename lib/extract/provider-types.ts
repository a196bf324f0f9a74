import type { ExtractInput, ListParams, ProviderName, Task, TaskPage } from "./types";

export interface ResultStream {
  /** The NDJSON bytes, as they arrive. Cancel it to stop the download. */
  body: ReadableStream<Uint8Array>;
  rowsReturned: number;
  task: Task;
}

/** The seam between the studio and whatever runs extractions (Linkup, or the embedded engine). */
export interface ExtractProvider {
  readonly name: ProviderName;
  create(input: ExtractInput, signal?: AbortSignal): Promise<Task>;
  get(id: string, signal?: AbortSignal): Promise<Task>;
  list(params: ListParams, signal?: AbortSignal): Promise<TaskPage>;
  openResult(id: string, signal?: AbortSignal): Promise<ResultStream>;
}
