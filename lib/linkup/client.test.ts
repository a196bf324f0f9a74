/**
 * The adapter against the real HTTP double of Linkup on loopback (no mocked fetch), plus two tiny
 * loopback servers for what the double cannot do: never answer, and host a result on another origin.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { generatedRow, startLinkupDouble, type LinkupDouble } from "@/e2e/fixtures/linkup-double";
import { ApiError } from "@/lib/errors";
import { registerSecret } from "@/lib/log";
import { NdjsonDecoder, type NdjsonItem } from "@/lib/ndjson/decoder";
import { LinkupClient, type LinkupClientOptions } from "./client";

const KEY = "unit-test-key-3f9a";
let double: LinkupDouble;

const control = async (path: string, body?: unknown) => {
  const res = await fetch(`${double.origin}/__control${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(res.ok).toBe(true);
  return res.json() as Promise<unknown>;
};

/**
 * A double task with no pending or processing time. The double closes phases on the right (a task is
 * "pending" in the millisecond it was created), so a read in that same millisecond would still see it
 * pending: wait past it.
 */
const settledTask = async (body: Record<string, unknown>) => {
  const task = await control("/tasks", body);
  await new Promise((resolve) => setTimeout(resolve, 5));
  return task;
};
const requests = () => control("/requests") as Promise<{ method: string; path: string; status: number; authorized: boolean }[]>;

const client = (overrides: Partial<LinkupClientOptions> = {}) =>
  new LinkupClient({ baseUrl: double.baseUrl, apiKey: KEY, timeoutMs: 2_000, maxAttempts: 3, backoffBaseMs: 5, backoffCapMs: 20, pollCoalesceMs: 0, ...overrides });

async function rowsOf(stream: ReadableStream<Uint8Array>) {
  const decoder = new NdjsonDecoder();
  const items: NdjsonItem[] = [];
  const reader = stream.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) decoder.push(r.value, items);
  decoder.end(items);
  return items.map((i) => ("value" in i ? i.value : i));
}

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    return err as ApiError;
  }
  throw new Error("expected the call to fail");
}

const input = { q: "every item with name and price", url: "https://shop.example/items", schema: null, verifyUrls: false };

beforeAll(async () => {
  double = await startLinkupDouble({ port: 0, apiKey: KEY });
});
afterAll(async () => {
  await double.close();
});
beforeEach(async () => {
  await control("/reset", {});
});

