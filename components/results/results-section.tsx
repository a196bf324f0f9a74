"use client";

import dynamic from "next/dynamic";
import type { ProviderName, Task } from "@/lib/extract/types";
import { useRowStream } from "./use-row-stream";

// AG Grid is heavy and browser-only: loaded on the client only. Its chunk is requested as soon as
// a task page loads (not once the task has been fetched and found completed): fetching and
// compiling it is the longest step before the first rows show.
const loadPanel = () => import("./results-panel");
if (typeof window !== "undefined") void loadPanel();
const ResultsPanel = dynamic(() => loadPanel().then((m) => m.ResultsPanel), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-500">Loading the grid…</p>,
});

/**
 * A completed task's rows: the rows worker starts fetching and parsing them at once, while the
 * grid's chunk (AG Grid) is still downloading and compiling, so the first rows are ready when the
 * grid is.
 */
export function ResultsSection({ task, provider }: { task: Task; provider: ProviderName | null }) {
  const stream = useRowStream({ taskId: task.id, provider, schema: task.input.schema });
  return <ResultsPanel task={task} provider={provider} stream={stream} />;
}
