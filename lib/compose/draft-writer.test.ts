import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { debouncedWriter } from "./draft-writer";

describe("debouncedWriter", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("writes only the latest value, once typing pauses", () => {
    const written: string[] = [];
    const writer = debouncedWriter((v: string) => written.push(v), 250);
    writer.schedule("a");
    vi.advanceTimersByTime(200);
    writer.schedule("ab");
    vi.advanceTimersByTime(200);
    expect(written).toEqual([]);
    vi.advanceTimersByTime(50);
    expect(written).toEqual(["ab"]);
  });

  it("writes what is pending at once when flushed (leaving the page), and only once", () => {
    const written: string[] = [];
    const writer = debouncedWriter((v: string) => written.push(v), 250);
    writer.schedule("every member with name and email");
    writer.flush();
    expect(written).toEqual(["every member with name and email"]);
    vi.advanceTimersByTime(1_000);
    writer.flush();
    expect(written).toHaveLength(1);
  });

  it("does nothing on a flush with nothing pending", () => {
    const write = vi.fn();
    const writer = debouncedWriter(write, 250);
    writer.flush();
    writer.schedule(1);
    vi.advanceTimersByTime(250);
    writer.flush();
    expect(write).toHaveBeenCalledTimes(1);
  });
});
