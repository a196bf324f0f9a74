import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path";

describe("safeNextPath", () => {
  it("keeps a path on the studio, with its query and fragment", () => {
    expect(safeNextPath("/tasks/abc?provider=embedded#rows")).toBe("/tasks/abc?provider=embedded#rows");
    expect(safeNextPath("/")).toBe("/");
  });

  it.each([
    ["nothing", null],
    ["empty", ""],
    ["an absolute URL", "https://evil.example/"],
    ["a protocol-relative URL", "//evil.example/x"],
    ["a backslash trick", "/\\evil.example"],
    ["a backslash later on", "/tasks\\..\\x"],
    ["a scheme", "javascript:alert(1)"],
    ["a relative path", "tasks"],
    ["a tab inside", "/\t/evil.example"],
    ["an API route", "/api/extract"],
    ["the engine API", "/v1/extract"],
    ["the login page", "/login?next=/login"],
    ["something huge", `/${"a".repeat(3000)}`],
  ])("turns %s into /", (_what, raw) => {
    expect(safeNextPath(raw)).toBe("/");
  });

  it("normalises dot segments before deciding", () => {
    expect(safeNextPath("/tasks/../api/extract")).toBe("/");
    expect(safeNextPath("/tasks/./x")).toBe("/tasks/x");
  });
});
