import type { Page } from "@playwright/test";

export class TasksListPage {
  constructor(readonly page: Page) {}

  readonly rows = () => this.page.getByTestId("task-row");
  /** Free previews on the embedded engine, listed beside Linkup's tasks while Linkup is active. */
  readonly previews = () => this.page.locator('[data-testid="task-row"][data-preview]');
  readonly pageInfo = () => this.page.getByTestId("page-info");
  readonly nextPage = () => this.page.getByTestId("next-page");
  readonly prevPage = () => this.page.getByTestId("prev-page");
  readonly filter = () => this.page.getByTestId("tasks-filter");
  readonly filterCount = () => this.page.getByTestId("tasks-filter-count");
  readonly filterEmpty = () => this.page.getByTestId("tasks-filter-empty");

  async goto(page = 1) {
    await this.page.goto(page === 1 ? "/tasks" : `/tasks?page=${page}`);
  }
}
