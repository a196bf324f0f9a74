import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EMPTY_QUERY } from "@/lib/results/view";
import type { MainToWorker, WorkerToMain } from "./row-stream-protocol";

/**
 * The rows worker run in this process: `self` is a stand-in scope that records what the worker
 * posts and hands it the main thread's messages; the rows come from a real HTTP server on loopback
 * that sends them when the test says.
 */
class WorkerHarness {
  readonly posted: WorkerToMain[] = [];
  private listener: ((event: MessageEvent<MainToWorker>) => void) | null = null;
  private nextId = 0;

  constructor(origin: string) {
    vi.stubGlobal("self", {
      location: { href: `${origin}/tasks/t1` },
      postMessage: (message: WorkerToMain) => this.posted.push(message),
      addEventListener: (_type: "message", listener: (event: MessageEvent<MainToWorker>) => void) => (this.listener = listener),
    });
  }

  async load() {
    vi.resetModules();
    await import("./rows.worker");
  }

  send(message: MainToWorker) {
    this.listener?.({ data: message } as MessageEvent<MainToWorker>);
  }

  /** Rows the last progress report announced (what the grid's count shows). */
  announced(): number {
    const reports = this.posted.filter((m) => m.type === "progress");
    return reports.at(-1)?.loaded ?? 0;
  }

  /** Rows the worker holds, as the grid would ask for them. */
  async held(): Promise<number> {
    const id = this.nextId++;
    this.send({ type: "slice", id, query: EMPTY_QUERY, start: 0, end: 10_000 });
    await vi.waitFor(() => expect(this.posted.some((m) => m.type === "slice" && m.id === id)).toBe(true));
    const reply = this.posted.find((m) => m.type === "slice" && m.id === id);
    return reply?.type === "slice" ? reply.rows.length : -1;
  }
}

const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => `${JSON.stringify({ name: `row ${from + i}` })}\n`).join("");

describe("the rows worker, when the download is cancelled", () => {
  let server: Server;
  let origin: string;
  let response: Promise<ServerResponse>;

  beforeEach(async () => {
    let answer: (res: ServerResponse) => void = () => {};
    response = new Promise((resolve) => (answer = resolve));
    server = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/x-ndjson" });
      res.flushHeaders();
      answer(res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    vi.unstubAllGlobals();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("announces every row received before the cancel, also those the progress throttle held back", async () => {
    const worker = new WorkerHarness(origin);
    await worker.load();
    worker.send({ type: "start", url: "/api/extract/t1/rows", schema: null });
    const res = await response;

    res.write(rows(0, 3));
    await vi.waitFor(() => expect(worker.announced()).toBe(3));
    // Right after a report: the next one is held back for the rest of the throttle's window.
    res.write(rows(3, 2));
    await vi.waitFor(async () => expect(await worker.held()).toBe(5));
    worker.send({ type: "cancel" });

    await new Promise((resolve) => setTimeout(resolve, 300)); // past the throttle's window
    expect(worker.announced()).toBe(5);
    expect(worker.posted.some((m) => m.type === "done" || m.type === "error")).toBe(false);
  });
});
