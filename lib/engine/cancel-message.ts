import type { TaskProgress } from "@/lib/extract/types";

const pages = (n: number) => `${n.toLocaleString("en")} page${n === 1 ? "" : "s"}`;

/**
 * The error a cancelled task ends with. Linkup's contract has no cancelled status: the task is
 * `failed`, and a failed task has no output, so the rows read so far are not kept — the sentence
 * says so, and how far the run had got, so the analyst knows what the cancel threw away.
 * `progress`: the run's latest report (null for a task that had not started).
 */
export function cancelledMessage(progress: TaskProgress | null): string {
  const read = progress?.pagesFetched ?? 0;
  if (read === 0) return "Cancelled by you before any page was read; no rows were kept. Duplicate and edit runs it again.";
  const of = progress?.maxPages && progress.maxPages > 1 ? `${read.toLocaleString("en")} of at most ${pages(progress.maxPages)}` : pages(read);
  const during = progress?.stage === "verifying" ? " while checking links" : "";
  return `Cancelled by you${during} after ${of}; no rows were kept (a cancelled task returns none). Duplicate and edit runs it again.`;
}
