import type { TaskStatus } from "@/lib/extract/types";

const styles: Record<TaskStatus, string> = {
  pending: "bg-slate-100 text-slate-700",
  processing: "bg-sky-100 text-sky-800",
  completed: "bg-emerald-100 text-emerald-800",
  failed: "bg-red-100 text-red-800",
};

export function StatusBadge({ status, testId }: { status: TaskStatus; testId?: string }) {
  return (
    <span data-testid={testId} data-status={status} className={`rounded-full px-2.5 py-0.5 text-xs font-medium ${styles[status]}`}>
      {status}
    </span>
  );
}
