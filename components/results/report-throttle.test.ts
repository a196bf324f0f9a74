import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ReportThrottle } from "./report-throttle";

describe("ReportThrottle", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = () => {
    const sent: number[] = [];
    const throttle = new ReportThrottle(100, () => sent.push(Date.now()), () => Date.now());
    return { sent, throttle };
  };

  it("sends at most once per window, and a report held back goes out when the window ends", () => {
    const { sent, throttle } = setup();
    const t0 = Date.now();
    throttle.report(); // inside the first window: held back
    throttle.report(); // still one pending send, not two
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(99);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([t0 + 100]);
    vi.advanceTimersByTime(1_000); // nothing new was reported: nothing more is sent
    expect(sent).toHaveLength(1);
  });

  it("sends at once once the window has passed, and a forced report never waits", () => {
    const { sent, throttle } = setup();
    vi.advanceTimersByTime(150);
    throttle.report();
    expect(sent).toHaveLength(1);
    throttle.report(true);
    expect(sent).toHaveLength(2);
  });

  it("a forced report takes the place of the one pending, and cancel drops it", () => {
    const { sent, throttle } = setup();
    throttle.report();
    throttle.report(true);
    vi.advanceTimersByTime(500);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(500);
    throttle.report();
    expect(sent).toHaveLength(2);
    throttle.report();
    throttle.cancel();
    vi.advanceTimersByTime(500);
    expect(sent).toHaveLength(2);
  });
});
