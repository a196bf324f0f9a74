import { describe, expect, it } from "vitest";
import { clientKey, SlidingWindowLimiter } from "./rate-limit";

describe("SlidingWindowLimiter", () => {
  it("allows `limit` events per window per key, then says when to retry", () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter(3, 60_000, () => now);
    expect([limiter.take("a"), limiter.take("a"), limiter.take("a")].every((r) => r.ok)).toBe(true);
    expect(limiter.take("a")).toEqual({ ok: false, retryAfterS: 60 });
    expect(limiter.take("b").ok).toBe(true);
    now = 30_000;
    expect(limiter.take("a")).toEqual({ ok: false, retryAfterS: 30 });
    now = 60_001;
    expect(limiter.take("a").ok).toBe(true);
  });

  it("peeks without counting, so only recorded events (failed sign-ins) use the allowance", () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter(2, 60_000, () => now);
    for (let i = 0; i < 5; i++) expect(limiter.peek("a").ok).toBe(true);
    limiter.record("a");
    now = 10_000;
    limiter.record("a");
    expect(limiter.peek("a")).toEqual({ ok: false, retryAfterS: 50 });
    expect(limiter.peek("b").ok).toBe(true);
    now = 60_001;
    expect(limiter.peek("a").ok).toBe(true);
  });

  it("gives back an event taken, so it no longer counts", () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter(2, 60_000, () => now);
    const first = limiter.take("a");
    now = 10_000;
    const second = limiter.take("a");
    expect(limiter.take("a").ok).toBe(false);
    if (!second.ok) throw new Error("expected the second event to be allowed");
    limiter.giveBack("a", second.at);
    limiter.giveBack("b", second.at); // another client's: nothing to give back
    expect(limiter.take("b").ok).toBe(true);
    // Only the event given back is forgotten: the first still counts until its window ends.
    expect(first.ok && limiter.take("a").ok).toBe(true);
    expect(limiter.take("a")).toEqual({ ok: false, retryAfterS: 50 });
  });

  it("behind a trusted proxy, keys clients by the hop the proxy added (the last)", () => {
    expect(clientKey(new Request("http://x/", { headers: { "x-forwarded-for": "203.0.113.9" } }), true)).toBe("203.0.113.9");
    // A proxy that appends: what the client claimed comes first, what the proxy saw last.
    expect(clientKey(new Request("http://x/", { headers: { "x-forwarded-for": "10.9.9.9, 203.0.113.9" } }), true)).toBe("203.0.113.9");
    expect(clientKey(new Request("http://x/"), true)).toBe("local");
  });

  it("without a trusted proxy, ignores X-Forwarded-For: a client could send a new address with every request", () => {
    for (const hop of ["10.0.0.1", "10.0.0.2", "203.0.113.9, 10.0.0.1"]) {
      expect(clientKey(new Request("http://x/", { headers: { "x-forwarded-for": hop } }), false)).toBe("local");
    }
  });
});
