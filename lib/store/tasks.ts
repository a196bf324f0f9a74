import "server-only";
import { randomUUID } from "node:crypto";
import { emptyProgress, type ExtractInput, type ListParams, type Task, type TaskPage, type TaskProgress, type TaskStatus } from "@/lib/extract/types";
import type { Db } from "./db";

interface TaskRow {
  id: string;
  status: TaskStatus;
  created_at: string;
  updated_at: string;
  error: string | null;
  input_json: string;
  output_json: string | null;
  progress_json: string | null;
  attempts: number;
}

const toTask = (r: TaskRow): Task => ({
  id: r.id,
  status: r.status,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  error: r.error,
  input: JSON.parse(r.input_json) as Task["input"],
  output: r.output_json ? (JSON.parse(r.output_json) as Task["output"]) : null,
  progress: r.progress_json ? (JSON.parse(r.progress_json) as TaskProgress) : null,
});

export type TaskOrder = Pick<ListParams, "sortBy" | "sortDirection">;

const sqlOrder = (order: TaskOrder) => ({
  column: order.sortBy === "updatedAt" ? "updated_at" : "created_at",
  direction: order.sortDirection === "asc" ? "ASC" : "DESC",
});

/** Task persistence for the embedded engine. Every state change is one small transaction. */
export class TaskStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private stamp() {
    return this.now().toISOString();
  }

  /** Tasks waiting in the queue (`pending`). */
  countPending(): number {
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM tasks WHERE status = 'pending'`).get() as { n: number }).n;
  }

  create(input: ExtractInput): Task {
    const at = this.stamp();
    const id = randomUUID();
    this.db
      .prepare(
        `INSERT INTO tasks (id, status, created_at, updated_at, input_json, progress_json) VALUES (?, 'pending', ?, ?, ?, ?)`,
      )
      .run(id, at, at, JSON.stringify(input), JSON.stringify(emptyProgress()));
    return this.get(id)!;
  }

  get(id: string): Task | null {
    const row = this.db.prepare(`SELECT * FROM tasks WHERE id = ?`).get(id) as TaskRow | undefined;
    return row ? toTask(row) : null;
  }

  count(): number {
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM tasks`).get() as { n: number }).n;
  }

  list(params: ListParams): TaskPage {
    const total = this.count();
    return {
      metadata: { page: params.page, pageSize: params.pageSize, total, totalPages: Math.ceil(total / params.pageSize) },
      data: this.slice(params, (params.page - 1) * params.pageSize, params.pageSize),
    };
  }

  /** `limit` tasks from `offset` on, in `order` (equal times in id order, so slices never overlap). */
  slice(order: TaskOrder, offset: number, limit: number): Task[] {
    const { column, direction } = sqlOrder(order);
    const rows = this.db.prepare(`SELECT * FROM tasks ORDER BY ${column} ${direction}, id ${direction} LIMIT ? OFFSET ?`).all(limit, offset) as TaskRow[];
    return rows.map(toTask);
  }

  /**
   * Tasks that come strictly before the instant `ms` in `order`; one at that very instant comes
   * after. Lets a list merged with another source place that source's tasks among these.
   */
  countBefore(order: TaskOrder, ms: number): number {
    if (!Number.isFinite(ms)) return 0;
    const { column, direction } = sqlOrder(order);
    // Stamps are all toISOString()'s fixed-width UTC form, so they compare as text.
    const sql = `SELECT COUNT(*) AS n FROM tasks WHERE ${column} ${direction === "ASC" ? "<" : ">"} ?`;
    return (this.db.prepare(sql).get(new Date(ms).toISOString()) as { n: number }).n;
  }

  /** Atomically takes the oldest pending task and marks it processing. */
  claimNext(): Task | null {
    return this.db.transaction(() => {
      const row = this.db.prepare(`SELECT * FROM tasks WHERE status = 'pending' ORDER BY created_at, id LIMIT 1`).get() as TaskRow | undefined;
      if (!row) return null;
      this.db
        .prepare(`UPDATE tasks SET status = 'processing', updated_at = ?, attempts = attempts + 1 WHERE id = ?`)
        .run(this.stamp(), row.id);
      return this.get(row.id);
    })();
  }

  setProgress(id: string, progress: TaskProgress) {
    // A report is a change the task page shows: "Updated" moves with the pages, not only with the status.
    this.db.prepare(`UPDATE tasks SET progress_json = ?, updated_at = ? WHERE id = ? AND status = 'processing'`).run(JSON.stringify(progress), this.stamp(), id);
  }

  /** False when the task had already ended (cancelled while its result was being written): it stays as it is. */
  complete(id: string, rowsReturned: number, progress: TaskProgress): boolean {
    return (
      this.db
        .prepare(`UPDATE tasks SET status = 'completed', updated_at = ?, output_json = ?, progress_json = ?, error = NULL WHERE id = ? AND status IN ('pending', 'processing')`)
        .run(this.stamp(), JSON.stringify({ creditsUsed: 0, rowsReturned }), JSON.stringify(progress), id).changes > 0
    );
  }

  /** An ended task (a cancel came first) keeps its own end. */
  fail(id: string, message: string, progress: TaskProgress | null) {
    this.db
      .prepare(`UPDATE tasks SET status = 'failed', updated_at = ?, error = ?, progress_json = COALESCE(?, progress_json) WHERE id = ? AND status IN ('pending', 'processing')`)
      .run(this.stamp(), message, progress ? JSON.stringify(progress) : null, id);
  }

  /**
   * Ends a task that has not ended, as `failed` with `message` (Linkup's contract knows no cancelled
   * status, and a failed task has no output). Written at once, before the run has stopped: a restart
   * re-queues only `pending` and `processing` tasks, so a cancel is never undone. False when the task
   * had already ended.
   */
  cancel(id: string, message: string, progress: TaskProgress | null): boolean {
    return (
      this.db
        .prepare(`UPDATE tasks SET status = 'failed', updated_at = ?, error = ?, output_json = NULL, progress_json = COALESCE(?, progress_json) WHERE id = ? AND status IN ('pending', 'processing')`)
        .run(this.stamp(), message, progress ? JSON.stringify(progress) : null, id).changes > 0
    );
  }

  /**
   * After a restart nothing is running: tasks left `processing` go back to the queue with fresh
   * progress (their partial output was never renamed into place, so nothing half-done is visible).
   */
  requeueInterrupted(): number {
    return this.db
      .prepare(`UPDATE tasks SET status = 'pending', updated_at = ?, progress_json = ? WHERE status = 'processing'`)
      .run(this.stamp(), JSON.stringify(emptyProgress())).changes;
  }

  countByStatus(status: TaskStatus): number {
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM tasks WHERE status = ?`).get(status) as { n: number }).n;
  }
}
