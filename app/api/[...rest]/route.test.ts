import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const dataDir = mkdtempSync(path.join(tmpdir(), "api-unknown-"));
const saved = { ...process.env };
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
let route: Record<string, unknown>;

async function load(password: string) {
  Object.assign(process.env, { DATA_DIR: dataDir, LINKUP_API_KEY: "", STUDIO_PASSWORD: password });
  vi.resetModules(); // lib/env reads the variables above once
  route = (await import("./route")) as Record<string, unknown>;
}

const call = async (method: string, pathname: string) => {
  const handler = route[method] as (request: Request) => Response | Promise<Response>;
  const res = await handler(new Request(`http://127.0.0.1:3000${pathname}`, { method, headers: { host: "127.0.0.1:3000" } }));
  return { status: res.status, type: res.headers.get("content-type"), body: (await res.json()) as unknown };
};

beforeAll(() => load(""));
afterAll(() => {
  process.env = saved;
  rmSync(dataDir, { recursive: true, force: true });
});

describe("an /api path no route serves", () => {
  it("answers every method with a JSON 404 in the studio's error shape", async () => {
    for (const method of METHODS) {
      for (const pathname of ["/api/nope", "/api/x", "/api/extract/abc/nope"]) {
        expect(await call(method, pathname), `${method} ${pathname}`).toEqual({
          status: 404,
          type: "application/json",
          body: { error: { code: "not_found", message: `There is no ${method} ${pathname} in the studio's API. The README lists its routes.` } },
        });
      }
    }
  });

  it("asks a stranger to sign in first, as every /api route does, when the studio has a password", async () => {
    await load("correct horse battery");
    try {
      for (const method of METHODS) expect((await call(method, "/api/nope")).body, method).toEqual({ error: { code: "unauthenticated", message: expect.stringMatching(/^Sign in/) as unknown } });
    } finally {
      await load("");
    }
  });
});
