/**
 * POST /api/extract/[id]/cancel on the real embedded engine (its queue held, so tasks stay as the test
 * leaves them), then with Linkup active, against a loopback stand-in for Linkup that must not be asked.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { EmbeddedProvider } from "@/lib/engine/provider";

type Route = (request: NextRequest, context: { params: Promise<{ id: string }> }) => Promise<Response>;
const dataDir = mkdtempSync(path.join(tmpdir(), "cancel-route-"));
const saved = { ...process.env };
const input = { q: "every item", url: "https://shop.example/items", schema: null, verifyUrls: false };
const linkupHits: string[] = [];
const linkup = createServer((req, res) => {
  linkupHits.push(`${req.method} ${req.url}`);
  res.writeHead(500).end();
});
let engine: EmbeddedProvider;

async function load(env: Record<string, string>): Promise<Route> {
  Object.assign(process.env, { DATA_DIR: dataDir, STUDIO_PASSWORD: "", ...env });
  vi.resetModules(); // lib/env reads the variables above once
  const route = (await import("./route")).POST;
  engine = (await import("@/lib/engine/provider")).embeddedEngine();
  engine.runner.stop(); // the queue is held: tasks stay as the test leaves them
  return route;
}

async function cancel(route: Route, id: string, headers: Record<string, string> = {}) {
  const res = await route(new NextRequest(`http://127.0.0.1:3000/api/extract/${id}/cancel`, { method: "POST", headers }), { params: Promise.resolve({ id }) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

beforeAll(() => new Promise<void>((r) => linkup.listen(0, "127.0.0.1", r)));
afterAll(() => {
  engine.runner.stop();
  linkup.close();
  process.env = saved;
  rmSync(dataDir, { recursive: true, force: true });
});

describe("POST /api/extract/[id]/cancel with the embedded engine", () => {
  let route: Route;
  beforeAll(async () => {
    route = await load({ LINKUP_API_KEY: "" });
  });

  it("cancels a queued task: it answers the task, failed, with the sentence the task page shows", async () => {
    const task = engine.store.create(input);
    const { status, body } = await cancel(route, task.id, { "sec-fetch-site": "same-origin" });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: task.id, status: "failed", output: null, provider: "embedded", error: "Cancelled by you before any page was read; no rows were kept. Duplicate and edit runs it again." });
    expect(engine.store.get(task.id)?.status).toBe("failed");
  });

  it("answers 409 for a task that has ended, 404 for none, 400 for an id that cannot be one", async () => {
    const task = engine.store.create(input);
    engine.store.fail(task.id, "The seed page could not be read.", null);
    expect(await cancel(route, task.id)).toEqual({ status: 409, body: { error: { code: "task_ended", message: "This task has already ended, so there is nothing to cancel." } } });
    expect(engine.store.get(task.id)?.error).toBe("The seed page could not be read.");
    expect((await cancel(route, "5b4f2b8e-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await cancel(route, "..")).status).toBe(400);
  });

  it("refuses another site's page (a cross-site form could otherwise stop an analyst's task)", async () => {
    const task = engine.store.create(input);
    expect(await cancel(route, task.id, { "sec-fetch-site": "cross-site" })).toMatchObject({ status: 403, body: { error: { code: "cross_origin" } } });
    expect(engine.store.get(task.id)?.status).toBe("pending");
  });
});

describe("POST /api/extract/[id]/cancel with Linkup active", () => {
  let route: Route;
  beforeAll(async () => {
    route = await load({ LINKUP_API_KEY: "lk-test-key-for-cancel", LINKUP_BASE_URL: `http://127.0.0.1:${(linkup.address() as AddressInfo).port}/v1` });
  });

  it("says a Linkup task cannot be cancelled, without asking Linkup", async () => {
    const { status, body } = await cancel(route, "5b4f2b8e-1111-4000-8000-000000000000");
    expect(status).toBe(409);
    expect(body).toEqual({ error: { code: "cancel_not_supported", message: expect.stringMatching(/^Linkup tasks cannot be cancelled: /) as unknown } });
    expect(linkupHits).toEqual([]);
  });

  it("still cancels a free preview, found in the embedded store", async () => {
    const task = engine.store.create(input);
    expect(await cancel(route, task.id)).toMatchObject({ status: 200, body: { id: task.id, status: "failed", provider: "embedded" } });
    expect(linkupHits).toEqual([]);
  });
});
