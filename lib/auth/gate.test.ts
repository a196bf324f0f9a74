import { describe, expect, it } from "vitest";
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
