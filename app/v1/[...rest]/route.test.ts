import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const KEY = "engine-key-for-v1-not-found";
const saved = { ...process.env };
type Handler = (request: Request, context: { params: Promise<Record<string, unknown>> }) => Response | Promise<Response>;
let routes: { rest: Record<string, Handler>; result: Record<string, Handler> };

beforeAll(async () => {
  Object.assign(process.env, { DATA_DIR: mkdtempSync(path.join(tmpdir(), "v1-not-found-")), LINKUP_API_KEY: "", STUDIO_PASSWORD: "", ENGINE_API_KEY: KEY });
  vi.resetModules(); // lib/env reads the variables above once
  routes = {
    rest: (await import("./route")) as unknown as Record<string, Handler>,
    result: (await import("../extract/[id]/result/route")) as unknown as Record<string, Handler>,
  };
});
afterAll(() => {
  process.env = saved;
});

const call = (handler: Handler | undefined, method: string, pathname: string, params: Record<string, unknown>, key = KEY) =>
  handler!(new Request(`http://127.0.0.1:3000${pathname}`, { method, headers: { host: "127.0.0.1:3000", authorization: `Bearer ${key}` } }), { params: Promise.resolve(params) });

describe("a /v1 path no route serves", () => {
  it("answers 404 in Linkup's error shape (JSON), for every method", async () => {
    for (const [method, pathname] of [["GET", "/v1/search"], ["POST", "/v1/search"], ["GET", "/v1/extract/a/b"], ["DELETE", "/v1/x"]] as const) {
      const res = await call(routes.rest[method], method, pathname, { rest: pathname.split("/").slice(2) });
      expect(res.status, `${method} ${pathname}`).toBe(404);
      expect(res.headers.get("content-type")).toBe("application/json");
      expect(await res.json()).toEqual({ statusCode: 404, error: { code: "TASK_NOT_FOUND", message: expect.stringContaining(`There is no ${method} ${pathname} in this API`) as unknown, details: [] } });
    }
  });

  it("asks for the key first, as every /v1 route does", async () => {
    const res = await call(routes.rest.GET, "GET", "/v1/search", { rest: ["search"] }, "wrong");
    expect(res.status).toBe(401);
  });
});

describe("a result link whose id no task can have", () => {
  it("answers 404 TASK_NOT_FOUND, as GET /v1/extract/{id} does, not 400 about a field", async () => {
    const res = await call(routes.result.GET, "GET", "/v1/extract/abc..def/result", { id: "abc..def" });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ statusCode: 404, error: { code: "TASK_NOT_FOUND" } });
  });
});
