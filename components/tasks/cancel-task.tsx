"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorAlert } from "@/components/ui/error-alert";
import type { ProviderName, Task } from "@/lib/extract/types";
import { formatCount } from "@/lib/format";
import { cancelTaskRequest, taskDetailKey } from "@/lib/queries/tasks";

/**
 * Cancel, for a task the embedded engine is running or has queued (Linkup's API cannot stop a task,
 * so its tasks get no button). The confirm step is a modal whose default button keeps the task: a
 * double click on Cancel lands on the dialog, not on a confirm drawn in the button's place, and Enter
 * or Escape keeps the task running.
 */
export function CancelTask({ task, provider }: { task: Task; provider: ProviderName | null }) {
  const [open, setOpen] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  // After the dialog's own effect has shown it (a child's effects run first): showModal() focuses the
  // first button it finds, which would make Enter confirm.
  useEffect(() => {
    if (open) keep.current?.focus();
  }, [open]);
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => cancelTaskRequest(task.id, provider),
    onSuccess: (ended) => queryClient.setQueriesData({ queryKey: taskDetailKey(task.id) }, ended),
    // Refused (it ended meanwhile, say): the page shows how it ended at the next poll, at once.
    onError: () => void queryClient.invalidateQueries({ queryKey: taskDetailKey(task.id) }),
    onSettled: () => setOpen(false),
  });
  const pages = task.progress?.pagesFetched ?? 0;
  const lost =
    task.status === "pending"
      ? "It has not started yet: it leaves the queue."
      : `It stops now. What it has read so far (${formatCount(pages)} page${pages === 1 ? "" : "s"}) is not kept: a cancelled task ends as failed, with no rows.`;

  return (
    <>
      <Button variant="secondary" className="text-red-700" data-testid="task-cancel" disabled={cancel.isPending} onClick={() => setOpen(true)}>
        {cancel.isPending ? "Cancelling…" : "Cancel"}
      </Button>
      {cancel.isError ? (
        <div className="basis-full">
          <ErrorAlert error={cancel.error} title="The task could not be cancelled." testId="task-cancel-error" />
        </div>
      ) : null}
      <Dialog open={open} onClose={() => setOpen(false)} title="Cancel this extraction?" testId="task-cancel-dialog">
        <p className="text-sm text-slate-700">{lost}</p>
        <div className="mt-4 flex flex-wrap justify-end gap-2">
          <Button variant="secondary" className="text-red-700" data-testid="task-cancel-confirm" disabled={cancel.isPending} onClick={() => cancel.mutate()}>
            Cancel the extraction
          </Button>
          <Button ref={keep} data-testid="task-cancel-keep" onClick={() => setOpen(false)}>
            Keep it running
          </Button>
        </div>
      </Dialog>
    </>
  );
}
