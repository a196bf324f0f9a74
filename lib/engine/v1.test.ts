import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseWith } from "@/lib/api/handler";
import { emptyProgress } from "@/lib/extract/types";
import { openDatabase } from "@/lib/store/db";
import { ResultFiles } from "@/lib/store/results";
import { TaskStore } from "@/lib/store/tasks";
import { LINK_TTL_MS, resultLink } from "./links";
import { EmbeddedProvider, QUEUE_LIMIT } from "./provider";
import { EngineRunner } from "./runner";
import { assertResultLink, linkupError, linkupListQuerySchema, toLinkupPage, toLinkupTask } from "./v1";

/** An engine over a fresh data directory whose clock ticks one second per stamp; its queue never starts. */
function engine() {
  const dir = mkdtempSync(path.join(tmpdir(), "v1-"));
  let t = Date.parse("2026-01-01T00:00:00Z");
  const store = new TaskStore(openDatabase(dir), () => new Date((t += 1000)));
  const results = new ResultFiles(path.join(dir, "results"));
  const runner = new EngineRunner(store, results, { concurrency: 1, maxPages: 1, pageTimeoutMs: 1_000, allowPrivate: false, respectRobots: true });
  return new EmbeddedProvider(store, results, runner, Buffer.alloc(32, 7));
}

const input = { q: "every item", url: "https://example.com/items", schema: null, verifyUrls: false };
const ORIGIN = "http://127.0.0.1:3000";

/** GET /v1/extract as the route runs it: the query string through Linkup's bounds, the store's page through the v1 mapping. */
async function list(e: EmbeddedProvider, query: string) {
  const params = parseWith(linkupListQuerySchema, Object.fromEntries(new URLSearchParams(query)), "list query");
  return toLinkupPage(await e.list(params), e, ORIGIN);
}

/** The Linkup answer to a refused list query. */
async function listRefusal(e: EmbeddedProvider, query: string) {
  try {
    await list(e, query);
  } catch (err) {
    const res = linkupError(err);
    return { status: res.status, body: (await res.json()) as unknown };
  }
  throw new Error(`expected ?${query} to be refused`);
}

