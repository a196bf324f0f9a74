import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "@/lib/errors";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "login-test-"));
const settings = { STUDIO_PASSWORD: "correct horse battery", DATA_DIR: dataDir, STUDIO_LOGIN_LIMIT: "3", STUDIO_LOGIN_WINDOW_S: "600", ENGINE_API_KEY: "engine-key-123", STUDIO_TRUST_PROXY: "1" };
const saved: Record<string, string | undefined> = {};

/** Fresh modules (env() caches, limiters live on globalThis) under the settings above. */
async function load(overrides: Record<string, string> = {}) {
  vi.resetModules();
  delete (globalThis as Record<symbol, unknown>)[Symbol.for("extract-studio.login-limiters")];
  for (const [k, v] of Object.entries({ ...settings, ...overrides })) process.env[k] = v;
  return { ...(await import("./login")), ...(await import("./access")), ...(await import("@/lib/engine/v1")) };
}

const from = (ip: string, cookie?: string, headers: Record<string, string> = {}) =>
  new Request("http://127.0.0.1:3000/api/session", { headers: { host: "127.0.0.1:3000", "x-forwarded-for": ip, ...(cookie ? { cookie } : {}), ...headers } });

/** Runs `check` while this process listens on `host` (what requireEngineAuth looks at). */
async function listening(host: string, check: () => void): Promise<void> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  try {
    check();
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

function failure(attempt: () => unknown): ApiError {
  try {
    attempt();
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error("expected the attempt to fail");
}

beforeEach(() => {
  for (const k of Object.keys(settings)) saved[k] = process.env[k];
});
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
  else process.env[k] = v;
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("signIn", () => {
  it("gives a session cookie for the right password, and the cookie is a session", async () => {
    const { signIn, hasSession } = await load();
    const cookie = signIn(from("203.0.113.1"), "correct horse battery");
    expect(cookie).toMatch(/^studio_session=v1\.\d+\.[\w-]+\.[\w-]+; Path=\/; Max-Age=43200; HttpOnly; SameSite=Strict$/);
    const value = cookie.split(";")[0]!;
    expect(hasSession(from("203.0.113.1", value))).toBe(true);
    expect(hasSession(from("203.0.113.1", `${value}x`))).toBe(false);
    expect(hasSession(from("203.0.113.1"))).toBe(false);
  });

  it("marks the cookie Secure when the request came over https (directly or per X-Forwarded-Proto)", async () => {
    const { signIn } = await load();
    expect(signIn(from("203.0.113.1", undefined, { "x-forwarded-proto": "https" }), "correct horse battery")).toMatch(/; Secure$/);
    expect(signIn(new Request("https://studio.example/api/session"), "correct horse battery")).toMatch(/; Secure$/);
  });

  it("refuses a wrong password, then every attempt from that client past the limit, with a retry time", async () => {
    const { signIn } = await load();
    for (let i = 0; i < 3; i++) expect(failure(() => signIn(from("203.0.113.2"), "guess")).code).toBe("wrong_password");
    const limited = failure(() => signIn(from("203.0.113.2"), "correct horse battery"));
    expect(limited.code).toBe("too_many_logins");
    expect(limited.status).toBe(429);
    expect(limited.retryAfter).toBeGreaterThan(590);
    expect(limited.message).toMatch(/Try again in 10 minutes/);
    // Another client is not punished for it, and a success does not count against anyone.
    expect(signIn(from("203.0.113.3"), "correct horse battery")).toMatch(/^studio_session=/);
    for (let i = 0; i < 5; i++) signIn(from("203.0.113.4"), "correct horse battery");
  });

  it("without STUDIO_TRUST_PROXY, counts every client as one, whatever X-Forwarded-For it sends", async () => {
    const { signIn } = await load({ STUDIO_TRUST_PROXY: "0" });
    for (let i = 0; i < 3; i++) expect(failure(() => signIn(from(`198.51.100.${i}`), "guess")).code).toBe("wrong_password");
    expect(failure(() => signIn(from("198.51.100.99"), "correct horse battery")).code).toBe("too_many_logins");
  });

  it("caps failures across all clients too, since a proxy's X-Forwarded-For is only as good as its set-up", async () => {
    const { signIn } = await load();
    for (let i = 0; i < 30; i++) failure(() => signIn(from(`198.51.100.${i}`), "guess"));
    expect(failure(() => signIn(from("198.51.100.200"), "correct horse battery")).code).toBe("too_many_logins");
  });

  it("a new password ends the sessions of the old one", async () => {
    const first = await load();
    const value = first.signIn(from("203.0.113.5"), "correct horse battery").split(";")[0]!;
    const second = await load({ STUDIO_PASSWORD: "a different password" });
    expect(second.hasSession(from("203.0.113.5", value))).toBe(false);
  });
});

describe("requireEngineAuth", () => {
  const loopback = (headers: Record<string, string> = {}) => new Request("http://127.0.0.1:3000/v1/extract", { headers: { host: "127.0.0.1:3000", ...headers } });

  it("accepts a session or the bearer key, and nothing else, even from this machine", async () => {
    const { signIn, requireEngineAuth } = await load();
    const cookie = signIn(loopback(), "correct horse battery").split(";")[0]!;
    expect(() => requireEngineAuth(loopback({ cookie }))).not.toThrow();
    expect(() => requireEngineAuth(loopback({ authorization: "Bearer engine-key-123" }))).not.toThrow();
    expect(failure(() => requireEngineAuth(loopback())).code).toBe("linkup_unauthorized");
    expect(failure(() => requireEngineAuth(loopback({ authorization: "Bearer engine-key-124" }))).code).toBe("linkup_unauthorized");
  });

  it("without a password: the bearer key when set (from anywhere), else loopback only", async () => {
    const keyed = await load({ STUDIO_PASSWORD: "" });
    expect(failure(() => keyed.requireEngineAuth(loopback())).message).toMatch(/Missing or invalid API key/);
    expect(failure(() => keyed.requireEngineAuth(loopback({ authorization: "Bearer engine-key-12" }))).code).toBe("linkup_unauthorized");
    expect(() => keyed.requireEngineAuth(loopback({ authorization: "Bearer engine-key-123", "x-forwarded-for": "203.0.113.9" }))).not.toThrow();
    const open = await load({ STUDIO_PASSWORD: "", ENGINE_API_KEY: "" });
    await listening("127.0.0.1", () => {
      expect(() => open.requireEngineAuth(loopback())).not.toThrow();
      expect(failure(() => open.requireEngineAuth(loopback({ "x-forwarded-for": "203.0.113.9" }))).message).toMatch(/reachable beyond this machine/);
    });
  });

  it("without a password or key, a server listening beyond loopback refuses /v1 even to requests that claim to be local", async () => {
    const open = await load({ STUDIO_PASSWORD: "", ENGINE_API_KEY: "" });
    // STUDIO_INSECURE=1 on every address: Host and X-Forwarded-For are the client's to write.
    await listening("0.0.0.0", () => {
      expect(failure(() => open.requireEngineAuth(loopback({ "x-forwarded-for": "127.0.0.1" }))).message).toMatch(/reachable beyond this machine/);
    });
    // No listening socket found: unknown counts as beyond, as at start-up.
    expect(failure(() => open.requireEngineAuth(loopback())).code).toBe("linkup_unauthorized");
  });

  it("without ENGINE_API_KEY, a session is the only way in", async () => {
    const { requireEngineAuth } = await load({ ENGINE_API_KEY: "" });
    expect(failure(() => requireEngineAuth(loopback())).message).toMatch(/Sign in to the studio first/);
  });
});
