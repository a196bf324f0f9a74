import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/errors";
import { pollInterval, taskQueryOptions } from "./tasks";

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
