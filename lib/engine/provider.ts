import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { ApiError } from "@/lib/errors";
import { noResultError, type ExtractProvider, type ResultStream } from "@/lib/extract/provider-types";
import { isTerminal, type ExtractInput, type ListParams, type Task, type TaskPage } from "@/lib/extract/types";
import { sharedDatabase } from "@/lib/store/db";
import { ResultFiles, type RowSource } from "@/lib/store/results";
import { TaskStore } from "@/lib/store/tasks";
import { cancelledMessage } from "./cancel-message";
import { loadSigningSecret } from "./links";
import { EngineRunner } from "./runner";

/** Tasks that may wait in the queue at once: Linkup's limit, answered as Linkup answers it (429). */
export const QUEUE_LIMIT = 100;

/** The embedded engine behind the studio's provider seam: same interface as the Linkup adapter. */
export class EmbeddedProvider implements ExtractProvider {
  readonly name = "embedded" as const;

  constructor(
    readonly store: TaskStore,
    readonly results: ResultFiles,
    readonly runner: EngineRunner,
    readonly signingSecret: Buffer,
  ) {}

  async create(input: ExtractInput): Promise<Task> {
    // Counted and inserted in one synchronous step: no other create can slip in between.
    if (this.store.countPending() >= QUEUE_LIMIT)
      throw new ApiError("queue_full", `The embedded engine already has ${QUEUE_LIMIT} extractions waiting to run. Wait for some to finish, then run again.`);
    const task = this.store.create(input);
    this.runner.kick();
    // The snapshot from before the queue picked it up: a create answers `pending`, as Linkup does.
    return task;
  }

  async get(id: string): Promise<Task> {
    const task = this.store.get(id);
    if (!task) throw new ApiError("not_found", "This task does not exist.");
    return task;
  }

  /**
   * Cancels a task that has not ended: a pending one leaves the queue, a running one is aborted. The
   * end is written before the abort, in the same synchronous step as the check, so nothing (a claim,
   * a completion) slips in between, and a restart does not re-queue it.
   */
  async cancel(id: string): Promise<Task> {
    // Read and written with no await in between (the store is synchronous).
    const task = this.store.get(id);
    if (!task) throw new ApiError("not_found", "This task does not exist.");
    if (isTerminal(task.status)) throw new ApiError("task_ended", task.status === "completed" ? "This task has already completed, so there is nothing to cancel: its rows are below." : undefined);
    const progress = task.status === "processing" ? (this.runner.progressOf(id) ?? task.progress ?? null) : null;
    this.store.cancel(id, cancelledMessage(progress), progress);
    this.runner.abort(id);
    return this.get(id);
  }

  async list(params: ListParams): Promise<TaskPage> {
    return this.store.list(params);
  }

  async openResult(id: string): Promise<ResultStream> {
    const task = await this.get(id);
    if (task.status !== "completed") throw noResultError(task.status);
    if (!(await this.results.exists(id))) throw new ApiError("internal", "The result file of this task is missing from the data directory.");
    return { body: this.results.openRows(id), rowsReturned: task.output?.rowsReturned ?? 0, task };
  }

  async sourceOf(id: string, index: number): Promise<RowSource | null> {
    await this.get(id);
    return this.results.sourceAt(id, index);
  }
}

const globalKey = Symbol.for("extract-studio.embedded-engine");
type Holder = { [globalKey]?: EmbeddedProvider };

/**
 * One engine per server process. Kept on globalThis because Next may load this module in more than
 * one bundle (route handlers, instrumentation), and two queues over one database would race.
 */
export function embeddedEngine(): EmbeddedProvider {
  const holder = globalThis as Holder;
  if (holder[globalKey]) return holder[globalKey];
  const config = env();
  const dataDir = path.resolve(config.DATA_DIR);
  const store = new TaskStore(sharedDatabase(dataDir));
  const results = new ResultFiles(path.join(dataDir, "results"));
  const runner = new EngineRunner(store, results, {
    concurrency: config.ENGINE_CONCURRENCY,
    maxPages: config.ENGINE_MAX_PAGES,
    pageTimeoutMs: config.ENGINE_PAGE_TIMEOUT_MS,
    allowPrivate: config.ENGINE_ALLOW_PRIVATE_NETWORKS,
    respectRobots: config.ENGINE_RESPECT_ROBOTS,
    verifyBudgetMs: config.ENGINE_VERIFY_BUDGET_MS,
  }, dataDir);
  // Throws (naming DATA_DIR) while another studio's engine owns the directory: instrumentation.ts
  // then stops this server rather than let it take that studio's tasks.
  runner.start();
  const provider = new EmbeddedProvider(store, results, runner, loadSigningSecret(dataDir));
  holder[globalKey] = provider;
  return provider;
}
