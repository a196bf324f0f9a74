/**
 * GET /api/extract/[id]/sources?row=N on the real embedded engine: a task extracts the fixture shop
 * on loopback into a fresh data directory, then the handler serves its rows' sources.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startCatalogueSite } from "@/e2e/fixtures/catalogue-site";
import { embeddedEngine } from "@/lib/engine/provider";
import { rowSourceSchema } from "@/lib/extract/types";
import { GET } from "./route";

let site: Awaited<ReturnType<typeof startCatalogueSite>>;
let taskId: string;
const saved = { ...process.env };

beforeAll(async () => {
  // Read once by lib/env, at the engine's first use below: no key, so the embedded engine.
  Object.assign(process.env, { DATA_DIR: mkdtempSync(path.join(tmpdir(), "sources-route-")), LINKUP_API_KEY: "", ENGINE_ALLOW_PRIVATE_NETWORKS: "1", ENGINE_MAX_PAGES: "2" });
  site = await startCatalogueSite(0, { products: 12, perPage: 10 });
  const engine = embeddedEngine();
  const task = await engine.create({ q: "every product with name, price, availability and url", url: `${site.origin}/catalogue`, schema: null, verifyUrls: false });
  taskId = task.id;
  await vi.waitFor(() => expect(engine.store.get(taskId)?.status).toBe("completed"), { timeout: 15_000, interval: 50 });
}, 30_000);

afterAll(async () => {
  embeddedEngine().runner.stop();
  await site.close();
  process.env = saved;
});

async function sourceOf(row: string) {
  const res = await GET(new NextRequest(`http://127.0.0.1/api/extract/${taskId}/sources?row=${row}`), { params: Promise.resolve({ id: taskId }) });
  return { status: res.status, body: (await res.json()) as unknown };
}

describe("GET /api/extract/[id]/sources", () => {
  it("serves a row's page, its record's XPath and where each field was read", async () => {
    const { status, body } = await sourceOf("11");
    expect(status).toBe(200);
    const card = "/body[1]/main[1]/div[1]/article[2]";
    expect(body).toEqual({
      page: `${site.origin}/catalogue?page=2`,
      xpath: card,
      fields: { name: { xpath: `${card}/h3[1]/a[1]` }, price: { xpath: `${card}/p[1]` }, availability: { xpath: `${card}/p[2]` }, url: { xpath: `${card}/h3[1]/a[1]`, attr: "href" } },
    });
    // The browser reads it with the same schema, which keeps the fields.
    expect(rowSourceSchema.parse(body)).toEqual(body);
  });

  it("serves a result written before fields were kept without them", async () => {
    const file = path.join(process.env.DATA_DIR!, "results", `${taskId}.sources.ndjson`);
    const lines = readFileSync(file, "utf8").trim().split("\n");
    writeFileSync(file, `${lines.map((l) => JSON.stringify({ page: (JSON.parse(l) as { page: string }).page, xpath: (JSON.parse(l) as { xpath: string }).xpath })).join("\n")}\n`);
    const { status, body } = await sourceOf("0");
    expect(status).toBe(200);
    expect(body).toEqual({ page: `${site.origin}/catalogue`, xpath: "/body[1]/main[1]/div[1]/article[1]" });
    expect(rowSourceSchema.parse(body)).toEqual(body);
  });

  it("answers 404 for a row the result does not have, 400 for a row that is not one", async () => {
    expect((await sourceOf("12")).status).toBe(404);
    expect((await sourceOf("-1")).status).toBe(400);
  });
});
