import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, describe, expect, it, vi } from "vitest";

/**
 * Every /api route handler checks the session itself, not only proxy.ts in front of it: with the
 * proxy skipped (a changed matcher, a bypass), a stranger must still get 401. The routes are found
 * on disk, so a new route without the check fails here.
 */

/** Open to strangers on purpose: health says only "ok" without a session; session is the sign-in. */
const OPEN = ["/api/health", "/api/session"];
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

interface Route {
  route: string;
  file: string;
  params: Record<string, string>;
}

function routeFiles(dir = __dirname, prefix = "/api", params: Record<string, string> = {}): Route[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      const dynamic = /^\[(\w+)\]$/.exec(entry.name)?.[1];
      return routeFiles(path.join(dir, entry.name), `${prefix}/${dynamic ? "abc" : entry.name}`, dynamic ? { ...params, [dynamic]: "abc" } : params);
    }
    return /^route\.tsx?$/.test(entry.name) ? [{ route: prefix, file: path.join(dir, entry.name), params }] : [];
  });
}

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Response | Promise<Response>;

const dataDir = mkdtempSync(path.join(os.tmpdir(), "api-access-test-"));
const settings: Record<string, string> = { STUDIO_PASSWORD: "correct horse battery", DATA_DIR: dataDir, LINKUP_API_KEY: "", ENGINE_API_KEY: "", STUDIO_ALLOWED_HOSTS: "" };
const saved = Object.fromEntries(Object.keys(settings).map((k) => [k, process.env[k]]));

/** Each route's handlers, loaded fresh (env() caches) under `overrides`. */
async function load(overrides: Record<string, string> = {}) {
  vi.resetModules();
  for (const [k, v] of Object.entries({ ...settings, ...overrides })) process.env[k] = v;
  const routes = routeFiles().filter((r) => !OPEN.includes(r.route));
  const handlers: { name: string; route: Route; method: string; handler: Handler }[] = [];
  for (const route of routes) {
    const mod = (await import(route.file)) as Record<string, unknown>;
    const methods = METHODS.filter((m) => typeof mod[m] === "function");
    expect(methods, `${route.route} exports no HTTP method`).not.toEqual([]);
    for (const method of methods) handlers.push({ name: `${method} ${route.route}`, route, method, handler: mod[method] as Handler });
  }
  return { handlers, access: await import("@/lib/auth/access") };
}

/** Calls a handler as the browser would (same origin), with or without a cookie; reads only a 401's body. */
async function call({ route, method, handler }: { route: Route; method: string; handler: Handler }, cookie?: string, host = "127.0.0.1:3000"): Promise<{ status: number; body: unknown }> {
  const request = new NextRequest(`http://${host}${route.route}`, {
    method,
    headers: { host, "sec-fetch-site": "same-origin", ...(cookie ? { cookie } : {}) },
  });
  const response = await handler(request, { params: Promise.resolve(route.params) });
  if (response.status === 401 || response.status === 403) return { status: response.status, body: await response.json() };
  await response.body?.cancel().catch(() => undefined);
  return { status: response.status, body: null };
}

afterAll(() => {
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
  else process.env[k] = v;
  rmSync(dataDir, { recursive: true, force: true });
});

describe("every /api route handler checks access itself", () => {
  it("finds the studio's /api routes on disk", () => {
    expect(routeFiles().map((r) => r.route)).toEqual(
      expect.arrayContaining(["/api/extract", "/api/extract/abc", "/api/extract/abc/rows", "/api/extract/abc/export", "/api/extract/abc/sources", "/api/saved", "/api/saved/abc", ...OPEN]),
    );
  });

  it("answers 401 in the studio's error shape to a request without a session, and not to one with a session", async () => {
    const { handlers, access } = await load();
    const cookie = access.startSessionCookie(new Request("http://127.0.0.1:3000/api/session")).split(";")[0]!;
    expect(handlers.length).toBeGreaterThanOrEqual(9);
    for (const h of handlers) {
      expect(await call(h), h.name).toEqual({ status: 401, body: { error: { code: "unauthenticated", message: expect.stringMatching(/^Sign in to use the studio/) } } });
      expect((await call(h, `${cookie}x`)).status, `${h.name} with a forged cookie`).toBe(401);
      expect((await call(h, cookie)).status, `${h.name} with a session`).not.toBe(401);
    }
  });

  it("asks for nothing when the studio has no password", async () => {
    const { handlers } = await load({ STUDIO_PASSWORD: "" });
    for (const h of handlers) expect((await call(h)).status, h.name).not.toBe(401);
  });

  it("without a password, refuses a request sent to another name (DNS rebinding), and takes localhost and listed names", async () => {
    const { handlers } = await load({ STUDIO_PASSWORD: "", STUDIO_ALLOWED_HOSTS: "studio.lan" });
    const refused = { status: 403, body: { error: { code: "host_not_allowed", message: expect.stringContaining("not at “attacker.example”") } } };
    for (const h of handlers) {
      expect(await call(h, undefined, "attacker.example:4813"), h.name).toEqual(refused);
      for (const host of ["localhost:3000", "[::1]:3000", "studio.lan:3000"]) expect((await call(h, undefined, host)).status, `${h.name} at ${host}`).not.toBe(403);
    }
  });
});