describe("LinkupClient against the double", () => {
  it("creates a task, follows it to completion and streams its rows", async () => {
    await control("/scenario", { pendingMs: 50, processingMs: 100, generate: { count: 1_000, seed: 3 }, creditsUsed: 2 });
    const c = client();
    const created = await c.create(input);
    expect(created).toMatchObject({ status: "pending", output: null, error: null, input });
    let task = created;
    for (let i = 0; i < 50 && task.status !== "completed"; i++) {
      await new Promise((r) => setTimeout(r, 20));
      task = await c.get(created.id);
    }
    expect(task).toMatchObject({ id: created.id, status: "completed", output: { creditsUsed: 2, rowsReturned: 1_000 } });
    expect(JSON.stringify(task)).not.toContain("resultUrl");
    const result = await c.openResult(created.id);
    expect(result.rowsReturned).toBe(1_000);
    const rows = await rowsOf(result.body);
    expect(rows).toHaveLength(1_000);
    expect(rows[0]).toEqual(generatedRow(0, 3));
    expect(rows[999]).toEqual(generatedRow(999, 3));
    expect((await requests()).every((r) => r.path.startsWith("/results/") || r.authorized)).toBe(true);
  });

  it("coalesces polls: any number of callers within a second share one upstream GET", async () => {
    const task = (await control("/tasks", { input })) as { id: string };
    const c = client({ pollCoalesceMs: 1_000 });
    const answers = await Promise.all(Array.from({ length: 20 }, () => c.get(task.id)));
    expect(new Set(answers.map((t) => t.id))).toEqual(new Set([task.id]));
    const polls = async () => (await requests()).filter((r) => r.method === "GET" && r.path === `/v1/extract/${task.id}`).length;
    expect(await polls()).toBe(1);
    await new Promise((r) => setTimeout(r, 1_050));
    await c.get(task.id);
    expect(await polls()).toBe(2);
  });

  it("lists with the given paging and sorting", async () => {
    for (let i = 0; i < 5; i++) {
      await control("/tasks", { input: { ...input, q: `t${i}` }, createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() });
    }
    const page = await client().list({ page: 2, pageSize: 2, sortBy: "createdAt", sortDirection: "desc" });
    expect(page.metadata).toEqual({ page: 2, pageSize: 2, total: 5, totalPages: 3 });
    expect(page.data.map((t) => t.input.q)).toEqual(["t2", "t1"]);
  });

  it("never retries a POST, even on a retryable status", async () => {
    await control("/fail-next", { method: "POST", status: 503, code: "INTERNAL_SERVER_ERROR", times: 5 });
    const err = await caught(client().create(input));
    expect(err.code).toBe("upstream_error");
    expect((await requests()).filter((r) => r.method === "POST")).toHaveLength(1);
  });

  it("maps out of credit on create to insufficient_credits, sent once", async () => {
    await control("/fail-next", { method: "POST", status: 429, code: "INSUFFICIENT_FUNDS_CREDITS", retryAfter: 1 });
    const err = await caught(client().create(input));
    expect(err.code).toBe("insufficient_credits");
    expect((await requests()).filter((r) => r.method === "POST")).toHaveLength(1);
  });

  it("says Linkup's reason for a 400 that names no field", async () => {
    await control("/fail-next", { method: "POST", status: 400, code: "VALIDATION_ERROR", message: "The schema uses an unsupported keyword: patternProperties" });
    const err = await caught(client().create(input));
    expect(err.code).toBe("bad_request");
    expect(err.message).toBe("Linkup rejected the request: The schema uses an unsupported keyword: patternProperties.");
  });

  it("retries a GET on 5xx and succeeds", async () => {
    const task = (await control("/tasks", { input })) as { id: string };
    await control("/fail-next", { method: "GET", path: "^/v1/extract/", status: 503, times: 2 });
    expect((await client().get(task.id)).id).toBe(task.id);
    expect((await requests()).filter((r) => r.method === "GET" && r.path.startsWith("/v1/")).map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it("honours Retry-After on 429 before retrying a GET", async () => {
    const task = (await control("/tasks", { input })) as { id: string };
    await control("/fail-next", { method: "GET", path: "^/v1/extract/", status: 429, code: "TOO_MANY_REQUESTS", retryAfter: 1 });
    const started = Date.now();
    expect((await client().get(task.id)).id).toBe(task.id);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("does not wait out a very long Retry-After: says rate_limited with the delay", async () => {
    const task = (await control("/tasks", { input })) as { id: string };
    await control("/fail-next", { method: "GET", path: "^/v1/extract/", status: 429, code: "TOO_MANY_REQUESTS", retryAfter: 120 });
    const err = await caught(client().get(task.id));
    expect(err.code).toBe("rate_limited");
    expect(err.retryAfter).toBe(120);
  });

  it("gives up after the configured attempts on an HTML error page", async () => {
    await control("/fail-next", { method: "GET", path: "^/v1/extract", status: 502, raw: "<html><body>Bad gateway</body></html>", times: 10 });
    const err = await caught(client({ maxAttempts: 2 }).list({ page: 1, pageSize: 10, sortBy: "createdAt", sortDirection: "desc" }));
    expect(err.code).toBe("upstream_error");
    expect((await requests()).filter((r) => r.method === "GET")).toHaveLength(2);
  });

  it("does not retry a rejected key, and says which key is wrong", async () => {
    await control("/config", { apiKey: "another-key" });
    const err = await caught(client().get("anything"));
    expect(err.code).toBe("linkup_unauthorized");
    expect(err.message).toContain("LINKUP_API_KEY");
    expect(err.message).not.toContain(KEY);
    expect(await requests()).toHaveLength(1);
  });

  it("maps an unknown task to not_found", async () => {
    expect((await caught(client().get("no-such-task"))).code).toBe("not_found");
  });

  it("gets a fresh link once when the result link has expired", async () => {
    const task = (await settledTask({ input, pendingMs: 0, processingMs: 0, rows: [{ a: 1 }, { a: 2 }] })) as { id: string };
    await control("/fail-next", { method: "GET", path: "^/results/", status: 403, raw: "<Error><Code>AccessDenied</Code></Error>" });
    const result = await client().openResult(task.id);
    expect(await rowsOf(result.body)).toEqual([{ a: 1 }, { a: 2 }]);
    const log = await requests();
    expect(log.filter((r) => r.path.startsWith("/results/")).map((r) => r.status)).toEqual([403, 200]);
    expect(log.filter((r) => r.path === `/v1/extract/${task.id}`)).toHaveLength(2);
  });

  it("fails clearly when the fresh link is refused too", async () => {
    const task = (await settledTask({ input, pendingMs: 0, processingMs: 0, rows: [{ a: 1 }] })) as { id: string };
    await control("/fail-next", { method: "GET", path: "^/results/", status: 403, times: 2 });
    const err = await caught(client().openResult(task.id));
    expect(err.code).toBe("upstream_error");
    expect(err.message).toContain("could not be downloaded");
  });

  it("refuses to open the result of a task that has not completed", async () => {
    const task = (await control("/tasks", { input, pendingMs: 60_000 })) as { id: string };
    const err = await caught(client().openResult(task.id));
    expect(err.code).toBe("result_not_ready");
    expect(err.message).toBe("This task has no result yet: it has not completed.");
  });

  it("says a failed task has no rows, rather than none yet", async () => {
    const task = (await settledTask({ input, pendingMs: 0, processingMs: 0, outcome: "failed" })) as { id: string };
    const err = await caught(client().openResult(task.id));
    expect(err.code).toBe("result_not_ready");
    expect(err.message).toMatch(/^This task failed, so it has no rows/);
  });

  it("blanks the key out of a failed task's reason", async () => {
    registerSecret(KEY);
    const task = (await settledTask({ input, pendingMs: 0, processingMs: 0, outcome: "failed", error: `Upstream refused key ${KEY}` })) as { id: string };
    const got = await client().get(task.id);
    expect(got.status).toBe("failed");
    expect(got.error).toBe("Upstream refused key [redacted]");
  });

  it("reports an unreachable upstream", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const err = await caught(client({ baseUrl: `http://127.0.0.1:${port}/v1`, maxAttempts: 2 }).get("x"));
    expect(err.code).toBe("upstream_unavailable");
  });
});

/** Reads a result stream to its end; the error that broke it off, if any, and the rows before it. */
async function drain(stream: ReadableStream<Uint8Array>): Promise<{ lines: number; error: ApiError | null }> {
  const reader = stream.getReader();
  let text = "";
  const decoder = new TextDecoder();
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) text += decoder.decode(r.value, { stream: true });
    return { lines: text.split("\n").filter(Boolean).length, error: null };
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    return { lines: text.split("\n").filter(Boolean).length, error: err as ApiError };
  }
}

describe("LinkupClient: faults in the middle of things", () => {
  const completed = async (count: number) =>
    (await settledTask({ input, pendingMs: 0, processingMs: 0, generate: { count } })) as { id: string };

  it("errors a result that is reset mid-stream, after passing on the rows before the reset", async () => {
    const task = await completed(200);
    await control("/fail-next", { method: "GET", path: "^/results/", cut: { mode: "reset", afterLines: 40 } });
    const { lines, error } = await drain((await client().openResult(task.id)).body);
    expect(lines).toBe(40);
    expect(error?.code).toBe("upstream_unavailable");
    expect(error?.message).toContain("broke off");
  });

  it("says a connection reset on every attempt broke off, rather than pointing at LINKUP_BASE_URL", async () => {
    const task = await completed(1);
    await control("/fail-next", { method: "GET", path: "^/v1/extract/", times: 3, cut: { mode: "reset", afterLines: 0 } });
    const err = await caught(client().get(task.id));
    expect(err.code).toBe("upstream_unavailable");
    expect(err.message).toContain("broke off");
    expect(err.message).not.toContain("LINKUP_BASE_URL");
  });

  it("errors a result that ends cleanly but early, whether on a line end or mid-line", async () => {
    const task = await completed(200);
    for (const cut of [{ mode: "truncate", afterLines: 120 }, { mode: "truncate", afterBytes: 5_000 }]) {
      await control("/fail-next", { method: "GET", path: "^/results/", cut });
      const { error } = await drain((await client().openResult(task.id)).body);
      expect(error?.code, JSON.stringify(cut)).toBe("upstream_unavailable");
      expect(error?.message).toContain("ended before every row");
    }
    // The whole file passes.
    expect(await drain((await client().openResult(task.id)).body)).toEqual({ lines: 200, error: null });
  });

  it("errors a result shorter than its content-length", async () => {
    const task = await completed(100);
    await control("/fail-next", { method: "GET", path: "^/results/", cut: { mode: "short", afterLines: 10 } });
    const { error } = await drain((await client().openResult(task.id)).body);
    expect(error?.code).toBe("upstream_unavailable");
  });

  it("gives up on a result that stalls mid-stream", async () => {
    const task = await completed(100);
    await control("/fail-next", { method: "GET", path: "^/results/", cut: { mode: "stall", afterLines: 10 } });
    const started = Date.now();
    const { error } = await drain((await client({ resultIdleTimeoutMs: 300 }).openResult(task.id)).body);
    expect(error?.code).toBe("upstream_timeout");
    expect(error?.message).toContain("stopped sending");
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("retries a result download whose headers come too late", async () => {
    const task = await completed(10);
    await control("/fail-next", { method: "GET", path: "^/results/", delayMs: 600 });
    const { lines, error } = await drain((await client({ timeoutMs: 300 }).openResult(task.id)).body);
    expect({ lines, error }).toEqual({ lines: 10, error: null });
    expect((await requests()).filter((r) => r.path.startsWith("/results/")).map((r) => r.status)).toEqual([0, 200]);
  });

  it("says a create that timed out, broke off or was unreadable may have started anyway", async () => {
    const cases = [
      [{ delayMs: 600 }, "upstream_timeout"],
      [{ cut: { mode: "reset", afterLines: 0 } }, "upstream_unavailable"],
      [{ status: 200, raw: '{"id":"t-1","status":"pen', contentType: "application/json" }, "bad_upstream_response"],
    ] as const;
    for (const [fault, code] of cases) {
      await control("/fail-next", { method: "POST", path: "^/v1/extract$", ...fault });
      const err = await caught(client({ timeoutMs: 300 }).create(input));
      expect(err.code).toBe(code);
      expect(err.message).toContain("may have started anyway");
    }
    // Sent once each, never retried.
    expect((await requests()).filter((r) => r.method === "POST")).toHaveLength(3);
  });

  it("does not say so when Linkup could not be reached at all, or answered an error", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const refused = await caught(client({ baseUrl: `http://127.0.0.1:${port}/v1` }).create(input));
    expect(refused.code).toBe("upstream_unavailable");
    expect(refused.message).not.toContain("may have started");
    // Refused: the message says where to look.
    expect(refused.message).toContain("LINKUP_BASE_URL");
    await control("/fail-next", { method: "POST", status: 503 });
    expect((await caught(client().create(input))).message).not.toContain("may have started");
  });

  it("logs upstream failures, retries included, with the key redacted even when Linkup's answer echoes it", async () => {
    registerSecret(KEY);
    const lines: string[] = [];
    const capture = (...args: unknown[]) => void lines.push(args.map(String).join(" "));
    const spies = [vi.spyOn(console, "log").mockImplementation(capture), vi.spyOn(console, "warn").mockImplementation(capture)];
    try {
      const echo = "<html><body><pre>Authorization: {{authorization}}</pre>502 Bad Gateway</body></html>";
      await control("/fail-next", { method: "GET", path: "^/v1/extract", status: 502, raw: echo, times: 2 });
      await caught(client({ maxAttempts: 2 }).get("some-task"));
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(lines.some((l) => /attempt 1 of 2.*retrying/.test(l)), lines.join("\n")).toBe(true);
    const final = lines.find((l) => l.includes("HTTP 502 (no error body)"));
    expect(final).toContain("Authorization: Bearer [redacted]");
    expect(lines.join("\n")).not.toContain(KEY);
  });

  it("says how long to wait when rate-limited with a Retry-After", async () => {
    await control("/fail-next", { method: "POST", status: 429, code: "TOO_MANY_REQUESTS", retryAfter: 30 });
    const err = await caught(client().create(input));
    expect(err.code).toBe("rate_limited");
    expect(err.message).toContain("Try again in 30 seconds");
  });
});

describe("LinkupClient with servers the double cannot imitate", () => {
  let silent: Server;
  let api: Server;
  let files: Server;
  const seenAuth: (string | undefined)[] = [];

  beforeAll(async () => {
    // Accepts connections and never answers.
    silent = createServer(() => undefined);
    // A result host on another origin: records whether the key was sent to it.
    files = createServer((req, res) => {
      seenAuth.push(req.headers.authorization);
      res.writeHead(200, { "content-type": "application/x-ndjson" });
      res.end('{"ok":true}\n');
    });
    await Promise.all([silent, files].map((s) => new Promise<void>((r) => s.listen(0, "127.0.0.1", r))));
    const filesOrigin = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
    api = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          id: "t1",
          status: "completed",
          createdAt: "2026-01-01T00:00:00Z",
          updatedAt: "2026-01-01T00:01:00Z",
          error: null,
          input,
          output: { creditsUsed: 1, rowsReturned: 1, resultUrl: `${filesOrigin}/r.ndjson?sig=abc` },
        }),
      );
    });
    await new Promise<void>((r) => api.listen(0, "127.0.0.1", r));
  });
  afterAll(async () => {
    for (const s of [silent, api, files]) {
      s.closeAllConnections();
      await new Promise<void>((r) => s.close(() => r()));
    }
  });

  it("times out a call that never answers", async () => {
    const base = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/v1`;
    const started = Date.now();
    const err = await caught(client({ baseUrl: base, timeoutMs: 200, maxAttempts: 2 }).get("x"));
    expect(err.code).toBe("upstream_timeout");
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("never sends the key to a result host on another origin", async () => {
    const base = `http://127.0.0.1:${(api.address() as AddressInfo).port}/v1`;
    const result = await client({ baseUrl: base }).openResult("t1");
    expect(await rowsOf(result.body)).toEqual([{ ok: true }]);
    expect(seenAuth).toEqual([undefined]);
  });
});
