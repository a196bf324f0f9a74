import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/errors";
import { assertSameOrigin, readJson } from "./handler";

const req = (headers: Record<string, string>, body?: string) =>
  new Request("http://127.0.0.1:3000/api/extract", { method: "POST", headers, body });

describe("assertSameOrigin", () => {
  it("accepts the studio's own pages and non-browser clients", () => {
    expect(() => assertSameOrigin(req({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" }))).not.toThrow();
    expect(() => assertSameOrigin(req({ host: "127.0.0.1:3000" }))).not.toThrow();
    // A form post under no-referrer: Origin is "null", Sec-Fetch-Site still says same-origin.
    expect(() => assertSameOrigin(req({ host: "127.0.0.1:3000", origin: "null", "sec-fetch-site": "same-origin" }))).not.toThrow();
    expect(() => assertSameOrigin(req({ host: "studio.internal", "x-forwarded-host": "studio.example.com", origin: "https://studio.example.com" }))).not.toThrow();
  });

  it("refuses other sites", () => {
    const cases: Record<string, string>[] = [
      { host: "127.0.0.1:3000", "sec-fetch-site": "cross-site" },
      { host: "127.0.0.1:3000", "sec-fetch-site": "same-site", origin: "http://127.0.0.1:3000" },
      { host: "127.0.0.1:3000", "sec-fetch-site": "cross-site", origin: "http://127.0.0.1:3000" },
      { host: "127.0.0.1:3000", origin: "http://evil.example" },
      { host: "127.0.0.1:3000", origin: "null" },
    ];
    for (const headers of cases) {
      let code: string | undefined;
      try {
        assertSameOrigin(req(headers));
      } catch (err) {
        code = err instanceof ApiError ? err.code : "other";
      }
      expect(code, JSON.stringify(headers)).toBe("cross_origin");
    }
  });
});

describe("readJson", () => {
  it("wants JSON, whole and under 1 MB", async () => {
    await expect(readJson(req({ "content-type": "text/plain" }, "{}"))).rejects.toMatchObject({ status: 415 });
    await expect(readJson(req({ "content-type": "application/json" }, "{bad"))).rejects.toMatchObject({ code: "bad_request" });
    await expect(readJson(req({ "content-type": "application/json" }, JSON.stringify({ x: "y".repeat(1_100_000) })))).rejects.toMatchObject({ status: 413 });
    await expect(readJson(req({ "content-type": "application/json; charset=utf-8" }, '{"a":1}'))).resolves.toEqual({ a: 1 });
  });
});
