"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { ResultsSection } from "@/components/results/results-section";
import { ErrorAlert } from "@/components/ui/error-alert";
import { ApiError } from "@/lib/errors";
import type { ProviderName } from "@/lib/extract/types";
import { fullTitle, taskTitle } from "@/lib/page-title";
import { isPreview, taskQueryOptions } from "@/lib/queries/tasks";
import { TaskProgress } from "./task-progress";
import { TaskSummary } from "./task-summary";

export function TaskView({ id, provider: requested, activeProvider }: { id: string; provider: ProviderName | null; activeProvider: ProviderName }) {
  const [watchStartedAt] = useState(() => Date.now());
  const { data: task, error, isPending, refetch, failureCount } = useQuery(taskQueryOptions(id, watchStartedAt, requested));
  // A preview opened without `?provider=embedded` (the server finds it in the embedded store) is
  // still one: marked so, and its rows, exports and sources asked of the embedded engine.
  const provider = requested ?? (task && isPreview(task, activeProvider) ? "embedded" : null);
  // The server titles only the studio's own tasks (a Linkup task would cost an upstream call per
  // page load); the poll has the query anyway, so a Linkup task's tab is named by it too.
  const q = task?.input.q;
  useEffect(() => {
    if (q !== undefined) document.title = fullTitle(taskTitle(q));
  }, [q]);
  // A failed check is retried (lib/queries/fetcher.ts shouldRetry) for several seconds before it
  // counts as an error: say so at the first failure rather than look as if nothing were wrong.
  const retrying =
    !error && failureCount > 0 ? (
      <p role="status" className="text-sm text-amber-700" data-testid="poll-retrying">
        Checking the task&apos;s status failed; trying again…
      </p>
    ) : null;
  // Polling goes on by itself after an error; the button is for not waiting for the next round
  // (it restarts a fetch that is still backing off between retries).
  const retry = (
    <Button variant="secondary" onClick={() => void refetch()} data-testid="task-retry">
      Retry now
    </Button>
  );

  if (isPending) {
    return (
      <div className="space-y-1">
        <p className="text-sm text-slate-500">Loading task…</p>
        {retrying}
      </div>
    );
  }
  if (!task) {
    const back = (
      <Link href="/tasks" className="underline">
        Back to all tasks
      </Link>
    );
    // No such task (a mistyped link, another organisation's task): retrying cannot help.
    if (error instanceof ApiError && error.status === 404) return <ErrorAlert error={error} title="Task not found." testId="task-load-error" action={back} />;
    return (
      <ErrorAlert
        error={error}
        title="This task could not be loaded."
        testId="task-load-error"
        action={
          <div className="flex items-center gap-4">
            {retry}
            {back}
          </div>
        }
      />
    );
  }

  return (
    <div className="space-y-6">
      <TaskSummary task={task} provider={provider} />
      {task.progress ? <TaskProgress progress={task.progress} status={task.status} /> : null}
      {/* A failed poll after the task loaded: keep what we have, say that updates are failing. */}
      {retrying}
      {error ? <ErrorAlert error={error} title="Status updates are failing; retrying." testId="poll-error" action={retry} /> : null}
      {task.status === "failed" ? (
        <ErrorAlert error={new Error(task.error ?? "The extraction failed (no reason was given).")} title="The extraction failed." testId="task-error" />
      ) : null}
      {task.status === "completed" ? <ResultsSection task={task} provider={provider} /> : null}
    </div>
  );
}
