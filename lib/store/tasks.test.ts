import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { emptyProgress } from "@/lib/extract/types";
import { openDatabase } from "./db";
import { TaskStore } from "./tasks";

const input = { q: "every item", url: "https://example.com/items", schema: null, verifyUrls: false };

function store(dir = mkdtempSync(path.join(tmpdir(), "store-"))) {
  let t = Date.parse("2026-01-01T00:00:00Z");
  return { dir, store: new TaskStore(openDatabase(dir), () => new Date((t += 1000))) };
}

describe("TaskStore", () => {
  it("runs the lifecycle pending → processing → completed", () => {
    const { store: s } = store();
    const task = s.create(input);
    expect(task).toMatchObject({ status: "pending", input, output: null, error: null });
    const claimed = s.claimNext();
    expect(claimed).toMatchObject({ id: task.id, status: "processing" });
    expect(s.claimNext()).toBeNull();
    s.complete(task.id, 7, { ...emptyProgress(), stage: "done", rowsKept: 7 });
    expect(s.get(task.id)).toMatchObject({ status: "completed", output: { creditsUsed: 0, rowsReturned: 7 }, progress: { rowsKept: 7 } });
  });

  it("a progress report moves the task's updatedAt, as the task page's “Updated” shows", () => {
    const { store: s } = store();
    const task = s.create(input);
    const claimed = s.claimNext()!;
    s.setProgress(task.id, { ...emptyProgress(), stage: "fetching", pagesFetched: 3 });
    const reported = s.get(task.id)!;
    expect(reported.progress?.pagesFetched).toBe(3);
    expect(Date.parse(reported.updatedAt)).toBeGreaterThan(Date.parse(claimed.updatedAt));
  });

  it("claims the oldest pending task first", () => {
    const { store: s } = store();
    const a = s.create(input);
    const b = s.create(input);
    expect(s.claimNext()?.id).toBe(a.id);
    expect(s.claimNext()?.id).toBe(b.id);
  });

  it("lists newest first with paging", () => {
    const { store: s } = store();
    const ids = Array.from({ length: 5 }, () => s.create(input).id);
    const page = s.list({ page: 2, pageSize: 2, sortBy: "createdAt", sortDirection: "desc" });
    expect(page.metadata).toEqual({ page: 2, pageSize: 2, total: 5, totalPages: 3 });
    expect(page.data.map((t) => t.id)).toEqual([ids[2], ids[1]]);
  });

  it("counts the tasks strictly before an instant, in either direction, and slices at any offset", () => {
    // Created at 00:00:01 … 00:00:05 (the store's clock ticks a second per stamp).
    const { store: s } = store();
    const ids = Array.from({ length: 5 }, () => s.create(input).id);
    const asc = { sortBy: "createdAt", sortDirection: "asc" } as const;
    const desc = { sortBy: "createdAt", sortDirection: "desc" } as const;
    const at = (iso: string) => Date.parse(iso);
    // A task at the very instant comes after: its own stamp counts none of itself.
    expect(s.countBefore(asc, at("2026-01-01T00:00:03Z"))).toBe(2);
    expect(s.countBefore(desc, at("2026-01-01T00:00:03Z"))).toBe(2);
    // Linkup may leave out the milliseconds, or write them: the same instant either way.
    expect(s.countBefore(asc, at("2026-01-01T00:00:03.500Z"))).toBe(3);
    expect(s.countBefore(asc, NaN)).toBe(0);
    expect(s.slice(asc, 1, 2).map((t) => t.id)).toEqual([ids[1], ids[2]]);
    expect(s.slice(desc, 3, 10).map((t) => t.id)).toEqual([ids[1], ids[0]]);
    expect(s.count()).toBe(5);
  });

  it("survives a reopen and re-queues what was processing", () => {
    const { dir, store: s } = store();
    const task = s.create(input);
    s.claimNext();
    const reopened = new TaskStore(openDatabase(dir));
    expect(reopened.get(task.id)?.status).toBe("processing");
    expect(reopened.requeueInterrupted()).toBe(1);
    expect(reopened.get(task.id)?.status).toBe("pending");
    expect(reopened.claimNext()?.id).toBe(task.id);
  });

  it("records a failure with its message", () => {
    const { store: s } = store();
    const task = s.create(input);
    s.claimNext();
    s.fail(task.id, "The seed page answered 404 Not Found.", null);
    expect(s.get(task.id)).toMatchObject({ status: "failed", error: "The seed page answered 404 Not Found.", output: null });
  });

  it("cancels a pending or running task for good: it leaves the queue, and a reopen does not re-queue it", () => {
    const { dir, store: s } = store();
    const running = s.create(input);
    const waiting = s.create(input);
    s.claimNext();
    const progress = { ...emptyProgress(), stage: "fetching" as const, pagesFetched: 3, maxPages: 20 };
    expect(s.cancel(running.id, "Cancelled by you after 3 of at most 20 pages.", progress)).toBe(true);
    expect(s.cancel(waiting.id, "Cancelled by you before any page was read.", null)).toBe(true);
    expect(s.get(running.id)).toMatchObject({ status: "failed", error: "Cancelled by you after 3 of at most 20 pages.", output: null, progress: { pagesFetched: 3 } });
    expect(s.get(waiting.id)).toMatchObject({ status: "failed", error: "Cancelled by you before any page was read.", output: null });
    expect(s.claimNext()).toBeNull();
    const reopened = new TaskStore(openDatabase(dir));
    expect(reopened.requeueInterrupted()).toBe(0);
    expect(reopened.claimNext()).toBeNull();
    expect(reopened.get(running.id)?.status).toBe("failed");
  });

  it("keeps a cancel over what the run reports after it, and an ended task over a cancel", () => {
    const { store: s } = store();
    const task = s.create(input);
    s.claimNext();
    s.cancel(task.id, "Cancelled by you.", null);
    // The run, not yet stopped, finishes or fails: the cancel stands, with no output.
    expect(s.complete(task.id, 7, { ...emptyProgress(), stage: "done", rowsKept: 7 })).toBe(false);
    s.fail(task.id, "The seed page answered 404 Not Found.", null);
    s.setProgress(task.id, { ...emptyProgress(), pagesFetched: 9 });
    expect(s.get(task.id)).toMatchObject({ status: "failed", error: "Cancelled by you.", output: null });
    const done = s.create(input);
    s.claimNext();
    expect(s.complete(done.id, 2, emptyProgress())).toBe(true);
    expect(s.cancel(done.id, "Cancelled by you.", null)).toBe(false);
    expect(s.get(done.id)).toMatchObject({ status: "completed", error: null, output: { rowsReturned: 2 } });
  });
});
