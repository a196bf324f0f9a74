import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { spawnStudio, startStudio } from "./support/studio-process";

// These specs start their own `next start -H 0.0.0.0` processes, the way someone would bypass
// `npm start`: without a password the studio must refuse to serve at all.
let dataDir: string;
test.beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "extract-studio-bind-"));
});
test.afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const base = () => ({ LINKUP_API_KEY: "", DATA_DIR: dataDir, STUDIO_PASSWORD: "", STUDIO_INSECURE: "" });

test("without STUDIO_PASSWORD, `next start -H 0.0.0.0` exits with a message and never answers a request", async () => {
  const studio = await spawnStudio(base(), "0.0.0.0");
  const answered: number[] = [];
  let done = false;
  void studio.exited.then(() => (done = true));
  // Knock the whole time it starts: the process listens before the check runs, but must not serve.
  while (!done) {
    try {
      answered.push((await fetch(`http://127.0.0.1:${studio.port}/api/health`, { signal: AbortSignal.timeout(2_000) })).status);
    } catch {
      // refused, reset or held until the exit: all fine
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(await studio.exited).toBe(1);
  expect(studio.output()).toContain(`Refusing to serve on 0.0.0.0:${studio.port}: no STUDIO_PASSWORD is set`);
  expect(studio.output()).toContain("STUDIO_INSECURE=1");
  expect(answered).toEqual([]);
});

test("a bare `next start` (every address) is refused the same way", async () => {
  const studio = await spawnStudio(base(), null);
  expect(await studio.exited).toBe(1);
  expect(studio.output()).toMatch(new RegExp(`Refusing to serve on \\S+:${studio.port}: no STUDIO_PASSWORD is set`));
});

test("with STUDIO_INSECURE=1 it serves on 0.0.0.0, with a warning", async () => {
  const studio = await startStudio({ ...base(), STUDIO_INSECURE: "1" }, { host: "0.0.0.0" });
  try {
    expect(studio.output()).toMatch(/WARNING: listening on 0\.0\.0\.0:\d+ with no password \(STUDIO_INSECURE=1\)/);
    expect((await fetch(`${studio.origin}/api/health`)).status).toBe(200);
    // The engine's API costs CPU and fetches pages: beyond loopback it needs ENGINE_API_KEY, even
    // for a request whose headers say it is local (a remote client can write them).
    const v1 = await fetch(`${studio.origin}/v1/extract`, { headers: { "x-forwarded-for": "127.0.0.1" } });
    expect(v1.status).toBe(401);
    expect(((await v1.json()) as { error: { message: string } }).error.message).toMatch(/set ENGINE_API_KEY/);
  } finally {
    await studio.stop();
  }
});

test("with STUDIO_PASSWORD it serves on 0.0.0.0 and says sign-in is required; npm start's loopback says so too and answers only to this machine's names", async () => {
  const open = await startStudio({ ...base(), STUDIO_PASSWORD: "e2e bind password" }, { host: "0.0.0.0" });
  try {
    expect(open.output()).toMatch(/listening on 0\.0\.0\.0:\d+; every page, \/api and \/v1 route needs a sign-in/);
    expect((await fetch(`${open.origin}/api/extract`)).status).toBe(401);
  } finally {
    await open.stop();
  }
  const local = await startStudio(base());
  try {
    expect(local.output()).toMatch(/listening on 127\.0\.0\.1:\d+ only: no STUDIO_PASSWORD is set, so only this machine may reach the studio/);
    // DNS rebinding: a page whose own name points at 127.0.0.1 reaches the studio with that name as Host.
    const rebound = await requestAs(local.origin, "/api/extract", "attacker.example");
    expect(rebound.status).toBe(403);
    expect(rebound.body).toContain('"code":"host_not_allowed"');
    const page = await requestAs(local.origin, "/tasks", "attacker.example");
    expect(page.status).toBe(403);
    expect(page.body).toContain("<h1>Wrong address for this studio</h1>");
    expect((await requestAs(local.origin, "/api/extract", "localhost")).status).toBe(200);
  } finally {
    await local.stop();
  }
});

/** A GET with the Host header a browser would send for `host` (fetch does not let a caller set it). */
function requestAs(origin: string, pathname: string, host: string): Promise<{ status: number; body: string }> {
  const url = new URL(pathname, origin);
  return new Promise((resolve, reject) => {
    const req = http.get({ hostname: url.hostname, port: url.port, path: url.pathname, headers: { host: `${host}:${url.port}` } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
  });
}
