import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { serverTiming } from "./server-timing";

/**
 * Where a route's time goes: its own work versus waiting on the upstream. Each timed route answers
 * with a `Server-Timing` header (`app;dur=…, upstream;dur=…`), which the browser's devtools show and
 * which the load bench reads to report the studio's own time with upstream time excluded.
 */
interface RouteClock {
  upstreamMs: number;
}

const clocks = new AsyncLocalStorage<RouteClock>();

/**
 * Counts the time spent waiting on `work` as upstream time of the route running now (no-op outside
 * a timed route). Call it where the studio waits on Linkup and nowhere the wait is already counted.
 */
export async function upstreamWait<T>(work: Promise<T>): Promise<T> {
  const clock = clocks.getStore();
  if (!clock) return work;
  const start = performance.now();
  try {
    return await work;
  } finally {
    clock.upstreamMs += performance.now() - start;
  }
}

/** Runs a route handler and stamps its answer with how long the studio itself took. */
export async function timedRoute(handler: () => Promise<Response>): Promise<Response> {
  const clock: RouteClock = { upstreamMs: 0 };
  const start = performance.now();
  const response = await clocks.run(clock, handler);
  const total = performance.now() - start;
  const app = Math.max(0, total - clock.upstreamMs);
  try {
    response.headers.set("server-timing", serverTiming(app, clock.upstreamMs));
  } catch {
    // Immutable headers (a response passed through as is): the timing is only a diagnostic.
  }
  return response;
}
