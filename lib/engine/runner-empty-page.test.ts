import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { openDatabase } from "@/lib/store/db";
import { ResultFiles } from "@/lib/store/results";
import { TaskStore } from "@/lib/store/tasks";
import { serve } from "./net/testing";
import { EngineRunner } from "./runner";

describe("EngineRunner with a seed page that sends no content", () => {
  it("ends the task failed, with a sentence that says the page was empty", async () => {
    const server = await serve((req, res) => {
      if (req.url === "/robots.txt") return void res.writeHead(404).end();
      res.writeHead(204).end();
    });
    const dir = mkdtempSync(path.join(tmpdir(), "runner-empty-"));
    const store = new TaskStore(openDatabase(dir));
    const task = store.create({ q: "every product with name and price", url: server.url("/list"), schema: null, verifyUrls: false });
    const runner = new EngineRunner(store, new ResultFiles(path.join(dir, "results")), { concurrency: 1, maxPages: 2, pageTimeoutMs: 5_000, allowPrivate: true, respectRobots: false });
    runner.start();
    try {
      await vi.waitFor(() => expect(store.get(task.id)?.status).toBe("failed"), { timeout: 10_000, interval: 50 });
    } finally {
      runner.stop();
      await server.close();
    }
    expect(store.get(task.id)?.error).toBe(
      `The seed page is empty: ${server.url("/list")} answered 204 No Content with no content, so it lists no records. Open the URL in a browser: if it shows the items there, run again later; if it asks you to sign in, the engine cannot read it.`,
    );
  });
});
