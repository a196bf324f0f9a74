import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startCatalogueSite } from "@/e2e/fixtures/catalogue-site";
import { DataDirLockedError, LOCK_NAME } from "@/lib/store/data-dir-lock";
import { openDatabase } from "@/lib/store/db";
import { ResultFiles } from "@/lib/store/results";
import { TaskStore } from "@/lib/store/tasks";
import { serve } from "./net/testing";
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
    // The page bound is kept with the task's progress, as the studio's API serves it to the task page.
    expect(store.get(task.id)?.progress?.maxPages).toBe(3);
  });
});

describe("EngineRunner.start on a data directory another studio runs", () => {
  it("refuses to start, leaving that studio's running task and temp files alone; a stop frees it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "runner-lock-"));
    const store = new TaskStore(openDatabase(dir));
    const results = new ResultFiles(path.join(dir, "results"));
    const task = store.create({ q: "every product", url: `${site.origin}/catalogue`, schema: null, verifyUrls: false });
    store.claimNext();
    const running = path.join(dir, "results", `${task.id}.ndjson.tmp-4242-1767225600000`);
    writeFileSync(running, '{"being":"written"}\n');
    // The other studio: a live process holding the directory.
    const other = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    writeFileSync(path.join(dir, LOCK_NAME), `${other.pid}\n`);
    const config = { concurrency: 1, maxPages: 1, pageTimeoutMs: 5_000, allowPrivate: true, respectRobots: true };
    try {
      expect(() => new EngineRunner(store, results, config, dir).start()).toThrow(DataDirLockedError);
      expect(existsSync(running)).toBe(true);
      expect(store.get(task.id)?.status).toBe("processing");
    } finally {
      other.kill("SIGKILL");
      await new Promise((resolve) => other.once("exit", resolve));
    }
    // Its owner gone (killed), the directory is this engine's: the task is re-queued and run.
    const runner = new EngineRunner(store, results, config, dir);
    runner.start();
    try {
      expect(readFileSync(path.join(dir, LOCK_NAME), "utf8").trim().split(" ")[0]).toBe(String(process.pid));
      await vi.waitFor(() => expect(store.get(task.id)?.status).toBe("completed"), { timeout: 15_000, interval: 50 });
    } finally {
      runner.stop();
    }
    expect(existsSync(path.join(dir, LOCK_NAME))).toBe(false);
  });
});

