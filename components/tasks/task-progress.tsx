import type { TaskProgress as Progress, TaskStatus } from "@/lib/extract/types";
import { formatCount } from "@/lib/format";
import { progressView } from "./progress-view";

/**
 * The embedded engine's counters: what it fetched, found, kept and dropped (and why). Live while
 * the task runs; once it has ended, the final state (see progressView for how the last report is
 * read).
 */
export function TaskProgress({ progress, status }: { progress: Progress; status: TaskStatus }) {
  const view = progressView(progress, status);
  const { rowsDropped: d } = progress;
  const dropped = d.invalid + d.duplicate + d.deadLinks;
  // Before the engine has counted, 0 kept would read as "nothing matched so far".
  const notYet = "—";
  return (
    <section
      aria-label="Progress"
      data-testid="task-progress"
      data-ongoing={view.ongoing}
      className="rounded-lg border border-slate-200 bg-white p-5 text-sm"
    >
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-5">
        <Stat label="Stage" value={view.stage} testId="progress-stage" />
        <Stat label="Pages fetched" value={formatCount(progress.pagesFetched)} testId="progress-pages">
          {view.pageOfBound ? (
            <dd className="mt-0.5 text-xs text-slate-500" data-testid="progress-page-bound">
              {view.pageOfBound}
            </dd>
          ) : null}
        </Stat>
        <Stat label="Records found" value={formatCount(progress.recordsFound)} testId="progress-records" />
        <Stat label="Rows kept" value={view.rowsCounted ? formatCount(progress.rowsKept) : notYet} testId="progress-kept" />
        <Stat label="Rows dropped" value={view.rowsCounted ? formatCount(dropped) : notYet} testId="progress-dropped" />
      </dl>
      {view.rowsCounted ? null : (
        <p className="mt-3 text-slate-600" data-testid="progress-kept-pending">
          Rows are kept or dropped once every page is read: duplicates and rows that do not match the schema are removed then. The
          table fills in when the extraction completes.
        </p>
      )}
      {dropped > 0 ? (
        <p className="mt-3 text-slate-600" data-testid="progress-dropped-why">
          Dropped: {formatCount(d.invalid)} not matching the schema, {formatCount(d.duplicate)} duplicates, {formatCount(d.deadLinks)} with dead links.
        </p>
      ) : null}
      {view.currentUrl ? (
        <p className="mt-2 truncate text-xs text-slate-500" title={view.currentUrl} data-testid="progress-current-url">
          Now: {view.currentUrl}
        </p>
      ) : null}
      {progress.notes.length ? (
        <ul className="mt-2 list-disc pl-5 text-xs text-slate-600" data-testid="progress-notes">
          {progress.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** One counter; `children` are further `<dd>`s about it. */
function Stat({ label, value, testId, children }: { label: string; value: string; testId: string; children?: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-0.5 tabular-nums" data-testid={testId}>
        {value}
      </dd>
      {children}
    </div>
  );
}
