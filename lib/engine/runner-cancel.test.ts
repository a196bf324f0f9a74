/**
 * Cancelling the embedded engine's tasks (EmbeddedProvider.cancel over a real EngineRunner), against
 * a slow listing on loopback: page 3 on, and the links verify URLs checks, answer only after 30 s.
 */
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "@/lib/errors";
import { openDatabase } from "@/lib/store/db";
import { ResultFiles } from "@/lib/store/results";
import { TaskStore } from "@/lib/store/tasks";
import { serve } from "./net/testing";
import { EmbeddedProvider } from "./provider";
import { EngineRunner } from "./runner";

const listing = (base: string, page: number) =>
  `<!doctype html><html><body><main><ul class="products">${[1, 2, 3, 4]
    .map((n) => `<li class="product"><a href="/item/${page}-${n}"><h3>Product ${page}.${n}</h3></a><p class="price">£${n}.00</p></li>`)
    .join("")}</ul><nav><a rel="next" href="${base}?page=${page + 1}">Next ›</a></nav></main></body></html>`;

/** The slow site: which requests it saw closed by the engine before it answered them. */
async function slowSite() {
  const closedUnanswered: string[] = [];
  const server = await serve((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const page = Number(url.searchParams.get("page") ?? "1");
    const send = () => {
      if (res.destroyed) return;
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(url.pathname.startsWith("/item/") ? "<p>ok</p>" : listing(url.pathname, page));
    };
    if (!url.pathname.startsWith("/item/") && page <= 2) return send();
    const timer = setTimeout(send, 30_000);
    res.on("close", () => {
      clearTimeout(timer);
      if (!res.writableEnded) closedUnanswered.push(req.url ?? "");
    });
  });
  return { server, closedUnanswered };
}

function engine(config: { concurrency?: number; maxPages?: number } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), "runner-cancel-"));
  const store = new TaskStore(openDatabase(dir));
  const results = new ResultFiles(path.join(dir, "results"));
  const settings = { concurrency: config.concurrency ?? 1, maxPages: config.maxPages ?? 20, pageTimeoutMs: 60_000, allowPrivate: true, respectRobots: false };
  const runner = new EngineRunner(store, results, settings);
  runner.start();
  const provider = new EmbeddedProvider(store, results, runner, Buffer.alloc(32));
  const files = () => (existsSync(path.join(dir, "results")) ? readdirSync(path.join(dir, "results")) : []);
  return { dir, store, results, runner, provider, files, settings };
}

const wait = { timeout: 10_000, interval: 20 };
const prompt = { timeout: 1_000, interval: 10 };
const input = (url: string, verifyUrls = false) => ({ q: "every product with name, price and url", url, schema: null, verifyUrls });