describe("GET /v1/extract (list)", () => {
  it("answers Linkup's metadata (page, pageSize, total, totalPages) and 10 tasks a page by default", async () => {
    const e = engine();
    const ids = Array.from({ length: 12 }, () => e.store.create(input).id);
    const first = await list(e, "");
    expect(first.metadata).toEqual({ page: 1, pageSize: 10, total: 12, totalPages: 2 });
    expect(first.data.map((t) => t.id)).toEqual(ids.slice(2).reverse());
    const second = await list(e, "page=2");
    expect(second.metadata).toEqual({ page: 2, pageSize: 10, total: 12, totalPages: 2 });
    expect(second.data.map((t) => t.id)).toEqual([ids[1], ids[0]]);
    expect(await list(e, "page=3&pageSize=5")).toEqual({ metadata: { page: 3, pageSize: 5, total: 12, totalPages: 3 }, data: [expect.objectContaining({ id: ids[1] }), expect.objectContaining({ id: ids[0] })] });
    // Past the last page: no tasks, the same totals.
    expect(await list(e, "page=4&pageSize=5")).toEqual({ metadata: { page: 4, pageSize: 5, total: 12, totalPages: 3 }, data: [] });
    expect((await list(engine(), "")).metadata).toEqual({ page: 1, pageSize: 10, total: 0, totalPages: 0 });
  });

  it("lists each task in Linkup's task shape, with a signed result link once it has completed", async () => {
    const e = engine();
    const done = e.store.create(input);
    const waiting = e.store.create({ ...input, verifyUrls: true });
    e.store.claimNext();
    e.store.complete(done.id, 3, { ...emptyProgress(), stage: "done", rowsKept: 3 });
    const { data } = await list(e, "sortDirection=asc");
    expect(data.map((t) => Object.keys(t).sort())).toEqual([
      ["createdAt", "error", "id", "input", "output", "status", "type", "updatedAt"],
      ["createdAt", "error", "id", "input", "output", "status", "type", "updatedAt"],
    ]);
    expect(data[0]).toMatchObject({ id: done.id, type: "extract", status: "completed", error: null, input, output: { creditsUsed: 0, rowsReturned: 3 } });
    const link = new URL(data[0]!.output!.resultUrl);
    expect(`${link.origin}${link.pathname}`).toBe(`${ORIGIN}/v1/extract/${done.id}/result`);
    expect([...link.searchParams.keys()]).toEqual(["expires", "sig"]);
    expect(data[1]).toMatchObject({ id: waiting.id, status: "pending", output: null, input: { verifyUrls: true } });
    for (const t of data) {
      expect(t.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      expect(t.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    }
  });

  it("sorts by createdAt or updatedAt, ascending or descending", async () => {
    const e = engine();
    const [a, b, c] = [e.store.create(input).id, e.store.create(input).id, e.store.create(input).id];
    // a was created first and changed last.
    e.store.claimNext();
    e.store.complete(a, 1, emptyProgress());
    const order = async (query: string) => (await list(e, query)).data.map((t) => t.id);
    expect(await order("")).toEqual([c, b, a]);
    expect(await order("sortBy=createdAt&sortDirection=desc")).toEqual([c, b, a]);
    expect(await order("sortBy=createdAt&sortDirection=asc")).toEqual([a, b, c]);
    expect(await order("sortBy=updatedAt")).toEqual([a, c, b]);
    expect(await order("sortBy=updatedAt&sortDirection=asc")).toEqual([b, c, a]);
  });

  it("accepts pageSize from 1 to 100", async () => {
    const e = engine();
    for (let i = 0; i < 3; i++) e.store.create(input);
    expect((await list(e, "pageSize=1")).metadata).toEqual({ page: 1, pageSize: 1, total: 3, totalPages: 3 });
    expect((await list(e, "pageSize=100")).metadata).toEqual({ page: 1, pageSize: 100, total: 3, totalPages: 1 });
  });

  it.each(["101", "1000", "0", "-1", "-50", "2.5", "ten", ""])("refuses pageSize=%s with Linkup's 400 VALIDATION_ERROR naming the field", async (pageSize) => {
    const { status, body } = await listRefusal(engine(), `pageSize=${pageSize}`);
    expect(status).toBe(400);
    expect(body).toEqual({
      statusCode: 400,
      error: { code: "VALIDATION_ERROR", message: expect.stringContaining("pageSize") as unknown, details: [{ field: "pageSize", message: "pageSize must be a whole number from 1 to 100." }] },
    });
  });

  it.each([
    ["page=0", "page"],
    ["page=-2", "page"],
    ["sortBy=id", "sortBy"],
    ["sortBy=createdat", "sortBy"],
    ["sortDirection=up", "sortDirection"],
  ])("refuses %s with Linkup's 400 VALIDATION_ERROR naming the field", async (query, field) => {
    const { status, body } = await listRefusal(engine(), query);
    expect(status).toBe(400);
    expect(body).toMatchObject({ statusCode: 400, error: { code: "VALIDATION_ERROR", details: [{ field }] } });
  });
});

describe("POST /v1/extract (queue limit)", () => {
  it("queues up to Linkup's 100 waiting tasks, then answers Linkup's 429 TASKS_QUEUE_LIMIT_EXCEEDED", async () => {
    const e = engine();
    e.runner.stop(); // nothing leaves the queue
    for (let i = 0; i < QUEUE_LIMIT; i++) expect((await e.create(input)).status).toBe("pending");
    const refused = await e.create(input).then(
      () => null,
      (err: unknown) => err,
    );
    const res = linkupError(refused);
    expect(res.status).toBe(429);
    expect(await res.json()).toEqual({
      statusCode: 429,
      error: { code: "TASKS_QUEUE_LIMIT_EXCEEDED", message: expect.stringContaining("100 extractions waiting") as unknown, details: [] },
    });
    expect(e.store.countPending()).toBe(QUEUE_LIMIT);
  });

  it("counts only waiting tasks: a finished or running one frees its place", async () => {
    const e = engine();
    e.runner.stop();
    for (let i = 0; i < QUEUE_LIMIT; i++) await e.create(input);
    e.store.claimNext(); // one starts running
    expect((await e.create(input)).status).toBe("pending");
    await expect(e.create(input)).rejects.toThrow(/waiting to run/);
  });
});

describe("GET /v1/extract/{id}/result (signed links)", () => {
  const secret = Buffer.alloc(32, 7);
  const t0 = Date.parse("2026-01-01T00:00:00Z");

  /** The answer the result route gives to a link it refuses. */
  async function refusal(check: () => void) {
    try {
      check();
    } catch (err) {
      const res = linkupError(err);
      return { status: res.status, body: (await res.json()) as unknown };
    }
    throw new Error("expected the link to be refused");
  }
  const forbidden = (message: RegExp) => ({ status: 403, body: { statusCode: 403, error: { code: "FORBIDDEN", message: expect.stringMatching(message) as unknown, details: [] } } });

  it("opens a link until it expires, then refuses it with Linkup's 403 FORBIDDEN", async () => {
    const { searchParams } = new URL(resultLink(secret, ORIGIN, "task-1", t0));
    expect(() => assertResultLink(secret, "task-1", searchParams, t0)).not.toThrow();
    expect(() => assertResultLink(secret, "task-1", searchParams, t0 + LINK_TTL_MS)).not.toThrow();
    expect(await refusal(() => assertResultLink(secret, "task-1", searchParams, t0 + LINK_TTL_MS + 1))).toEqual(forbidden(/has expired: get the task again/));
  });

  it("refuses a link made for another task, a tampered one and one with no signature", async () => {
    const { searchParams } = new URL(resultLink(secret, ORIGIN, "task-1", t0));
    expect(await refusal(() => assertResultLink(secret, "task-2", searchParams, t0))).toEqual(forbidden(/is not valid/));
    const later = new URLSearchParams(searchParams);
    later.set("expires", String(Number(searchParams.get("expires")) + LINK_TTL_MS));
    expect(await refusal(() => assertResultLink(secret, "task-1", later, t0))).toEqual(forbidden(/is not valid/));
    expect(await refusal(() => assertResultLink(secret, "task-1", new URLSearchParams(), t0))).toEqual(forbidden(/is not valid/));
    expect(await refusal(() => assertResultLink(Buffer.alloc(32, 8), "task-1", searchParams, t0))).toEqual(forbidden(/is not valid/));
  });

  it("gives each completed task a link that opens its own result only, for about 24 hours", async () => {
    const e = engine();
    const [a, b] = [e.store.create(input), e.store.create(input)];
    for (const t of [a, b]) {
      e.store.claimNext();
      e.store.complete(t.id, 1, emptyProgress());
    }
    const before = Date.now();
    const link = new URL(toLinkupTask(e.store.get(a.id)!, e, ORIGIN).output!.resultUrl);
    expect(() => assertResultLink(e.signingSecret, a.id, link.searchParams)).not.toThrow();
    // The same signature at task b's path: refused.
    expect(await refusal(() => assertResultLink(e.signingSecret, b.id, link.searchParams))).toEqual(forbidden(/is not valid/));
    expect(() => assertResultLink(e.signingSecret, a.id, link.searchParams, before + LINK_TTL_MS - 60_000)).not.toThrow();
    // A day and a minute after it was made: refused.
    expect(await refusal(() => assertResultLink(e.signingSecret, a.id, link.searchParams, before + LINK_TTL_MS + 60_000))).toEqual(forbidden(/has expired/));
  });
});
