import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { catalogueProducts, startCatalogueSite } from "./fixtures/catalogue-site";
import { startStudio } from "./support/studio-process";
import { expect, test } from "./support/fixtures";

interface TaskJson {
  id: string;
  status: string;
  output: { rowsReturned: number } | null;
  progress?: { pagesFetched: number } | null;
}

// This spec runs its own studio processes (it kills one mid-task), against a slow shop on loopback.
test("a restart during a task loses nothing: interrupted and queued tasks finish after the restart", async () => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "extract-studio-restart-"));
  const site = await startCatalogueSite(0, { products: 60, delayMs: 400 });
  const env = { LINKUP_API_KEY: "", DATA_DIR: dataDir, ENGINE_ALLOW_PRIVATE_NETWORKS: "1", ENGINE_CONCURRENCY: "1" };
  let studio = await startStudio(env);
  try {
    const create = async (q: string) => {
      const res = await fetch(`${studio.origin}/api/extract`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ q, url: `${site.origin}/catalogue`, schema: { type: "object", properties: { name: { type: "string" } } } }),
      });
      expect(res.status).toBe(201);
      return ((await res.json()) as TaskJson).id;
    };
    const get = async (id: string) => (await (await fetch(`${studio.origin}/api/extract/${id}`)).json()) as TaskJson;
    const running = await create("every product name (interrupted)");
    const queued = await create("every product name (queued)");

    // Kill the studio hard while the first task is mid-crawl and the second still waits.
    await expect.poll(async () => (await get(running)).progress?.pagesFetched ?? 0, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    expect((await get(running)).status).toBe("processing");
    expect((await get(queued)).status).toBe("pending");
    await studio.stop("SIGKILL");

    studio = await startStudio(env);
    for (const id of [running, queued]) {
      await expect.poll(async () => (await get(id)).status, { timeout: 60_000 }).toBe("completed");
      expect((await get(id)).output?.rowsReturned).toBe(60);
      const rows = (await (await fetch(`${studio.origin}/api/extract/${id}/rows`)).text()).trim().split("\n").map((l) => JSON.parse(l) as unknown);
      expect(rows).toEqual(catalogueProducts(60).map((p) => ({ name: p.name })));
    }
  } finally {
    await studio.stop();
    await site.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
