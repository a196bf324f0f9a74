import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { emptyProgress, type Task } from "@/lib/extract/types";
import { TaskSummary } from "./task-summary";

const task = (patch: Partial<Task>): Task => ({
  id: "5b4f2b8e-0000-4000-8000-000000000000",
  status: "processing",
  createdAt: "2026-11-30T10:00:00.000Z",
  updatedAt: "2026-11-30T10:00:05.000Z",
  error: null,
  input: { q: "every product", url: "https://shop.example/list", schema: null, verifyUrls: false },
  output: null,
  progress: { ...emptyProgress(), stage: "fetching", pagesFetched: 3 },
  provider: "embedded",
  ...patch,
});

const render = (t: Task) =>
  renderToStaticMarkup(
    <QueryClientProvider client={new QueryClient()}>
      <TaskSummary task={t} provider={null} />
    </QueryClientProvider>,
  );

describe("the task page's Cancel button", () => {
  it("is offered while the embedded engine has the task queued or running", () => {
    for (const status of ["pending", "processing"] as const) expect(render(task({ status })), status).toContain('data-testid="task-cancel"');
  });

  it("is not offered for a Linkup task (Linkup cannot stop one), nor once a task has ended", () => {
    expect(render(task({ provider: "linkup" }))).not.toContain('data-testid="task-cancel"');
    expect(render(task({ provider: undefined }))).not.toContain('data-testid="task-cancel"');
    for (const status of ["completed", "failed"] as const) expect(render(task({ status })), status).not.toContain('data-testid="task-cancel"');
  });

  it("confirms only from a closed modal whose default keeps the task: nothing is asked before Cancel is clicked", () => {
    const html = render(task({}));
    expect(html).toContain('data-testid="task-cancel-dialog"');
    expect(html).not.toContain('data-testid="task-cancel-confirm"');
  });
});
