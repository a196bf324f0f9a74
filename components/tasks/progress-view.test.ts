import { describe, expect, it } from "vitest";
import { emptyProgress, type TaskProgress } from "@/lib/extract/types";
import { progressView } from "./progress-view";

const report = (patch: Partial<TaskProgress>): TaskProgress => ({ ...emptyProgress(), ...patch });

describe("progressView", () => {
  it("shows the live stage and page while the task runs", () => {
    expect(progressView(report({ stage: "fetching", currentUrl: "https://shop.example/p2", pagesFetched: 1 }), "processing")).toEqual({
      stage: "Fetching pages",
      ongoing: true,
      currentUrl: "https://shop.example/p2",
      rowsCounted: false,
      pageOfBound: null,
    });
    expect(progressView(report({}), "pending")).toMatchObject({ stage: "Queued", ongoing: true });
  });

  it("says how a failed task ended, not what it was doing, and drops the current URL", () => {
    const lastReport = report({ stage: "fetching", currentUrl: "https://shop.example/", pagesFetched: 0 });
    expect(progressView(lastReport, "failed")).toEqual({ stage: "Failed while fetching pages", ongoing: false, currentUrl: null, rowsCounted: true, pageOfBound: null });
    expect(progressView(report({ stage: "extracting", currentUrl: "https://shop.example/p3" }), "failed")).toMatchObject({
      stage: "Failed while extracting records",
      currentUrl: null,
    });
    expect(progressView(report({ stage: "queued" }), "failed").stage).toBe("Failed");
  });

  it("says Done for a completed task, whatever the last report said", () => {
    expect(progressView(report({ stage: "done", rowsKept: 12 }), "completed")).toEqual({ stage: "Done", ongoing: false, currentUrl: null, rowsCounted: true, pageOfBound: null });
    expect(progressView(report({ stage: "writing", currentUrl: "https://shop.example/" }), "completed")).toMatchObject({ stage: "Done", currentUrl: null });
  });

  it("counts rows as unknown until the engine has deduplicated and validated", () => {
    // Records are found page by page; rows are kept or dropped only after the last page.
    expect(progressView(report({ stage: "extracting", pagesFetched: 3, recordsFound: 60 }), "processing").rowsCounted).toBe(false);
    expect(progressView(report({ stage: "extracting", recordsFound: 60, rowsKept: 58 }), "processing").rowsCounted).toBe(true);
    expect(progressView(report({ stage: "extracting", rowsDropped: { invalid: 0, duplicate: 2, deadLinks: 0 } }), "processing").rowsCounted).toBe(true);
    for (const stage of ["verifying", "writing", "done"] as const) expect(progressView(report({ stage }), "processing").rowsCounted, stage).toBe(true);
  });

  it("reads the page the engine is on against the most it will read, while it reads pages", () => {
    // Fetching: the page on its way is not counted yet, it is the next one.
    expect(progressView(report({ stage: "fetching", pagesFetched: 2, maxPages: 20 }), "processing").pageOfBound).toBe("Page 3 of at most 20");
    expect(progressView(report({ stage: "fetching", pagesFetched: 0, maxPages: 20 }), "processing").pageOfBound).toBe("Page 1 of at most 20");
    expect(progressView(report({ stage: "extracting", pagesFetched: 3, maxPages: 20 }), "processing").pageOfBound).toBe("Page 3 of at most 20");
    expect(progressView(report({ stage: "extracting", pagesFetched: 1_200, maxPages: 5_000 }), "processing").pageOfBound).toBe("Page 1,200 of at most 5,000");
    // The last page allowed is read: the count never runs past the bound.
    expect(progressView(report({ stage: "extracting", pagesFetched: 20, maxPages: 20 }), "processing").pageOfBound).toBe("Page 20 of at most 20");
  });

  it("says nothing of a bound before and after the pages are read, once the task has ended, or when no bound was reported", () => {
    for (const stage of ["queued", "verifying", "writing", "done"] as const) {
      expect(progressView(report({ stage, pagesFetched: 4, maxPages: 20 }), "processing").pageOfBound, stage).toBeNull();
    }
    expect(progressView(report({ stage: "fetching", pagesFetched: 4, maxPages: 20 }), "failed").pageOfBound).toBeNull();
    expect(progressView(report({ stage: "extracting", pagesFetched: 4, maxPages: 20 }), "completed").pageOfBound).toBeNull();
    // A report saved before the bound was carried.
    expect(progressView(report({ stage: "fetching", pagesFetched: 4 }), "processing").pageOfBound).toBeNull();
  });
});
