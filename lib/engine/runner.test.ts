import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startCatalogueSite } from "@/e2e/fixtures/catalogue-site";
import { openDatabase } from "@/lib/store/db";
import { ResultFiles } from "@/lib/store/results";
import { TaskStore } from "@/lib/store/tasks";
import { EngineRunner } from "./runner";

let site: Awaited<ReturnType<typeof startCatalogueSite>>;
beforeAll(async () => {
  site = await startCatalogueSite(0, { products: 12 });
});
afterAll(() => site.close());

describe("EngineRunner.start", () => {
  it("removes a killed run's temp files, then re-runs the task to a clean result", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "runner-"));
    const store = new TaskStore(openDatabase(dir));
    const results = new ResultFiles(path.join(dir, "results"));
    const task = store.create({ q: "every product with name, price and url", url: `${site.origin}/catalogue`, schema: null, verifyUrls: false });
    // What a SIGKILL mid-run leaves: the task still `processing`, half-written temp files.
    store.claimNext();
    const stale = [`${task.id}.ndjson.tmp-4242-1767225600000`, `${task.id}.sources.ndjson.tmp-4242-1767225600000`];
    for (const name of stale) writeFileSync(path.join(dir, "results", name), '{"half":"written"}\n');

    const runner = new EngineRunner(store, results, { concurrency: 1, maxPages: 3, pageTimeoutMs: 5_000, allowPrivate: true, respectRobots: true });
    runner.start();
    try {
      await vi.waitFor(() => expect(store.get(task.id)?.status).toBe("completed"), { timeout: 15_000, interval: 50 });
    } finally {
      runner.stop();
    }
    // The new run's writer was never touched: its rows are in place, and nothing else is left.
    expect(readdirSync(path.join(dir, "results")).sort()).toEqual([`${task.id}.ndjson`, `${task.id}.sources.ndjson`]);
    const rows = readFileSync(results.rowsPath(task.id), "utf8").trim().split("\n");
    expect(rows).toHaveLength(store.get(task.id)!.output!.rowsReturned);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.join("\n")).not.toContain("half");
  });
});
