import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { areaOf } from "@/lib/auth/gate";
import { config } from "./proxy";

/** Every page and route handler under app/, as a URL path with sample values for its dynamic segments. */
function routes(dir = path.join(__dirname, "app"), prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      const segment = entry.name.startsWith("(") ? "" : `/${entry.name.replace(/^\[.*\]$/, "abc")}`;
      return routes(path.join(dir, entry.name), prefix + segment);
    }
    return /^(page|route)\.tsx?$/.test(entry.name) ? [prefix || "/"] : [];
  });
}

describe("the proxy's reach", () => {
  const matchers = config.matcher.map((source) => new RegExp(`^${source}$`));
  const all = routes();

  it("finds the studio's routes", () => {
    expect(all).toEqual(expect.arrayContaining(["/", "/login", "/tasks/abc", "/api/extract", "/api/health", "/v1/extract", "/v1/extract/abc/result"]));
  });

  it("runs in front of every page and route handler, so a new route cannot escape the sign-in", () => {
    for (const route of all) expect(matchers.some((m) => m.test(route)), route).toBe(true);
    for (const asset of ["/_next/static/chunks/app.js", "/favicon.ico"]) expect(matchers.some((m) => m.test(asset)), asset).toBe(false);
  });

  it("lets every app icon through without a session, so the login page has its icon", () => {
    // Next serves these metadata files from the app/ root at their own name (icon.svg as /icon.svg?<hash>).
    const icons = readdirSync(path.join(__dirname, "app")).filter((name) => /^(favicon\.ico|(apple-)?icon\d*\.\w+)$/.test(name));
    expect(icons).toEqual(expect.arrayContaining(["favicon.ico", "icon.svg"]));
    for (const icon of icons) expect(matchers.some((m) => m.test(`/${icon}`)), icon).toBe(false);
  });

  it("leaves open only the login page, the sign-in route, health and signed result links", () => {
    const open = all.filter((route) => !["page", "api", "v1"].includes(areaOf(route))).sort();
    expect(open).toEqual(["/api/health", "/api/session", "/login", "/v1/extract/abc/result"]);
  });
});
