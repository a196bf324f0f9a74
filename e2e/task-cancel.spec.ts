import { startCatalogueSite } from "./fixtures/catalogue-site";
import { double } from "./support/double";
import { EMBEDDED_ORIGIN } from "./support/env";
import { expect, test } from "./support/fixtures";

test.describe("on the embedded engine", () => {
  test.use({ baseURL: EMBEDDED_ORIGIN });

  test("Cancel stops a running crawl after a confirm that Enter or Escape cannot give; the task ends failed, saying no rows were kept", async ({ compose, taskPage, page }) => {
    // A shop of 20 listing pages, each answered after 2 s: the crawl runs for 40 s unless stopped.
    const site = await startCatalogueSite(0, { products: 200, perPage: 10, delayMs: 2_000 });
    try {
      await compose.goto();
      await compose.fill({ url: `${site.origin}/catalogue`, q: "Every product with its name, price and url" });
      await compose.runAndOpenTask();
      await taskPage.expectStatus("processing");
      await expect.poll(async () => Number(await page.getByTestId("progress-pages").textContent()), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);

      // Opened by mistake: the dialog's default answer keeps the task, with Enter as with Escape.
      await taskPage.cancelButton().click();
      await expect(taskPage.cancelDialog()).toBeVisible();
      await expect(page.getByTestId("task-cancel-keep")).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(taskPage.cancelDialog()).toBeHidden();
      await taskPage.cancelButton().click();
      await page.keyboard.press("Escape");
      await expect(taskPage.cancelDialog()).toBeHidden();
      await taskPage.expectStatus("processing");

      await taskPage.cancelTask();
      await taskPage.expectStatus("failed", 5_000);
      await expect(taskPage.taskError()).toContainText(/Cancelled by you after \d+ of at most 20 pages; no rows were kept/);
      await expect(taskPage.cancelButton()).toHaveCount(0);
      await expect(page.getByTestId("task-rows")).toHaveText("—");
      await expect(taskPage.grid()).toHaveCount(0);
    } finally {
      await site.close();
    }
  });
});

test("a Linkup task offers no Cancel, and the studio's API says Linkup cannot stop one", async ({ compose, taskPage, page }) => {
  await double.queueScenario({ pendingMs: 500, processingMs: 30_000, rows: [{ name: "Ada" }] });
  await compose.goto();
  await compose.fill({ url: "https://example.com/team", q: "Every engineer with name" });
  const id = await compose.runAndOpenTask();
  await taskPage.expectStatus("processing");
  await expect(taskPage.cancelButton()).toHaveCount(0);
  const res = await page.request.post(`/api/extract/${id}/cancel`);
  expect(res.status()).toBe(409);
  expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: "cancel_not_supported", message: expect.stringMatching(/^Linkup tasks cannot be cancelled/) as unknown });
});
