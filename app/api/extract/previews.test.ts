/**
 * Free previews with Linkup active, against the real HTTP double of Linkup on loopback and the real
 * embedded engine: a preview is found by its id alone (Linkup is never asked about it), and the
 * tasks list holds it beside the Linkup tasks, marked with its provider.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startLinkupDouble, type LinkupDouble } from "@/e2e/fixtures/linkup-double";
import type { Task, TaskPage } from "@/lib/extract/types";

const KEY = "unit-test-key-previews";
let double: LinkupDouble;
let getOne: typeof import("./[id]/route").GET;
let getList: typeof import("./route").GET;
const dataDir = mkdtempSync(path.join(tmpdir(), "previews-route-"));
const saved = { ...process.env };
const input = { q: "every item with name and price", url: "https://shop.example/items", schema: null, verifyUrls: false };

/** Linkup's requests about one task since the test began. */
const linkupAsked = async (id: string) =>
  ((await (await fetch(`${double.origin}/__control/requests`)).json()) as { path: string }[]).filter((r) => r.path === `/v1/extract/${id}`).length;

async function task(id: string, query = "") {
  const res = await getOne(new Request(`http://127.0.0.1:3000/api/extract/${id}${query}`), { params: Promise.resolve({ id }) });
  return { status: res.status, body: (await res.json()) as Task & { error: unknown } };
}

beforeAll(async () => {
  double = await startLinkupDouble({ port: 0, apiKey: KEY });
  Object.assign(process.env, { LINKUP_API_KEY: KEY, LINKUP_BASE_URL: double.baseUrl, LINKUP_MAX_ATTEMPTS: "1", STUDIO_PASSWORD: "", DATA_DIR: dataDir });
  vi.resetModules(); // lib/env reads the variables above once
  ({ GET: getOne } = await import("./[id]/route"));
  ({ GET: getList } = await import("./route"));
});

afterAll(async () => {
  const { embeddedEngine } = await import("@/lib/engine/provider");
  embeddedEngine().runner.stop();
  await double.close();
  process.env = saved;
  rmSync(dataDir, { recursive: true, force: true });
});

describe("free previews while Linkup is active", () => {
  it("finds a preview by its id alone, without asking Linkup, and a Linkup task at Linkup", async () => {
    const { embeddedEngine } = await import("@/lib/engine/provider");
    const engine = embeddedEngine();
    engine.runner.stop(); // the preview need not run: only where it is found matters
    const preview = engine.store.create(input);
    const linkupTask = (await (await fetch(`${double.origin}/__control/tasks`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ input }) })).json()) as { id: string };

    const found = await task(preview.id);
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ id: preview.id, provider: "embedded" });
    expect(await linkupAsked(preview.id)).toBe(0);
    // As before, with the parameter the preview's page already sends.
    expect((await task(preview.id, "?provider=embedded")).body).toMatchObject({ id: preview.id, provider: "embedded" });

    expect((await task(linkupTask.id)).body).toMatchObject({ id: linkupTask.id, provider: "linkup" });
    expect(await linkupAsked(linkupTask.id)).toBe(1);
    // An id neither holds is Linkup's to refuse.
    const unknown = await task("0f0f0f0f-0000-4000-8000-000000000000");
    expect(unknown.status).toBe(404);

    const res = await getList(new NextRequest("http://127.0.0.1:3000/api/extract?page=1&pageSize=20"));
    const list = (await res.json()) as TaskPage;
    expect(list.metadata.total).toBe(2);
    expect(list.data.map((t) => [t.id, t.provider]).sort()).toEqual([[linkupTask.id, "linkup"], [preview.id, "embedded"]].sort());
  });
});
