import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/errors";
import { pollInterval, taskQueryOptions, tasksPageQueryOptions } from "./tasks";

describe("pollInterval", () => {
  it("polls every 2 s for the first 30 s of watching, then every 5 s", () => {
    expect(pollInterval(0)).toBe(2_000);
    expect(pollInterval(29_999)).toBe(2_000);
    expect(pollInterval(30_000)).toBe(5_000);
    expect(pollInterval(10 * 60_000)).toBe(5_000);
  });
});

describe("taskQueryOptions' polling", () => {
  type Interval = (query: unknown) => number | false;
  const interval = (state: { data?: unknown; error?: unknown; dataUpdatedAt?: number }, watchStartedAt = Date.now()) =>
    (taskQueryOptions("abc", watchStartedAt).refetchInterval as Interval)({ state: { data: undefined, error: null, dataUpdatedAt: 0, ...state } });

  it("goes on while the task runs and after a failed check, and stops for a task that does not exist", () => {
    expect(interval({})).toBe(2_000);
    expect(interval({ error: new ApiError("upstream_unavailable") })).toBe(2_000);
    expect(interval({ error: new ApiError("not_found", "This task does not exist.") })).toBe(false);
  });

  it("waits as long as Linkup's Retry-After asks before checking again", () => {
    const limited = new ApiError("rate_limited", "Linkup is rate-limiting the studio. Try again in 60 seconds.", { retryAfter: 60 });
    expect(interval({ error: limited, dataUpdatedAt: Date.now() - 1_000 })).toBe(60_000);
  });

  it("checks less often the longer checks have been failing, up to once a minute, and at the usual pace again once one succeeds", () => {
    const down = new ApiError("upstream_unavailable");
    const watched = Date.now() - 10 * 60_000;
    expect(interval({ error: down, dataUpdatedAt: Date.now() - 3_000 }, watched)).toBe(5_000);
    expect(interval({ error: down, dataUpdatedAt: Date.now() - 40_000 }, watched)).toBeGreaterThanOrEqual(20_000);
    expect(interval({ error: down, dataUpdatedAt: Date.now() - 40_000 }, watched)).toBeLessThan(21_000);
    expect(interval({ error: down, dataUpdatedAt: Date.now() - 5 * 60_000 }, watched)).toBe(60_000);
    // Never loaded: failing since the page began watching.
    expect(interval({ error: down }, Date.now() - 5 * 60_000)).toBe(60_000);
    expect(interval({ error: null, dataUpdatedAt: Date.now() - 1_000 }, watched)).toBe(5_000);
  });
});

describe("the tasks list's refresh", () => {
  type Interval = (query: unknown) => number | false;
  const task = (status: string) => ({ id: status, status });
  const interval = (data: unknown, failing: { error: unknown; dataUpdatedAt: number } = { error: null, dataUpdatedAt: Date.now() }) =>
    (tasksPageQueryOptions(1).refetchInterval as Interval)({ state: { data, ...failing } });
  const page = (...statuses: string[]) => ({ metadata: { page: 1, pageSize: 20, total: statuses.length, totalPages: 1 }, data: statuses.map(task) });

  it("re-reads the list while a listed task is pending or processing, and stops once none is", () => {
    expect(interval(page("completed", "pending"))).toBe(5_000);
    expect(interval(page("processing"))).toBe(5_000);
    expect(interval(page("completed", "failed"))).toBe(false);
    expect(interval(page())).toBe(false);
    expect(interval(undefined)).toBe(false);
  });

  it("re-reads a list that lacks Linkup's tasks every 30 s, for them to come back", () => {
    expect(interval({ ...page("completed"), unavailable: { code: "upstream_unavailable", message: "…" } })).toBe(30_000);
  });

  it("backs off while re-reading it fails, honouring Linkup's Retry-After", () => {
    const running = page("processing");
    expect(interval(running, { error: new ApiError("rate_limited", undefined, { retryAfter: 30 }), dataUpdatedAt: Date.now() })).toBe(30_000);
    expect(interval(running, { error: new ApiError("upstream_error"), dataUpdatedAt: Date.now() - 10 * 60_000 })).toBe(60_000);
  });
});
