import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/store/db";

/** Sign-out ends the session on the server: a copy of the cookie taken before is refused after. */

const dataDir = mkdtempSync(path.join(os.tmpdir(), "session-route-test-"));
const settings: Record<string, string> = { STUDIO_PASSWORD: "correct horse battery", DATA_DIR: dataDir, LINKUP_API_KEY: "" };
const saved = Object.fromEntries(Object.keys(settings).map((k) => [k, process.env[k]]));

afterAll(() => {
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
  else process.env[k] = v;
  rmSync(dataDir, { recursive: true, force: true });
});

/** Fresh modules (env() caches) under the settings above. */
async function load() {
  vi.resetModules();
  for (const [k, v] of Object.entries(settings)) process.env[k] = v;
  return { session: await import("./route"), saved: await import("../saved/route"), access: await import("@/lib/auth/access") };
}

/** As after a restart: the process's database connection is closed and forgotten, the modules loaded anew. */
function closeDatabases() {
  const dbs = (globalThis as Record<symbol, Map<string, Db> | undefined>)[Symbol.for("extract-studio.db")];
  for (const db of dbs?.values() ?? []) db.close();
  dbs?.clear();
}

const request = (route: string, init: { method?: string; cookie?: string; body?: unknown } = {}) =>
  new Request(`http://127.0.0.1:3000${route}`, {
    method: init.method ?? "GET",
    headers: {
      host: "127.0.0.1:3000",
      "sec-fetch-site": "same-origin",
      ...(init.cookie ? { cookie: init.cookie } : {}),
      ...(init.body ? { "content-type": "application/json" } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });

async function signIn(session: Awaited<ReturnType<typeof load>>["session"]): Promise<string> {
  const res = await session.POST(request("/api/session", { method: "POST", body: { password: "correct horse battery" } }));
  expect(res.status).toBe(200);
  return res.headers.get("set-cookie")!.split(";")[0]!;
}

describe("DELETE /api/session", () => {
  it("ends the session on the server, so the same cookie is refused afterwards, also after a restart", async () => {
    const { session, saved, access } = await load();
    const cookie = await signIn(session);
    const other = await signIn(session);
    expect(access.hasSession(request("/api/saved", { cookie }))).toBe(true);
    expect((await saved.GET(request("/api/saved", { cookie }))).status).toBe(200);

    const out = await session.DELETE(request("/api/session", { method: "DELETE", cookie }));
    expect(out.status).toBe(204);
    expect(out.headers.get("set-cookie")).toMatch(/^studio_session=; Path=\/; Max-Age=0;/);

    expect(access.hasSession(request("/api/saved", { cookie }))).toBe(false);
    const refused = await saved.GET(request("/api/saved", { cookie }));
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: { code: "unauthenticated" } });
    // Only that session ended: another sign-in (another browser) goes on.
    expect(access.hasSession(request("/api/saved", { cookie: other }))).toBe(true);

    closeDatabases();
    const restarted = await load();
    expect(restarted.access.hasSession(request("/api/saved", { cookie }))).toBe(false);
    expect((await restarted.saved.GET(request("/api/saved", { cookie }))).status).toBe(401);
    expect(restarted.access.hasSession(request("/api/saved", { cookie: other }))).toBe(true);
  });

  it("still answers 204 and clears the cookie when there is no session, or a forged one, to end", async () => {
    const { session, access } = await load();
    const cookie = await signIn(session);
    for (const sent of [undefined, `${cookie}x`, "studio_session=v1.9999999999999.abcdefghijklmnopqrstuvwx.0000000000000000000000000000000000000000000"]) {
      const res = await session.DELETE(request("/api/session", { method: "DELETE", cookie: sent }));
      expect(res.status, sent).toBe(204);
      expect(res.headers.get("set-cookie"), sent).toMatch(/^studio_session=; Path=\/; Max-Age=0;/);
    }
    // None of those touched the real session.
    expect(access.hasSession(request("/api/saved", { cookie }))).toBe(true);
  });

  it("is refused from another site, and the session goes on", async () => {
    const { session, access } = await load();
    const cookie = await signIn(session);
    const cross = new Request("http://127.0.0.1:3000/api/session", { method: "DELETE", headers: { cookie, "sec-fetch-site": "cross-site" } });
    expect((await session.DELETE(cross)).status).toBe(403);
    expect(access.hasSession(request("/api/saved", { cookie }))).toBe(true);
  });
});

describe("pageAccessRedirect (a server page that reads data checks the session itself)", () => {
  it("sends a stranger, a forged or a signed-out cookie to the login page and back, and lets a session through", async () => {
    const { session, access } = await load();
    const cookie = await signIn(session);
    const path = "/?from=abc&provider=embedded";
    const login = `/login?next=${encodeURIComponent(path)}`;
    expect(access.pageAccessRedirect(null, path)).toBe(login);
    expect(access.pageAccessRedirect(`${cookie}x`, path)).toBe(login);
    expect(access.pageAccessRedirect(`theme=dark; ${cookie}`, path)).toBeNull();
    await session.DELETE(request("/api/session", { method: "DELETE", cookie }));
    expect(access.pageAccessRedirect(cookie, path)).toBe(login);
    // Never back to another site.
    expect(access.pageAccessRedirect(null, "//evil.example/")).toBe("/login");
  });

  it("asks for nothing when the studio has no password", async () => {
    settings.STUDIO_PASSWORD = "";
    try {
      const { access } = await load();
      expect(access.pageAccessRedirect(null, "/?from=abc")).toBeNull();
    } finally {
      settings.STUDIO_PASSWORD = "correct horse battery";
    }
  });
});
