"use client";

import { useEffect, useRef, useState, type RefObject } from "react";
import { StatusBadge } from "@/components/ui/status-badge";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { isTerminal, type ProviderName, type Task } from "@/lib/extract/types";
import { providerQuery } from "@/lib/queries/tasks";
import { formatCount, formatDuration, formatTimestamp } from "@/lib/format";
import { CancelTask } from "./cancel-task";

function useNow(active: boolean) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

/**
 * Whether the heading cuts its text short: a query can be 2,000 characters, and shown whole it
 * pushed the task's figures and rows a screen down, so it is cut to three lines, with a button to
 * show it whole when (at this width) it does not fit them.
 */
function useClamped(ref: RefObject<HTMLElement | null>, text: string): boolean {
  const [clamped, setClamped] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setClamped(el.scrollHeight > el.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, text]);
  return clamped;
}

export function TaskSummary({ task, provider }: { task: Task; provider: ProviderName | null }) {
  const terminal = isTerminal(task.status);
  const now = useNow(!terminal);
  const started = Date.parse(task.createdAt);
  const ended = terminal ? Date.parse(task.updatedAt) : now;
  const [wholeQuery, setWholeQuery] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const clamped = useClamped(heading, task.input.q);

  return (
    <section aria-labelledby="task-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="task-heading" ref={heading} className={`min-w-0 break-words text-xl font-semibold ${wholeQuery ? "" : "line-clamp-3"}`} data-testid="task-query">
          {task.input.q}
        </h1>
        {clamped || wholeQuery ? (
          <button type="button" className="text-sm text-indigo-700 underline" aria-expanded={wholeQuery} aria-controls="task-heading" data-testid="task-query-toggle" onClick={() => setWholeQuery((w) => !w)}>
            {wholeQuery ? "Show less" : "Show the whole query"}
          </button>
        ) : null}
        <StatusBadge status={task.status} testId="task-status" />
        {provider === "embedded" ? (
          <span className="rounded-full bg-sky-100 px-2.5 py-0.5 text-xs font-medium text-sky-800" data-testid="preview-badge">
            Free preview on the embedded engine
          </span>
        ) : null}
        <Link
          href={`/?from=${encodeURIComponent(task.id)}${providerQuery(provider).replace("?", "&")}`}
          className={`${buttonClass("secondary")} ml-auto`}
          data-testid="duplicate-task"
        >
          Duplicate and edit
        </Link>
        {/* Only the embedded engine can stop a task; `provider` on the task is the one that holds it. */}
        {!terminal && task.provider === "embedded" ? <CancelTask task={task} provider={provider} /> : null}
      </div>
      <p className="mt-1 break-all text-sm text-slate-600">
        from{" "}
        <a href={task.input.url} target="_blank" rel="noopener noreferrer" className="text-indigo-700 underline">
          {task.input.url}
        </a>
        {task.input.verifyUrls ? " · URLs verified" : ""}
        {task.input.schema ? " · with a row schema" : ""}
      </p>
      <dl className="mt-4 grid grid-cols-2 gap-4 text-sm sm:grid-cols-3 lg:grid-cols-6">
        <Item label="Elapsed" testId="task-elapsed" value={Number.isNaN(started) ? "—" : formatDuration(ended - started)} />
        <Item label="Created" testId="task-created" value={formatTimestamp(task.createdAt)} />
        <Item label="Updated" testId="task-updated" value={formatTimestamp(task.updatedAt)} />
        <Item label="Credits used" testId="task-credits" value={task.output ? formatCount(task.output.creditsUsed) : "—"} />
        <Item label="Rows returned" testId="task-rows" value={task.output ? formatCount(task.output.rowsReturned) : "—"} />
        <Item label="Task id" testId="task-id" value={task.id} mono />
      </dl>
      {!terminal ? (
        <p className="mt-3 text-xs text-slate-500" role="status">
          {task.status !== "pending" ? "Extracting; " : task.provider === "embedded" ? "Queued: waiting for a free engine slot; " : "Queued at the provider; "}this page
          updates by itself.
        </p>
      ) : null}
    </section>
  );
}

function Item({ label, value, testId, mono }: { label: string; value: string; testId: string; mono?: boolean }) {
  return (
    <div>
      <dt className="text-xs uppercase tracking-wide text-slate-500">{label}</dt>
      <dd data-testid={testId} className={`mt-0.5 ${mono ? "break-all font-mono text-xs" : ""}`}>
        {value}
      </dd>
    </div>
  );
}
