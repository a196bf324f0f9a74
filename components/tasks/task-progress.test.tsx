import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { emptyProgress, type TaskProgress as Progress } from "@/lib/extract/types";
import { TaskProgress } from "./task-progress";

const report = (patch: Partial<Progress>): Progress => ({ ...emptyProgress(), ...patch });
/** The text of the element with this data-testid (the markup is React's own: no nesting inside). */
const textOf = (html: string, testId: string) => new RegExp(`data-testid="${testId}"[^>]*>([^<]*)<`).exec(html)?.[1];

describe("TaskProgress", () => {
  it("after a failure, shows the final state and the counts, not a page being fetched", () => {
    const html = renderToStaticMarkup(
      <TaskProgress progress={report({ stage: "fetching", currentUrl: "https://shop.example/list", pagesFetched: 2, recordsFound: 40 })} status="failed" />,
    );
    expect(textOf(html, "progress-stage")).toBe("Failed while fetching pages");
    expect(html).not.toContain("Now:");
    expect(html).not.toContain("https://shop.example/list");
    expect(textOf(html, "progress-pages")).toBe("2");
    expect(textOf(html, "progress-records")).toBe("40");
    expect(textOf(html, "progress-kept")).toBe("0");
    expect(html).toContain('data-ongoing="false"');
  });

  it("while running, shows the page being fetched and no row count before there is one", () => {
    const html = renderToStaticMarkup(
      <TaskProgress progress={report({ stage: "fetching", currentUrl: "https://shop.example/p2", pagesFetched: 1, recordsFound: 20 })} status="processing" />,
    );
    expect(textOf(html, "progress-stage")).toBe("Fetching pages");
    expect(textOf(html, "progress-current-url")).toBe("Now: https://shop.example/p2");
    expect(textOf(html, "progress-records")).toBe("20");
    expect(textOf(html, "progress-kept")).toBe("—");
    expect(textOf(html, "progress-dropped")).toBe("—");
    expect(html).toContain('data-testid="progress-kept-pending"');
  });

  it("shows kept and dropped rows once they are counted", () => {
    const html = renderToStaticMarkup(
      <TaskProgress progress={report({ stage: "verifying", recordsFound: 20, rowsKept: 17, rowsDropped: { invalid: 1, duplicate: 2, deadLinks: 0 } })} status="processing" />,
    );
    expect(textOf(html, "progress-kept")).toBe("17");
    expect(textOf(html, "progress-dropped")).toBe("3");
    expect(html).not.toContain('data-testid="progress-kept-pending"');
  });

  it("while pages are read, says which page of at most how many", () => {
    const html = renderToStaticMarkup(
      <TaskProgress progress={report({ stage: "fetching", currentUrl: "https://shop.example/p3", pagesFetched: 2, recordsFound: 40, maxPages: 20 })} status="processing" />,
    );
    expect(textOf(html, "progress-page-bound")).toBe("Page 3 of at most 20");
    expect(textOf(html, "progress-pages")).toBe("2");
  });

  it("says nothing of a bound the report does not carry, nor once the task has ended", () => {
    const running = renderToStaticMarkup(<TaskProgress progress={report({ stage: "fetching", pagesFetched: 2 })} status="processing" />);
    expect(running).not.toContain("progress-page-bound");
    expect(running).not.toContain("at most");
    const ended = renderToStaticMarkup(<TaskProgress progress={report({ stage: "done", pagesFetched: 5, rowsKept: 44, maxPages: 20 })} status="completed" />);
    expect(ended).not.toContain("at most");
  });
});
