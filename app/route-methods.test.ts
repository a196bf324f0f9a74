/**
 * Walks every route file under app/api and app/v1, so a new route cannot forget it: a method a route
 * does not serve must be answered in the route's own error shape (the studio's, or Linkup's under
 * /v1) with an Allow header naming the methods it serves, not with Next's empty 405.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { allowHeader, HTTP_METHODS, isNotServedHandler, type HttpMethod } from "@/lib/api/methods";

const appDir = path.dirname(new URL(import.meta.url).pathname);
const routeFiles = ["api", "v1"]
  .flatMap((area) => readdirSync(path.join(appDir, area), { recursive: true, encoding: "utf8" }).map((f) => path.join(area, f)))
  .filter((f) => path.basename(f) === "route.ts")
  .sort();
/** A path the route serves: every dynamic segment filled with a made-up id. */
const samplePath = (file: string) => `/${path.dirname(file).split(path.sep).map((s) => (s.startsWith("[") ? "some-id" : s)).join("/")}`;

const dataDir = mkdtempSync(path.join(tmpdir(), "route-methods-"));
const saved = { ...process.env };
const KEY = "engine-key-for-route-methods";
type Module = Record<string, unknown>;

async function loadRoutes(password: string): Promise<Map<string, Module>> {
  Object.assign(process.env, { DATA_DIR: dataDir, LINKUP_API_KEY: "", STUDIO_PASSWORD: password, ENGINE_API_KEY: KEY });
  vi.resetModules(); // lib/env reads the variables above once
  const modules = new Map<string, Module>();
  for (const file of routeFiles) modules.set(file, (await import(/* @vite-ignore */ path.join(appDir, file))) as Module);
  return modules;
}

const call = (handler: unknown, method: string, pathname: string) =>
  (handler as (r: Request) => Response | Promise<Response>)(
    new Request(`http://127.0.0.1:3000${pathname}`, { method, headers: { host: "127.0.0.1:3000", authorization: `Bearer ${KEY}` } }),
  );

/** What a route serves itself: its exports that are methods and not the not-served handlers. */
const servedBy = (mod: Module) => HTTP_METHODS.filter((m) => typeof mod[m] === "function" && !isNotServedHandler(mod[m]) && m !== "OPTIONS");

let routes: Map<string, Module>;
beforeAll(async () => {
  routes = await loadRoutes("");
});
afterAll(() => {
  process.env = saved;
  rmSync(dataDir, { recursive: true, force: true });
});

describe("every route under app/api and app/v1", () => {
  it("finds the routes", () => {
    expect(routeFiles).toContain(path.join("api", "saved", "route.ts"));
    expect(routeFiles).toContain(path.join("v1", "extract", "route.ts"));
    expect(routeFiles.length).toBeGreaterThanOrEqual(13);
  });

  it("exports a handler for every method (HEAD comes from GET), so Next's empty 405 never answers", () => {
    for (const [file, mod] of routes) {
      const missing = HTTP_METHODS.filter((m) => typeof mod[m] !== "function" && !(m === "HEAD" && typeof mod.GET === "function"));
      expect(missing, file).toEqual([]);
    }
  });

  it("answers a method it does not serve with a 405 in its own error shape and an Allow header", async () => {
    let checked = 0;
    for (const [file, mod] of routes) {
      const pathname = samplePath(file);
      const allow = allowHeader(servedBy(mod));
      for (const method of HTTP_METHODS.filter((m) => isNotServedHandler(mod[m]))) {
        const res = await call(mod[method], method, pathname);
        const where = `${method} ${pathname}`;
        expect(res.status, where).toBe(405);
        expect(res.headers.get("allow"), where).toBe(allow);
        expect(res.headers.get("content-type"), where).toBe("application/json");
        const message = `${pathname} does not answer ${method}: it answers ${allow}.`;
        expect(await res.json(), where).toEqual(
          pathname.startsWith("/v1/")
            ? { statusCode: 405, error: { code: "METHOD_NOT_ALLOWED", message, details: [] } }
            : { error: { code: "method_not_allowed", message } },
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(40);
  });

  it("answers OPTIONS with the methods it serves, not with the not-served handlers", async () => {
    for (const [file, mod] of routes) {
      const served = servedBy(mod);
      if (served.includes("OPTIONS" as HttpMethod) || file.includes("[...")) continue; // the catch-all 404s every method
      const res = await call(mod.OPTIONS, "OPTIONS", samplePath(file));
      expect([res.status, res.headers.get("allow")], file).toEqual([204, allowHeader(served)]);
    }
  });

  it("asks a stranger to sign in before saying which methods an /api route serves", async () => {
    const guarded = await loadRoutes("correct horse battery");
    try {
      const saved = guarded.get(path.join("api", "saved", "route.ts"))!;
      const res = await (saved.PUT as (r: Request) => Response)(new Request("http://127.0.0.1:3000/api/saved", { method: "PUT", headers: { host: "127.0.0.1:3000" } }));
      expect(res.status).toBe(401);
      expect(res.headers.get("allow")).toBeNull();
      expect(await res.json()).toMatchObject({ error: { code: "unauthenticated" } });
      const v1 = guarded.get(path.join("v1", "extract", "route.ts"))!;
      const denied = await (v1.PUT as (r: Request) => Response)(new Request("http://127.0.0.1:3000/v1/extract", { method: "PUT", headers: { host: "127.0.0.1:3000" } }));
      expect(denied.status).toBe(401);
      expect(await denied.json()).toMatchObject({ statusCode: 401, error: { code: "UNAUTHORIZED" } });
    } finally {
      routes = await loadRoutes("");
    }
  });
});
