import { isTerminal, type TaskProgress, type TaskStatus } from "@/lib/extract/types";
import { formatCount } from "@/lib/format";

const stageLabels: Record<TaskProgress["stage"], string> = {
  queued: "Queued",
  fetching: "Fetching pages",
  extracting: "Extracting records",
  verifying: "Verifying links",
  writing: "Writing rows",
  done: "Done",
};

/** The stages after the engine has deduplicated and validated: from there on the counts are real. */
const COUNTED_STAGES: readonly TaskProgress["stage"][] = ["verifying", "writing", "done"];

export interface ProgressView {
  /** What the Stage cell says. */
  stage: string;
  /** False once the task has ended: nothing is happening any more, whatever the last report said. */
  ongoing: boolean;
  /** The page being fetched, only while that is still going on. */
  currentUrl: string | null;
  /** Whether rows kept and dropped are counted yet (until then they read 0 without meaning it). */
  rowsCounted: boolean;
  /** "Page 3 of at most 20" while the engine reads pages and says how many it may read; else null. */
  pageOfBound: string | null;
}

/** The stages in which the engine is reading pages: a page is being fetched, or its records read. */
const CRAWL_STAGES: readonly TaskProgress["stage"][] = ["fetching", "extracting"];

/**
 * Which page the engine is on, against the most it will read. While fetching, the page on its way is
 * not counted in pagesFetched yet, so it is the next one. Only while pages are being read: before,
 * there is no page; after, the count of pages fetched says it all (and a note says when the bound
 * stopped the run). Reports without a bound (saved before it was carried) say nothing new.
 */
function pageOfBound(progress: TaskProgress): string | null {
  const { stage, pagesFetched, maxPages } = progress;
  if (maxPages === undefined || !CRAWL_STAGES.includes(stage)) return null;
  const page = Math.min(Math.max(stage === "fetching" ? pagesFetched + 1 : pagesFetched, 1), maxPages);
  return `Page ${formatCount(page)} of at most ${formatCount(maxPages)}`;
}

/**
 * How to read the engine's last progress report for a task in a given status.
 *
 * The report is a snapshot the engine wrote while it worked; a failed task keeps the one from just
 * before the failure ("Fetching pages", the seed URL), which read as if work were still going on.
 * Once the task has ended, the stage says how it ended and the current URL is not shown; the
 * counts stay, they are what was done.
 *
 * Rows are kept or dropped only after the last page is read (lib/engine/pipeline.ts dedupes,
 * validates and verifies the whole collection at once), so during the run rowsKept is 0 by
 * design. The report has no flag for "counted", so it is inferred: a stage after validation, or a
 * non-zero count (a run that keeps no row fails, so a counted run in progress has kept some).
 */
export function progressView(progress: TaskProgress, status: TaskStatus): ProgressView {
  const { stage, rowsKept, rowsDropped: d } = progress;
  if (isTerminal(status)) {
    const label = status === "completed" ? "Done" : stage === "queued" || stage === "done" ? "Failed" : `Failed while ${stageLabels[stage].toLowerCase()}`;
    return { stage: label, ongoing: false, currentUrl: null, rowsCounted: true, pageOfBound: null };
  }
  const counted = COUNTED_STAGES.includes(stage) || rowsKept > 0 || d.invalid + d.duplicate + d.deadLinks > 0;
  return { stage: stageLabels[stage], ongoing: true, currentUrl: progress.currentUrl, rowsCounted: counted, pageOfBound: pageOfBound(progress) };
}
