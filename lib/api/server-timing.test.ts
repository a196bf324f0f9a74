import { describe, expect, it } from "vitest";
import { parseServerTiming, serverTiming } from "./server-timing";

describe("Server-Timing", () => {
  it("round-trips the studio's and the upstream's durations", () => {
    expect(parseServerTiming(serverTiming(12.34, 456.78))).toEqual({ appMs: 12.3, upstreamMs: 456.8 });
  });

  it("reads headers written by others, in any order, with or without descriptions", () => {
    expect(parseServerTiming("upstream;dur=20, cache;desc=hit, app;dur=3.5")).toEqual({ appMs: 3.5, upstreamMs: 20 });
    expect(parseServerTiming("app;desc=\"studio\";dur=7")).toEqual({ appMs: 7, upstreamMs: 0 });
  });

  it("is null when the route did not time itself", () => {
    expect(parseServerTiming(null)).toBeNull();
    expect(parseServerTiming("db;dur=5")).toBeNull();
  });
});
