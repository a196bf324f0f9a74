import { describe, expect, it } from "vitest";
import { parseServerTiming } from "./server-timing";
import { timedRoute, upstreamWait } from "./timing";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("timedRoute", () => {
  it("separates the route's own time from the time it waited on the upstream", async () => {
    const response = await timedRoute(async () => {
      await upstreamWait(sleep(60));
      const start = Date.now();
      while (Date.now() - start < 25) {
        // the studio's own (busy) work
      }
      await upstreamWait(sleep(40));
      return Response.json({ ok: true });
    });
    const timing = parseServerTiming(response.headers.get("server-timing"));
    expect(timing).not.toBeNull();
    // Lower bounds only: a loaded machine stretches both clocks (timers fire late, the loop is
    // descheduled), never shortens them. Waits not counted as upstream would fail the first, and
    // the busy work counted as upstream the second.
    expect(timing!.upstreamMs).toBeGreaterThanOrEqual(95);
    expect(timing!.appMs).toBeGreaterThanOrEqual(20);
  });

  it("keeps concurrent routes' clocks apart", async () => {
    const [slow, fast] = await Promise.all([
      timedRoute(async () => {
        await upstreamWait(sleep(80));
        return new Response("slow");
      }),
      timedRoute(async () => new Response("fast")),
    ]);
    expect(parseServerTiming(slow.headers.get("server-timing"))!.upstreamMs).toBeGreaterThanOrEqual(75);
    expect(parseServerTiming(fast.headers.get("server-timing"))!.upstreamMs).toBe(0);
  });

  it("leaves a response with immutable headers as it is", async () => {
    const response = await timedRoute(async () => Response.redirect("http://127.0.0.1/", 302));
    expect(response.status).toBe(302);
  });

  it("waits outside a timed route are not counted anywhere", async () => {
    await expect(upstreamWait(Promise.resolve(7))).resolves.toBe(7);
  });
});
