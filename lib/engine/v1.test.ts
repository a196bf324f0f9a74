import { describe, expect, it } from "vitest";
import { isLoopbackRequest } from "./v1";

const req = (host: string, headers: Record<string, string> = {}) => new Request(`http://${host}/v1/extract`, { headers: { host, ...headers } });

describe("isLoopbackRequest", () => {
  it("knows requests from this machine", () => {
    for (const host of ["127.0.0.1:3000", "localhost:3000", "[::1]:3000", "127.0.0.2"]) expect(isLoopbackRequest(req(host)), host).toBe(true);
    // Next sets X-Forwarded-For to the peer itself.
    expect(isLoopbackRequest(req("127.0.0.1:3000", { "x-forwarded-for": "::ffff:127.0.0.1" }))).toBe(true);
    expect(isLoopbackRequest(req("127.0.0.1:3000", { "x-forwarded-for": "127.0.0.1" }))).toBe(true);
  });

  it("treats other hosts and anything forwarded by a proxy as from beyond", () => {
    expect(isLoopbackRequest(req("studio.example.com"))).toBe(false);
    expect(isLoopbackRequest(req("10.0.0.5:3000"))).toBe(false);
    expect(isLoopbackRequest(req("127.0.0.1:3000", { "x-forwarded-for": "203.0.113.7" }))).toBe(false);
    expect(isLoopbackRequest(req("127.0.0.1:3000", { "x-forwarded-for": "203.0.113.7, 127.0.0.1" }))).toBe(false);
    expect(isLoopbackRequest(req("127.0.0.1:3000", { forwarded: "for=203.0.113.7" }))).toBe(false);
    expect(isLoopbackRequest(req("127.0.0.1.evil.example"))).toBe(false);
  });
});
