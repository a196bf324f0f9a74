/**
 * The adapter against the real HTTP double of Linkup on loopback (no mocked fetch), plus two tiny
 * loopback servers for what the double cannot do: never answer, and host a result on another origin.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { generatedRow } from "@/e2e/fixtures/linkup-double";
import { registerSecret } from "@/lib/log";
import { caught, input, KEY, rowsOf, withLinkupDouble } from "./testing";

const { control, settledTask, requests, client } = withLinkupDouble();

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

  it("sends Linkup nothing more while its Retry-After runs: polls and a Run are answered at once with the wait", async () => {
    const linkup = client();
    const [a, b] = [(await control("/tasks", { input })) as { id: string }, (await control("/tasks", { input })) as { id: string }];
    await control("/fail-next", { method: "GET", path: "^/v1/extract/", status: 429, code: "TOO_MANY_REQUESTS", retryAfter: 120 });
    expect((await caught(linkup.get(a.id))).retryAfter).toBe(120);
    const before = (await requests()).length;
    for (const call of [linkup.get(b.id), linkup.list({ page: 1, pageSize: 10, sortBy: "createdAt", sortDirection: "desc" }), linkup.create(input)]) {
      const err = await caught(call);
      expect(err.code).toBe("rate_limited");
      expect(err.retryAfter).toBeGreaterThan(110);
      expect(err.retryAfter).toBeLessThanOrEqual(120);
      expect(err.message).toMatch(/Try again in 2 minutes\.$/);
    }
    expect(await requests(), "no request reached Linkup").toHaveLength(before);
  });

  it("lets a GET wait out a short Retry-After another call was given, rather than ask and get 429 again", async () => {
    const linkup = client();
    const [a, b] = [(await control("/tasks", { input })) as { id: string }, (await control("/tasks", { input })) as { id: string }];
    await control("/fail-next", { method: "GET", path: "^/v1/extract/", status: 429, code: "TOO_MANY_REQUESTS", retryAfter: 1 });
    const first = linkup.get(a.id);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    expect((await linkup.get(b.id)).id).toBe(b.id);
    expect(Date.now() - started, "b waited for the quiet to end").toBeGreaterThanOrEqual(700);
    expect((await first).id).toBe(a.id);
    const gets = (await requests()).filter((r) => r.method === "GET" && r.path.startsWith("/v1/extract/"));
    expect(gets.map((r) => r.status)).toEqual([429, 200, 200]);
  });

  it("does not hold polls back for a Retry-After on out of credit: that concerns new tasks only", async () => {
    const linkup = client();
    const task = (await control("/tasks", { input })) as { id: string };
    await control("/fail-next", { method: "POST", status: 429, code: "INSUFFICIENT_FUNDS_CREDITS", retryAfter: 600 });
    expect((await caught(linkup.create(input))).code).toBe("insufficient_credits");
    expect((await linkup.get(task.id)).id).toBe(task.id);
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
