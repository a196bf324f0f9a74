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
  const interval = (state: { data?: unknown; error?: unknown }) => (taskQueryOptions("abc", Date.now()).refetchInterval as Interval)({ state: { data: undefined, error: null, ...state } });

  it("goes on while the task runs and after a failed check, and stops for a task that does not exist", () => {
    expect(interval({})).toBe(2_000);
    expect(interval({ error: new ApiError("upstream_unavailable") })).toBe(2_000);
    expect(interval({ error: new ApiError("not_found", "This task does not exist.") })).toBe(false);
  });
});

describe("the tasks list's refresh", () => {
  type Interval = (query: unknown) => number | false;
  const task = (status: string) => ({ id: status, status });
  const interval = (data: unknown) => (tasksPageQueryOptions(1).refetchInterval as Interval)({ state: { data, error: null } });
  const page = (...statuses: string[]) => ({ metadata: { page: 1, pageSize: 20, total: statuses.length, totalPages: 1 }, data: statuses.map(task) });

  it("re-reads the list while a listed task is pending or processing, and stops once none is", () => {
    expect(interval(page("completed", "pending"))).toBe(5_000);
    expect(interval(page("processing"))).toBe(5_000);
    expect(interval(page("completed", "failed"))).toBe(false);
    expect(interval(page())).toBe(false);
    expect(interval(undefined)).toBe(false);
  });
});
