import { expect, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";

export class TaskPage {
  constructor(readonly page: Page) {}

  readonly status = () => this.page.getByTestId("task-status");
  readonly rowCount = () => this.page.getByTestId("row-count");
  readonly taskError = () => this.page.getByTestId("task-error");
  readonly resultsError = () => this.page.getByTestId("results-error");
  readonly grid = () => this.page.getByTestId("results-grid");
  readonly exportButton = () => this.page.getByTestId("export-csv");
  /** The task could not be loaded at all. */
  readonly loadError = () => this.page.getByTestId("task-load-error");
  /** Polling failed after the task had loaded (its last known state stays shown). */
  readonly pollError = () => this.page.getByTestId("poll-error");
  /** A status check failed and is being retried (shown before retries run out and it becomes an error). */
  readonly pollRetrying = () => this.page.getByTestId("poll-retrying");
  readonly taskRetry = () => this.page.getByTestId("task-retry");
  readonly resultsRetry = () => this.page.getByTestId("results-retry");
  /** Rows the grid has rendered. */
  readonly gridRows = () => this.grid().locator(".ag-row");

  /** Cancel (embedded engine's tasks only, while queued or running) and its confirm step. */
  readonly cancelButton = () => this.page.getByTestId("task-cancel");
  readonly cancelDialog = () => this.page.getByTestId("task-cancel-dialog");
  readonly cancelConfirm = () => this.page.getByTestId("task-cancel-confirm");

  /** Clicks Cancel, then confirms in the dialog it opens. */
  async cancelTask() {
    await this.cancelButton().click();
    await expect(this.cancelDialog()).toBeVisible();
    await this.cancelConfirm().click();
  }

  /** Rows handed to the grid so far (the row count's data-loaded). */
  async loadedRows(): Promise<number> {
    return Number(await this.rowCount().getAttribute("data-loaded"));
  }

  /** The download ended in an error: its code, with the rows received so far kept. */
  async expectLoadBrokeOff(code: string, total: number) {
    await expect(this.rowCount()).toHaveAttribute("data-status", "error", { timeout: 30_000 });
    await expect(this.resultsError()).toHaveAttribute("data-code", code);
    const loaded = await this.loadedRows();
    expect(loaded, "rows received before the fault stay loaded").toBeGreaterThan(0);
    expect(loaded, "…and are fewer than the whole result").toBeLessThan(total);
    await expect(this.gridRows().first()).toBeVisible();
    await expect(this.resultsRetry()).toBeVisible();
  }

  async goto(id: string) {
    await this.page.goto(`/tasks/${encodeURIComponent(id)}`);
  }

  async expectStatus(status: string, timeout = 30_000) {
    await expect(this.status()).toHaveAttribute("data-status", status, { timeout });
  }

  /** Waits until every row the task returned is in the grid. */
  async expectAllRowsLoaded(total: number) {
    await expect(this.rowCount()).toHaveAttribute("data-status", "done", { timeout: 30_000 });
    await expect(this.rowCount()).toHaveAttribute("data-loaded", String(total));
    await expect(this.rowCount()).toHaveText(`${total.toLocaleString("en")} / ${total.toLocaleString("en")}`);
  }

  /** Downloads an export (all rows, or the rows the grid shows) and returns its bytes. */
  async exportBytes(testId: "export-csv" | "export-xlsx" | "export-json" | "export-ndjson" | "export-view"): Promise<{ bytes: Buffer; fileName: string }> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.page.getByTestId(testId).click()]);
    return { bytes: await readFile(await download.path()), fileName: download.suggestedFilename() };
  }

  /** Clicks Export CSV and returns the downloaded file's text, BOM included. */
  async exportCsv(): Promise<{ text: string; fileName: string }> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.exportButton().click()]);
    const path = await download.path();
    const bytes = await readFile(path);
    return { text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes), fileName: download.suggestedFilename() };
  }
}
