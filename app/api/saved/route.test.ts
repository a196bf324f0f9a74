/**
 * POST /api/saved refuses what POST /api/extract refuses: a saved extraction that Run would reject
 * is no use to anyone, and the compose page only offers Save for a form Run accepts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const dataDir = mkdtempSync(path.join(tmpdir(), "saved-route-"));
const saved = { ...process.env };
let POST: (request: Request) => Promise<Response>;

const save = (input: unknown) =>
  POST(
    new Request("http://127.0.0.1:3000/api/saved", {
      method: "POST",
      headers: { "content-type": "application/json", host: "127.0.0.1:3000", "sec-fetch-site": "same-origin" },
      body: JSON.stringify({ name: `s-${Math.random()}`, input }),
    }),
  );

beforeAll(async () => {
  Object.assign(process.env, { STUDIO_PASSWORD: "", DATA_DIR: dataDir, LINKUP_API_KEY: "" });
  vi.resetModules();
  ({ POST } = await import("./route"));
});

afterAll(() => {
  process.env = saved;
  rmSync(dataDir, { recursive: true, force: true });
});

describe("POST /api/saved", () => {
  const base = { url: "https://shop.example/items", q: "every item with name and price" };

  it("saves an extraction Run would accept", async () => {
    const res = await save({ ...base, schema: { type: "object", properties: { name: { type: "string" } }, required: ["name"] } });
    expect(res.status).toBe(201);
  });

  it("refuses a schema Run would refuse, with the same sentence", async () => {
    const res = await save({ ...base, schema: { type: "object", properties: { a: { type: "strin" } }, required: ["zz"] } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("bad_request");
    expect(body.error.message).toMatch(/The schema cannot be used/);
    expect(body.error.message).toMatch(/"zz"|zz/);
  });
});
