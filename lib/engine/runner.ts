import "server-only";
import type { Task, TaskProgress } from "@/lib/extract/types";
import { log } from "@/lib/log";
import { lockDataDir } from "@/lib/store/data-dir-lock";
import type { ResultFiles } from "@/lib/store/results";
import type { TaskStore } from "@/lib/store/tasks";
import { runPipeline } from "./pipeline";
import { ExtractionError } from "./pipeline/messages";
import type { PipelineOptions } from "./pipeline/options";

export type RunnerConfig = Omit<PipelineOptions, "onProgress" | "signal" | "seedHtml"> & { concurrency: number };

/** Progress is written at most this often (plus at the end): polling readers need no more. */
const PROGRESS_EVERY_MS = 250;

/**
 * The embedded engine's queue: at most `concurrency` extractions run at once, the rest stay
 * `pending` in SQLite. Nothing is held only in memory, so a restart loses nothing: `start()` puts
 * interrupted tasks back in the queue.
 */
export class EngineRunner {
  private active = 0;
  private readonly controllers = new Map<string, AbortController>();
  /** The latest report of each running task, not yet throttled into the store: what a cancel quotes. */
  private readonly latest = new Map<string, TaskProgress>();
  private stopped = false;
  private unlock: (() => void) | null = null;

  /** `dataDir`: the directory this engine owns (data-dir-lock.ts); start() throws while another holds it. */
  constructor(
    private readonly store: TaskStore,
    private readonly results: ResultFiles,
    private readonly config: RunnerConfig,
    private readonly dataDir?: string,
  ) {}

  start() {
    // First: what follows is right only when no other process runs tasks from this directory.
    if (this.dataDir) this.unlock = lockDataDir(this.dataDir);
    // Before the queue resumes: a task killed mid-run left its temp files, and no writer is open yet.
    const stale = this.results.removeStaleTemps();
    if (stale) log.info(`removed ${stale} temporary result file(s) left by an interrupted run`);
    const requeued = this.store.requeueInterrupted();
    if (requeued) log.info(`re-queued ${requeued} extraction(s) interrupted by a restart`);
    this.kick();
  }

  /** Starts queued tasks while there is capacity. */
  kick() {
    while (!this.stopped && this.active < this.config.concurrency) {
      const task = this.store.claimNext();
      if (!task) return;
      this.active++;
      void this.execute(task).finally(() => {
        this.active--;
        this.kick();
      });
    }
  }

  stop() {
    this.stopped = true;
    for (const c of this.controllers.values()) c.abort();
    this.unlock?.();
    this.unlock = null;
  }

  /** The latest progress of a task this engine is running; null when it runs no such task. */
  progressOf(id: string): TaskProgress | null {
    return this.latest.get(id) ?? null;
  }

  /**
   * Stops a running task at once: its fetches, the pagination loop, the link checks and its record
   * reading (at the next pause) end, and its temporary files go. Its end is the caller's to write,
   * before this (TaskStore.cancel): the run writes nothing once it is aborted. False when the task
   * is not running here.
   */
  abort(id: string): boolean {
    const controller = this.controllers.get(id);
    if (!controller) return false;
    const reason = new Error("The extraction was cancelled.");
    reason.name = "AbortError";
    controller.abort(reason);
    return true;
  }

  private async execute(task: Task) {
    const controller = new AbortController();
    this.controllers.set(task.id, controller);
    const writer = this.results.openWriter(task.id);
    let last = 0;
    let latest: TaskProgress | null = null;
    // A report held back by the throttle is saved when its window ends: the last report before a
    // slow step (checking links, a slow page) must not wait for that step to end to be seen.
    let trailing: ReturnType<typeof setTimeout> | null = null;
    const save = () => {
      trailing = null;
      last = Date.now();
      if (latest) this.store.setProgress(task.id, latest);
    };
    const onProgress = (p: TaskProgress) => {
      latest = p;
      this.latest.set(task.id, p);
      const wait = PROGRESS_EVERY_MS - (Date.now() - last);
      if (wait <= 0) {
        if (trailing) clearTimeout(trailing);
        save();
      } else {
        trailing ??= setTimeout(save, wait);
      }
    };
    const settle = () => {
      if (trailing) clearTimeout(trailing);
      trailing = null;
    };
    try {
      const progress = await runPipeline(task.input, (item) => writer.write(item.row, item.source), {
        ...this.config,
        signal: controller.signal,
        onProgress,
      });
      settle();
      // Cancelled as the run ended (while writing the last rows): the store already says so.
      controller.signal.throwIfAborted();
      await writer.commit();
      if (!this.store.complete(task.id, writer.count, progress)) {
        // …or while the result was being put in place: a cancelled task has no result.
        await this.results.remove(task.id);
        log.info(`extraction ${task.id} cancelled`);
        return;
      }
      log.info(`extraction ${task.id} completed: ${writer.count} rows from ${progress.pagesFetched} page(s)`);
    } catch (err) {
      settle();
      await writer.abort().catch(() => undefined);
      if (this.stopped) return; // shutting down: the task stays `processing` and is re-queued at start.
      if (controller.signal.aborted) {
        // Cancelled: TaskStore.cancel wrote its end before the abort; whatever the run threw is only the abort.
        log.info(`extraction ${task.id} cancelled`);
        return;
      }
      const message =
        err instanceof ExtractionError ? err.message : "The extraction failed unexpectedly. Try again; the server log has the details.";
      if (!(err instanceof ExtractionError)) log.error(`extraction ${task.id} crashed`, err);
      this.store.fail(task.id, message, latest);
    } finally {
      this.controllers.delete(task.id);
      this.latest.delete(task.id);
    }
  }
}