describe("EmbeddedProvider.cancel", () => {
  it("aborts a running task mid-crawl at once: its page fetch is dropped, it ends failed saying how far it got, no rows or files are kept, and a restart does not run it again", async () => {
    const { server, closedUnanswered } = await slowSite();
    const e = engine();
    try {
      const task = await e.provider.create(input(server.url("/list")));
      // Pages 1 and 2 read; page 3 asked for, and the site is taking its time.
      await vi.waitFor(() => expect(server.hits).toContain("GET /list?page=3"), wait);
      const cancelled = await e.provider.cancel(task.id);
      const sentence = "Cancelled by you after 2 of at most 20 pages; no rows were kept (a cancelled task returns none). Duplicate and edit runs it again.";
      expect(cancelled).toMatchObject({ id: task.id, status: "failed", error: sentence, output: null, progress: { pagesFetched: 2 } });
      // The fetch of page 3 is dropped at once, not left to the site's 30 s (or the page timeout).
      await vi.waitFor(() => expect(closedUnanswered).toEqual(["/list?page=3"]), prompt);
      // The run's temporary files go with it, and nothing it does after the abort changes the task.
      await vi.waitFor(() => expect(e.files()).toEqual([]), prompt);
      await new Promise((r) => setTimeout(r, 300));
      expect(e.store.get(task.id)).toMatchObject({ status: "failed", error: sentence, output: null });
      expect(server.hits.filter((h) => h.includes("page=4"))).toEqual([]);

      // A restart over the same data directory leaves it ended.
      e.runner.stop();
      const store = new TaskStore(openDatabase(e.dir));
      const again = new EngineRunner(store, e.results, e.settings);
      again.start();
      try {
        expect(store.get(task.id)).toMatchObject({ status: "failed", error: sentence });
        expect(store.countByStatus("pending") + store.countByStatus("processing")).toBe(0);
      } finally {
        again.stop();
      }
    } finally {
      e.runner.stop();
      await server.close();
    }
  }, 30_000);

  it("takes a pending task out of the queue: it never reads a page, and the queue moves on without it", async () => {
    const { server } = await slowSite();
    const e = engine({ concurrency: 1 });
    try {
      const running = await e.provider.create(input(server.url("/a/list")));
      const waiting = await e.provider.create(input(server.url("/b/list")));
      const next = await e.provider.create(input(server.url("/c/list")));
      await vi.waitFor(() => expect(server.hits).toContain("GET /a/list?page=3"), wait);
      expect(await e.provider.cancel(waiting.id)).toMatchObject({
        status: "failed",
        error: "Cancelled by you before any page was read; no rows were kept. Duplicate and edit runs it again.",
        output: null,
      });
      // The running task's slot goes to the next one in line, not to the cancelled one.
      await e.provider.cancel(running.id);
      await vi.waitFor(() => expect(server.hits).toContain("GET /c/list"), wait);
      expect(server.hits.filter((h) => h.includes("/b/"))).toEqual([]);
      expect(e.store.get(waiting.id)?.status).toBe("failed");
      await e.provider.cancel(next.id);
    } finally {
      e.runner.stop();
      await server.close();
    }
  }, 30_000);

  it("aborts the link checks of verify URLs at once", async () => {
    const { server, closedUnanswered } = await slowSite();
    const e = engine({ maxPages: 1 });
    try {
      const task = await e.provider.create(input(server.url("/list"), true));
      await vi.waitFor(() => expect(server.hits.filter((h) => h.startsWith("HEAD /item/"))).toHaveLength(4), wait);
      expect(await e.provider.cancel(task.id)).toMatchObject({
        status: "failed",
        error: "Cancelled by you while checking links after 1 page; no rows were kept (a cancelled task returns none). Duplicate and edit runs it again.",
      });
      await vi.waitFor(() => expect(closedUnanswered.sort()).toEqual(["/item/1-1", "/item/1-2", "/item/1-3", "/item/1-4"]), prompt);
      await vi.waitFor(() => expect(e.files()).toEqual([]), prompt);
      expect(e.store.get(task.id)?.status).toBe("failed");
    } finally {
      e.runner.stop();
      await server.close();
    }
  }, 30_000);

  it("refuses a task that has ended (409, saying so) and one that does not exist (404)", async () => {
    const e = engine();
    e.runner.stop(); // the tasks stay as the test leaves them
    const done = e.store.create(input("http://127.0.0.1:9/list"));
    e.store.complete(done.id, 3, { ...done.progress!, stage: "done" });
    const failed = e.store.create(input("http://127.0.0.1:9/list"));
    e.store.fail(failed.id, "The seed page could not be read.", null);
    const refusal = async (id: string) => {
      const err: unknown = await e.provider.cancel(id).then(() => null, (x: unknown) => x);
      expect(err).toBeInstanceOf(ApiError);
      return { status: (err as ApiError).status, code: (err as ApiError).code, message: (err as ApiError).message };
    };
    expect(await refusal(done.id)).toEqual({ status: 409, code: "task_ended", message: "This task has already completed, so there is nothing to cancel: its rows are below." });
    expect(await refusal(failed.id)).toEqual({ status: 409, code: "task_ended", message: "This task has already ended, so there is nothing to cancel." });
    expect(await refusal("no-such-task")).toMatchObject({ status: 404, code: "not_found" });
    expect(e.store.get(done.id)).toMatchObject({ status: "completed", output: { rowsReturned: 3 } });
    expect(e.store.get(failed.id)?.error).toBe("The seed page could not be read.");
  });
});
