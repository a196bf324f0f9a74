"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { ErrorAlert } from "@/components/ui/error-alert";
import { ApiError, isErrorCode } from "@/lib/errors";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatCount, formatTimestamp } from "@/lib/format";
import type { ProviderName } from "@/lib/extract/types";
import { isPreview, taskHref, tasksPageQueryOptions } from "@/lib/queries/tasks";
import { readableSeedUrl } from "./seed-url";
import { filterTasks, tasksHref } from "./task-filter";
import { TasksFilter } from "./tasks-filter";
import { unreadableNote } from "./unreadable-note";
import { useAddressFilter } from "./use-address-filter";

export function TasksList({ page, activeProvider }: { page: number; activeProvider: ProviderName }) {
  const { data, error, isPending, isFetching, isPlaceholderData } = useQuery({ ...tasksPageQueryOptions(page), placeholderData: keepPreviousData });
  const router = useRouter();
  // The filter is kept in the address: a reload or a shared link keeps it.
  const [filter, changeFilter] = useAddressFilter(page);
  const pageLink = (to: number) => tasksHref(to, filter);
  // A page past the last (an old link, a hand-typed ?page=999) goes to the last page, rather than
  // showing "Page 999 of 7" over an empty table.
  const lastPage = data && data.metadata.total > 0 && !isPlaceholderData ? Math.max(1, data.metadata.totalPages) : null;
  const beyond = lastPage !== null && page > lastPage;
  useEffect(() => {
    if (beyond) router.replace(tasksHref(lastPage, filter));
  }, [beyond, lastPage, router, filter]);

  if (isPending || beyond) return <p className="text-sm text-slate-500">Loading tasks…</p>;
  if (!data) return <ErrorAlert error={error} title="The tasks could not be loaded." testId="tasks-error" />;

  const { metadata } = data;
  // Linkup's tasks could not be listed: the free previews are, and the analyst is told what is missing.
  const unavailable = data.unavailable ? (
    <ErrorAlert
      error={new ApiError(isErrorCode(data.unavailable.code) ? data.unavailable.code : "upstream_error", data.unavailable.message)}
      title="Linkup's tasks could not be listed: only the free previews are shown."
      testId="tasks-unavailable"
    />
  ) : null;
  const unreadable = data.unreadable ? (
    <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="tasks-unreadable">
      {unreadableNote(data.unreadable)}
    </p>
  ) : null;
  if (metadata.total === 0) {
    return (
      <p className="text-sm text-slate-600" data-testid="tasks-empty">
        No extractions yet.{" "}
        <Link href="/" className="text-indigo-700 underline">
          Compose the first one
        </Link>
        .
      </p>
    );
  }

  const shown = filterTasks(data.data, filter);
  return (
    <div className="space-y-3" aria-busy={isFetching}>
      {unavailable}
      {unreadable}
      <TasksFilter value={filter} onChange={changeFilter} shown={shown.length} listed={data.data.length} />
      {shown.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm text-slate-600" data-testid="tasks-filter-empty">
          No task on this page matches “{filter.trim()}”: its query, site and status are searched.{" "}
          {metadata.totalPages > 1 ? "Other pages may hold it. " : ""}
          <button type="button" className="text-indigo-700 underline" onClick={() => changeFilter("")}>
            Clear the filter
          </button>
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm" data-testid="tasks-table">
            <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="px-4 py-2">Query</th>
                <th className="px-4 py-2">Seed URL</th>
                <th className="px-4 py-2">Status</th>
                <th className="px-4 py-2 text-right">Rows</th>
                <th className="px-4 py-2">Created</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {shown.map((task) => (
                <tr key={`${task.provider ?? ""}:${task.id}`} data-testid="task-row" data-task-id={task.id} data-preview={isPreview(task, activeProvider) || undefined}>
                  <td className="max-w-md px-4 py-2">
                    <Link href={taskHref(task, activeProvider)} className="line-clamp-2 text-indigo-700 hover:underline">
                      {task.input.q}
                    </Link>
                    {isPreview(task, activeProvider) ? (
                      <span className="mt-1 inline-block rounded-full bg-sky-100 px-2 py-0.5 text-xs font-medium text-sky-800" data-testid="task-preview-badge">
                        Free preview
                      </span>
                    ) : null}
                  </td>
                  <td className="max-w-xs truncate px-4 py-2 text-slate-600" title={task.input.url} data-testid="task-seed-url">
                    {readableSeedUrl(task.input.url)}
                  </td>
                  <td className="px-4 py-2">
                    <StatusBadge status={task.status} />
                  </td>
                  <td className="px-4 py-2 text-right tabular-nums">{task.output ? formatCount(task.output.rowsReturned) : "—"}</td>
                  <td className="whitespace-nowrap px-4 py-2 text-slate-600">{formatTimestamp(task.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="flex items-center gap-3 text-sm" aria-label="Pagination">
        {page > 1 ? (
          <Link href={pageLink(page - 1)} data-testid="prev-page" className="rounded border border-slate-300 bg-white px-3 py-1">
            ← Newer
          </Link>
        ) : null}
        <span data-testid="page-info">
          Page {metadata.page} of {Math.max(1, metadata.totalPages)} · {formatCount(metadata.total)} tasks
        </span>
        {page < metadata.totalPages ? (
          <Link href={pageLink(page + 1)} data-testid="next-page" className="rounded border border-slate-300 bg-white px-3 py-1">
            Older →
          </Link>
        ) : null}
      </nav>
      {error ? <ErrorAlert error={error} title="Refreshing the list failed." testId="tasks-error" /> : null}
    </div>
  );
}