describe("EngineRunner progress", () => {
  it("saves the last report before a slow step while the step runs, not when it ends", async () => {
    // A listing whose links answer only when the test lets them: checking them (verify URLs) is the
    // slow step, and it lasts until the test has seen what it waits for (or the 5 s check timeout).
    const items = [1, 2, 3, 4].map((n) => `<li class="product"><a href="/slow/${n}"><h3>Product ${n}</h3></a><p class="price">£${n}.00</p></li>`);
    const held: (() => void)[] = [];
    let release = false;
    const server = createServer((req, res) => {
      const send = () => {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(req.url === "/list" ? `<html><body><main><ul class="products">${items.join("")}</ul></main></body></html>` : "<p>ok</p>");
      };
      if (req.url?.startsWith("/slow/") && !release) held.push(send);
      else send();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const dir = mkdtempSync(path.join(tmpdir(), "runner-progress-"));
    const store = new TaskStore(openDatabase(dir));
    const task = store.create({ q: "every product with name, price and url", url: `${origin}/list`, schema: null, verifyUrls: true });
    const runner = new EngineRunner(store, new ResultFiles(path.join(dir, "results")), { concurrency: 1, maxPages: 1, pageTimeoutMs: 5_000, allowPrivate: true, respectRobots: false });
    runner.start();
    try {
      // Every report up to "verifying" comes within one throttle window of the first ("fetching").
      await vi.waitFor(() => expect(store.get(task.id)?.progress).toMatchObject({ stage: "verifying", rowsKept: 4 }), { timeout: 4_000, interval: 25 });
      expect(store.get(task.id)?.status).toBe("processing");
      release = true;
      for (const send of held.splice(0)) send();
      await vi.waitFor(() => expect(store.get(task.id)?.status).toBe("completed"), { timeout: 15_000, interval: 50 });
      expect(store.get(task.id)?.progress).toMatchObject({ stage: "done", rowsKept: 4 });
    } finally {
      release = true;
      for (const send of held.splice(0)) send();
      runner.stop();
      server.close();
    }
  });
});

describe("EngineRunner queue", () => {
  it("runs at most `concurrency` tasks at once; the others stay pending until a slot frees", async () => {
    // Four listings whose pages answer only when the test releases them: a task holds its slot until then.
    const items = [1, 2, 3, 4].map((n) => `<li class="product"><a href="/p/${n}"><h3>Product ${n}</h3></a><p class="price">£${n}.00</p></li>`);
    const dir = mkdtempSync(path.join(tmpdir(), "runner-queue-"));
    let t = Date.parse("2026-01-01T00:00:00Z");
    const store = new TaskStore(openDatabase(dir), () => new Date((t += 1000))); // distinct stamps: the queue order is fixed
    const held = new Map<string, () => void>();
    const processingAtArrival: number[] = [];
    const server = await serve((req, res) => {
      processingAtArrival.push(store.countByStatus("processing"));
      held.set(req.url ?? "", () => {
        if (res.headersSent) return;
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(`<html><body><main><ul class="products">${items.join("")}</ul></main></body></html>`);
      });
    });
    const tasks = [1, 2, 3, 4].map((n) => store.create({ q: "every product with name, price and url", url: server.url(`/list/${n}`), schema: null, verifyUrls: false }));
    const statuses = () => tasks.map((task) => store.get(task.id)?.status);
    const release = (n: number) => held.get(`/list/${n}`)!();
    const wait = { timeout: 10_000, interval: 20 };
    const runner = new EngineRunner(store, new ResultFiles(path.join(dir, "results")), { concurrency: 2, maxPages: 1, pageTimeoutMs: 15_000, allowPrivate: true, respectRobots: false });
    runner.start();
    try {
      // The queue claims as many as it may at once: the two oldest run, the others wait.
      expect(statuses()).toEqual(["processing", "processing", "pending", "pending"]);
      await vi.waitFor(() => expect([...held.keys()].sort()).toEqual(["/list/1", "/list/2"]), wait);
      expect(statuses()).toEqual(["processing", "processing", "pending", "pending"]);

      // Task 2 ends first: its slot goes to the oldest waiting task (3); task 4 still waits.
      release(2);
      await vi.waitFor(() => expect(held.has("/list/3")).toBe(true), wait);
      expect(statuses()).toEqual(["processing", "completed", "processing", "pending"]);

      release(1);
      await vi.waitFor(() => expect(held.has("/list/4")).toBe(true), wait);
      expect(statuses()).toEqual(["completed", "completed", "processing", "processing"]);

      release(3);
      release(4);
      await vi.waitFor(() => expect(statuses()).toEqual(["completed", "completed", "completed", "completed"]), wait);
      // Every page request found exactly two tasks processing: never more, and no slot left idle.
      expect(server.hits.sort()).toEqual(["GET /list/1", "GET /list/2", "GET /list/3", "GET /list/4"]);
      expect(processingAtArrival).toEqual([2, 2, 2, 2]);
    } finally {
      for (const send of held.values()) send();
      runner.stop();
      await server.close();
    }
  });
});

describe("EngineRunner.start with a task saved before its schema's pattern was refused", () => {
  it("fails it before fetching anything, with a sentence that names the field, says why and what to do", async () => {
    const items = [1, 2, 3, 4].map((n) => `<li class="product"><a href="/p/${n}"><h3>Product ${n}</h3></a><p class="price">£${n}.00</p><p class="code">aa</p></li>`);
    const server = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(`<html><body><main><ul class="products">${items.join("")}</ul></main></body></html>`);
    });
    const dir = mkdtempSync(path.join(tmpdir(), "runner-pattern-"));
    const store = new TaskStore(openDatabase(dir));
    // As an older studio stored it: the create checks of the time let a backreference through.
    const schema = { type: "object", properties: { name: { type: "string" }, price: { type: "string" }, code: { type: "string", pattern: "^(a)\\1$" } }, required: ["name"] };
    const task = store.create({ q: "every product with name, price and code", url: server.url("/list"), schema, verifyUrls: false });
    store.claimNext(); // and it was running when that studio stopped
    const runner = new EngineRunner(store, new ResultFiles(path.join(dir, "results")), { concurrency: 1, maxPages: 1, pageTimeoutMs: 5_000, allowPrivate: true, respectRobots: false });
    runner.start();
    try {
      await vi.waitFor(() => expect(store.get(task.id)?.status).toBe("failed"), { timeout: 10_000, interval: 50 });
    } finally {
      runner.stop();
      await server.close();
    }
    const error = store.get(task.id)?.error ?? "";
    expect(error).toMatch(
      /^The schema cannot be used, so no page was read: “pattern” of “code” cannot be used: the studio matches patterns in linear time \(so that no pattern can stall it\), which rules out backreferences \(\\1\), .* \(invalid escape sequence: `\\1`\)\. A task saved before the studio refused such schemas stops here; use "Duplicate and edit" to fix its schema, then run it again\.$/,
    );
    expect(server.hits).toEqual([]);
  });
});
