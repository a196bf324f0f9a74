/**
 * GET /api/extract/[id]/rows and /export of a task with no result, on the real embedded engine: a
 * task still running has none yet; a failed one never will, and the answer must not suggest waiting.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { EmbeddedProvider } from "@/lib/engine/provider";

type Route = (request: NextRequest, context: { params: Promise<{ id: string }> }) => Promise<Response>;
const routes: Record<string, Route> = {};
let engine: EmbeddedProvider;
const dataDir = mkdtempSync(path.join(tmpdir(), "no-result-"));
const saved = { ...process.env };
const input = { q: "every item", url: "https://shop.example/items", schema: null, verifyUrls: false };

beforeAll(async () => {
  Object.assign(process.env, { DATA_DIR: dataDir, LINKUP_API_KEY: "", STUDIO_PASSWORD: "" });
  vi.resetModules(); // lib/env reads the variables above once
  routes.rows = (await import("./rows/route")).GET;
  routes.export = (await import("./export/route")).GET;
  engine = (await import("@/lib/engine/provider")).embeddedEngine();
  engine.runner.stop(); // tasks stay as the test leaves them
});

afterAll(() => {
  engine.runner.stop();
  process.env = saved;
  rmSync(dataDir, { recursive: true, force: true });
});

async function get(route: "rows" | "export", id: string) {
  const res = await routes[route]!(new NextRequest(`http://127.0.0.1:3000/api/extract/${id}/${route}`), { params: Promise.resolve({ id }) });
  return { status: res.status, body: (await res.json()) as unknown };
}

describe("the rows and export of a task with no result", () => {
  it("say a failed task failed and has no rows (409, as before)", async () => {
    const task = engine.store.create(input);
    engine.store.fail(task.id, "The seed page could not be read.", null);
    for (const route of ["rows", "export"] as const) {
      expect(await get(route, task.id), route).toEqual({
        status: 409,
        body: { error: { code: "result_not_ready", message: "This task failed, so it has no rows to download. Run the extraction again." } },
      });
    }
  });

  it("say a task still running has no result yet", async () => {
    const task = engine.store.create(input);
    for (const route of ["rows", "export"] as const) {
      expect(await get(route, task.id), route).toEqual({ status: 409, body: { error: { code: "result_not_ready", message: "This task has no result yet: it has not completed." } } });
    }
  });
});
