"use client";

import { Button } from "@/components/ui/button";
import { formatCount } from "@/lib/format";
import type { RowStreamStatus } from "./use-row-stream";

/**
 * "12.3 MB" (decimal megabytes, one decimal), or "48 KB" below 0.1 MB, where megabytes would read
 * "0.0 MB" for a small result.
 */
export function formatSize(bytes: number): string {
  if (bytes < 100_000) return `${Math.ceil(bytes / 1_000).toLocaleString("en")} KB`;
  return `${(bytes / 1_000_000).toLocaleString("en", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
}

const statusText: Record<RowStreamStatus, string> = {
  loading: "Loading rows",
  done: "All rows loaded",
  error: "Loading stopped by an error",
  cancelled: "Loading cancelled",
};

/**
 * Progress of a rows load: a bar (rows of `total` when the total is known, else bytes of
 * `totalBytes`, else indeterminate), "1,234 / 5,000 rows · 12.3 MB", and Cancel while loading.
 */
export function LoadProgress({
  loaded,
  total,
  bytes,
  totalBytes,
  status,
  onCancel,
}: {
  loaded: number;
  /** The task's rowsReturned (0 or null: unknown). */
  total: number | null;
  bytes: number;
  totalBytes: number | null;
  status: RowStreamStatus;
  onCancel?: () => void;
}) {
  const fraction =
    status === "done" ? 1 : total ? Math.min(1, loaded / total) : totalBytes ? Math.min(1, bytes / totalBytes) : null;
  const percent = fraction === null ? null : Math.round(fraction * 100);
  const rowsText = total ? `${formatCount(loaded)} / ${formatCount(total)} rows` : `${formatCount(loaded)} rows`;
  const bytesText = totalBytes ? `${formatSize(bytes)} / ${formatSize(totalBytes)}` : formatSize(bytes);
  const barColour = status === "error" ? "bg-red-600" : status === "cancelled" ? "bg-slate-400" : status === "done" ? "bg-emerald-600" : "bg-indigo-600";

  return (
    <div data-testid="load-progress" data-status={status} data-loaded={loaded} className="flex flex-wrap items-center gap-3 text-sm">
      <div
        role="progressbar"
        aria-label={statusText[status]}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={`${rowsText} · ${bytesText}`}
        aria-busy={status === "loading"}
        className="relative h-2 w-48 overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={`h-full ${barColour} ${percent === null && status === "loading" ? "w-1/3 animate-pulse" : ""}`}
          style={percent === null ? undefined : { width: `${percent}%` }}
        />
      </div>
      <span className="tabular-nums text-slate-700" data-testid="load-progress-text">
        {rowsText} · {bytesText}
        {status === "cancelled" ? " (cancelled)" : ""}
      </span>
      {status === "loading" && onCancel ? (
        <Button variant="secondary" className="px-2 py-1" onClick={onCancel} data-testid="load-cancel">
          Cancel
        </Button>
      ) : null}
    </div>
  );
}
