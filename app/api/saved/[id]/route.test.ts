/** PATCH /api/saved/[id] renames; a name another extraction has, ignoring case, is refused with 409. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const dataDir = mkdtempSync(path.join(tmpdir(), "saved-id-route-"));
const env = { ...process.env };
let PATCH: (request: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>;
let POST: (request: Request) => Promise<Response>;

const headers = { "content-type": "application/json", host: "127.0.0.1:3000", "sec-fetch-site": "same-origin" };
const input = { url: "https://shop.example/items", q: "every item with name and price" };
const save = async (name: string) =>
  (await (await POST(new Request("http://127.0.0.1:3000/api/saved", { method: "POST", headers, body: JSON.stringify({ name, input }) }))).json()) as { id: string };
const rename = (id: string, body: unknown, extra: Record<string, string> = {}) =>
  PATCH(new Request(`http://127.0.0.1:3000/api/saved/${id}`, { method: "PATCH", headers: { ...headers, ...extra }, body: JSON.stringify(body) }), { params: Promise.resolve({ id }) });

beforeAll(async () => {
  Object.assign(process.env, { STUDIO_PASSWORD: "", DATA_DIR: dataDir, LINKUP_API_KEY: "" });
  vi.resetModules();
  ({ PATCH } = await import("./route"));
  ({ POST } = await import("../route"));
});

afterAll(() => {
  process.env = env;
  rmSync(dataDir, { recursive: true, force: true });
});

describe("PATCH /api/saved/[id]", () => {
  it("renames, trims, and refuses another extraction's name whatever its case", async () => {
    const shop = await save("Shop");
    await save("Team page");
    const ok = await rename(shop.id, { name: "  Shop names " });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { name: string }).name).toBe("Shop names");

    const taken = await rename(shop.id, { name: "TEAM PAGE" });
    expect(taken.status).toBe(409);
    expect(((await taken.json()) as { error: { code: string } }).error.code).toBe("saved_name_taken");
    expect((await rename(shop.id, { name: " " })).status).toBe(400);
    expect((await rename(shop.id, { name: "x" }, { "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await rename("no-such-id", { name: "x" })).status).toBe(404);
  });
});
