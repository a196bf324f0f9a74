/** The adapter when the double breaks off in the middle: reset and stalled downloads, failed polls. */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "@/lib/errors";
import { registerSecret } from "@/lib/log";
import { caught, input, KEY, withLinkupDouble } from "./testing";

const { control, settledTask, requests, client } = withLinkupDouble();

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
