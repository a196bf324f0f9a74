import { isTerminal, type TaskProgress, type TaskStatus } from "@/lib/extract/types";

const stageLabels: Record<TaskProgress["stage"], string> = {
  queued: "Queued",
  fetching: "Fetching pages",
  extracting: "Extracting records",
  verifying: "Verifying links",
  writing: "Writing rows",
  done: "Done",
};

export interface ProgressView {
  /** What the Stage cell says. */
  stage: string;
  /** False once the task has ended: nothing is happening any more, whatever the last report said. */
  ongoing: boolean;
  /** The page being fetched, only while that is still going on. */
  currentUrl: string | null;
}

/**
 * How to read the engine's last progress report for a task in a given status.
 *
 * The report is a snapshot the engine wrote while it worked; a failed task keeps the one from just
 * before the failure ("Fetching pages", the seed URL), which read as if work were still going on.
 * Once the task has ended, the stage says how it ended and the current URL is not shown; the
 * counts stay, they are what was done.
 */
export function progressView(progress: TaskProgress, status: TaskStatus): ProgressView {
  const { stage } = progress;
  if (isTerminal(status)) {
    const label = status === "completed" ? "Done" : stage === "queued" || stage === "done" ? "Failed" : `Failed while ${stageLabels[stage].toLowerCase()}`;
    return { stage: label, ongoing: false, currentUrl: null };
  }
  return { stage: stageLabels[stage], ongoing: true, currentUrl: progress.currentUrl };
}
