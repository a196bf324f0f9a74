import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { areaOf } from "./gate";

describe("areaOf", () => {
  it.each([
    ["/", "page"],
    ["/tasks/abc", "page"],
    ["/apis", "page"],
    ["/login", "login"],
    ["/api/health", "public-api"],
    ["/api/session", "public-api"],
    ["/api/health/x", "api"],
    ["/api", "api"],
    ["/api/extract", "api"],
    ["/api/extract/abc/rows", "api"],
    ["/v1/extract", "v1"],
    ["/v1/extract/abc", "v1"],
    ["/v1/extract/abc/result", "v1-result"],
    ["/v1/extract/abc/result/x", "v1"],
    ["/v1", "v1"],
  ])("%s is %s", (pathname, area) => {
    expect(areaOf(pathname)).toBe(area);
  });
});

describe("gate without a password (DNS rebinding)", () => {
  const keys = ["STUDIO_PASSWORD", "STUDIO_ALLOWED_HOSTS", "ENGINE_API_KEY"] as const;
  const saved = Object.fromEntries(keys.map((k) => [k, process.env[k]]));
  beforeEach(() => {
    for (const k of keys) process.env[k] = "";
    vi.resetModules(); // env() reads the variables once
  });
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  });

  const request = (url: string, host: string, method = "GET") => new NextRequest(url, { method, headers: { host } });

  it("answers a page load sent to another name with a readable page, and /api with the error shape", async () => {
    const { gate } = await import("./gate");
    const page = gate(request("http://attacker.example:4813/tasks", "attacker.example:4813"))!;
    expect(page.status).toBe(403);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await page.text()).toMatch(/<h1>Wrong address for this studio<\/h1><p>This studio has no password.*not at “attacker\.example”/);
    for (const path of ["/api/extract", "/api/health", "/api/session"]) {
      const api = gate(request(`http://attacker.example:4813${path}`, "attacker.example:4813", "POST"))!;
      expect(api.status, path).toBe(403);
      expect(((await api.json()) as { error: { code: string } }).error.code, path).toBe("host_not_allowed");
    }
  });

  it("lets through this machine's names, and a signed result link by any name", async () => {
    const { gate } = await import("./gate");
    for (const host of ["127.0.0.1:3000", "localhost:3000", "[::1]:3000"]) {
      expect(gate(request(`http://${host}/tasks`, host)), host).toBeNull();
      expect(gate(request(`http://${host}/api/extract`, host)), host).toBeNull();
    }
    expect(gate(request("http://studio.example/v1/extract/abc/result", "studio.example"))).toBeNull();
  });
});
