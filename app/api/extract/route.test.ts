/**
 * POST /api/extract and STUDIO_CREATE_LIMIT, against the real HTTP double of Linkup on loopback and
 * the real embedded engine: a create the provider refuses (the queue is full) started no task, so it
 * must not use up the client's allowance; one that may have started a task still does.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startLinkupDouble, type LinkupDouble } from "@/e2e/fixtures/linkup-double";

const KEY = "unit-test-key-create-allowance";
const LIMIT = 2;
let double: LinkupDouble;
let POST: (request: Request) => Promise<Response>;
const dataDir = mkdtempSync(path.join(tmpdir(), "extract-route-"));
const saved = { ...process.env };

const control = async (route: string, body: unknown) => {
  const res = await fetch(`${double.origin}/__control${route}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  expect(res.ok).toBe(true);
};

const post = (body: string, query = "", headers: Record<string, string> = {}) =>
  POST(
    new Request(`http://127.0.0.1:3000/api/extract${query}`, {
      method: "POST",
      headers: { "content-type": "application/json", host: "127.0.0.1:3000", "sec-fetch-site": "same-origin", ...headers },
      body,
    }),
  );

/** Starts an extraction as the compose page does; the answer's status and error code. */
async function create(query = "", headers: Record<string, string> = {}) {
  const res = await post(JSON.stringify({ q: "every item with name and price", url: "https://shop.example/items" }), query, headers);
  const body = (await res.json()) as { error?: { code: string } };
  return { status: res.status, code: body.error?.code ?? null };
}

const created = { status: 201, code: null };
const tooMany = { status: 429, code: "too_many_tasks" };

beforeAll(async () => {
  double = await startLinkupDouble({ port: 0, apiKey: KEY });
  Object.assign(process.env, {
    LINKUP_API_KEY: KEY,
    LINKUP_BASE_URL: double.baseUrl,
    LINKUP_MAX_ATTEMPTS: "1",
    STUDIO_CREATE_LIMIT: String(LIMIT),
    STUDIO_PASSWORD: "",
    DATA_DIR: dataDir,
  });
  vi.resetModules(); // lib/env reads the variables above once
  ({ POST } = await import("./route"));
});

beforeEach(async () => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for("extract-studio.create-limiter")];
  await control("/reset", {});
});

afterAll(async () => {
  const { embeddedEngine } = await import("@/lib/engine/provider");
  embeddedEngine().runner.stop();
  await double.close();
  process.env = saved;
  rmSync(dataDir, { recursive: true, force: true });
});

describe("POST /api/extract and the create allowance", () => {
  it("gives the allowance back when Linkup's queue is full (429 TASKS_QUEUE_LIMIT_EXCEEDED)", async () => {
    await control("/fail-next", { method: "POST", path: "^/v1/extract$", status: 429, code: "TASKS_QUEUE_LIMIT_EXCEEDED", message: "Too many queued tasks.", times: LIMIT + 1 });
    for (let i = 0; i <= LIMIT; i++) expect(await create()).toEqual({ status: 429, code: "queue_full" });
    // None of them started a task: the whole allowance is still there, and then it runs out.
    for (let i = 0; i < LIMIT; i++) expect(await create()).toEqual(created);
    expect(await create()).toEqual(tooMany);
  });

  it("still counts a create that may have started a task upstream (a 5xx)", async () => {
    await control("/fail-next", { method: "POST", path: "^/v1/extract$", status: 500, code: "INTERNAL_SERVER_ERROR", message: "Boom.", times: 1 });
    expect(await create()).toEqual({ status: 502, code: "upstream_error" });
    expect(await create()).toEqual(created);
    expect(await create()).toEqual(tooMany);
  });

  it("gives the allowance back when the embedded engine's queue is full", async () => {
    const { embeddedEngine, QUEUE_LIMIT } = await import("@/lib/engine/provider");
    const engine = embeddedEngine();
    engine.runner.stop(); // the queue stays full: nothing picks the tasks up
    const input = { q: "every item", url: "https://shop.example/items", schema: null, verifyUrls: false };
    const filler = Array.from({ length: QUEUE_LIMIT }, () => engine.store.create(input));
    for (let i = 0; i <= LIMIT; i++) expect(await create("?provider=embedded")).toEqual({ status: 429, code: "queue_full" });
    for (const task of filler) engine.store.fail(task.id, "test filler", null);
    for (let i = 0; i < LIMIT; i++) expect(await create("?provider=embedded")).toEqual(created);
    expect(await create("?provider=embedded")).toEqual(tooMany);
  });
});

describe("POST /api/extract: who is a client", () => {
  const as = (ip: string) => ({ "x-forwarded-for": ip });
  afterEach(() => {
    process.env.STUDIO_TRUST_PROXY = "";
  });
  /** The route under other settings (env() reads the variables once). */
  async function reload(settings: Record<string, string>) {
    Object.assign(process.env, settings);
    vi.resetModules();
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("extract-studio.create-limiter")];
    ({ POST } = await import("./route"));
  }

  it("without a trusted proxy, a new X-Forwarded-For per request does not buy a new allowance", async () => {
    await reload({ STUDIO_TRUST_PROXY: "" });
    for (let i = 0; i < LIMIT; i++) expect(await create("", as(`10.0.0.${i}`))).toEqual(created);
    for (let i = LIMIT; i < LIMIT + 4; i++) expect(await create("", as(`10.0.0.${i}`))).toEqual(tooMany);
  });

  it("behind a trusted proxy, each client has its own allowance, and all of them together STUDIO_CREATE_LIMIT_TOTAL", async () => {
    await reload({ STUDIO_TRUST_PROXY: "1", STUDIO_CREATE_LIMIT_TOTAL: String(LIMIT * 2) });
    for (let i = 0; i < LIMIT; i++) expect(await create("", as("203.0.113.1"))).toEqual(created);
    expect(await create("", as("203.0.113.1"))).toEqual(tooMany);
    for (let i = 0; i < LIMIT; i++) expect(await create("", as(`203.0.113.${10 + i}`))).toEqual(created);
    const res = await post(JSON.stringify({ q: "every item", url: "https://shop.example/items" }), "", as("203.0.113.99"));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: "too_many_tasks_overall", message: expect.stringContaining("STUDIO_CREATE_LIMIT_TOTAL") });
  });
});

describe("POST /api/extract with a schema nested too deeply", () => {
  /** The body as text: JSON.stringify itself could not write 5,000 levels. */
  const nested = (levels: number) =>
    `{"q":"every item","url":"https://shop.example/items","schema":${'{"type":"object","properties":{"a":'.repeat(levels)}{"type":"string"}${"}}".repeat(levels)}}`;

  it("answers 400 with one sentence at any depth, never a 500 from a stack overflow", async () => {
    const answers = [];
    for (const levels of [1_500, 5_000, 20_000]) {
      const res = await post(nested(levels));
      expect(res.status, `${levels} levels`).toBe(400);
      answers.push(await res.json());
    }
    expect(answers[0]).toMatchObject({ error: { code: "bad_request", message: expect.stringContaining("nested too deeply") as unknown, details: [{ field: "schema" }] } });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });
});
