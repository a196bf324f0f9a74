import { double } from "./support/double";
import { STUDIO_ORIGIN } from "./support/env";
import { expect, test } from "./support/fixtures";
import { openTask } from "./support/review-task";

test("a row's detail opens at the side, on screen and focused; Escape closes it and focus goes back to the grid", async ({ compose, taskPage, page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openTask(compose, taskPage);
  const detail = page.getByTestId("row-detail");
  await page.getByRole("gridcell", { name: "Cy", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "Row 3" })).toBeVisible();
  await expect(detail).toBeInViewport({ ratio: 1 });
  await expect(detail).toBeFocused();
  await expect(detail).toContainText('"name": "Cy"');

  // The grid stays usable beside it: another row shows in the same panel.
  const ada = page.getByRole("gridcell", { name: "Ada", exact: true });
  await ada.click();
  await expect(page.getByRole("dialog", { name: "Row 1" })).toBeVisible();
  await expect(detail).toContainText('"name": "Ada"');
  await expect(detail).toBeFocused();

  await page.keyboard.press("Escape");
  await expect(detail).toHaveCount(0);
  await expect(ada).toBeFocused();
});

test("a row's detail opens from the keyboard: Enter on a focused cell; Escape closes it and focus goes back to that cell", async ({ compose, taskPage, page }) => {
  await openTask(compose, taskPage);
  const detail = page.getByTestId("row-detail");
  const ada = page.getByRole("gridcell", { name: "Ada", exact: true });
  const bob = page.getByRole("gridcell", { name: "Bob", exact: true });
  await ada.focus();
  // Arrow keys move between cells as before, and open nothing.
  await page.keyboard.press("ArrowDown");
  await expect(bob).toBeFocused();
  await expect(detail).toHaveCount(0);

  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: "Row 2" })).toBeVisible();
  await expect(detail).toBeFocused();
  await expect(detail).toContainText('"name": "Bob"');

  await page.keyboard.press("Escape");
  await expect(detail).toHaveCount(0);
  await expect(bob).toBeFocused();
});

test("Ctrl+C on a focused cell copies its raw value and says so; Copy JSON in the row's detail says so too", async ({ compose, taskPage, page }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: STUDIO_ORIGIN });
  await openTask(compose, taskPage);
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  // The link cell shows its host; the copy is the full URL.
  await page.locator('.ag-row[row-index="0"] .ag-cell[col-id="profile"]').focus();
  await page.keyboard.press("ControlOrMeta+c");
  await expect(page.getByTestId("copy-status")).toHaveText("Copied");
  expect(await clipboard()).toBe("https://www.example.com/people/ada?ref=1");
  await page.locator('.ag-row[row-index="0"] .ag-cell[col-id="remote"]').focus();
  await page.keyboard.press("ControlOrMeta+c");
  await expect.poll(clipboard).toBe("true");

  await page.getByRole("gridcell", { name: "Bob", exact: true }).click();
  await page.getByRole("button", { name: "Copy JSON" }).click();
  await expect(page.getByTestId("copy-json-status")).toHaveText("Copied");
  expect(JSON.parse(await clipboard())).toMatchObject({ name: "Bob" });
});

test("Ctrl+C on a cell a spreadsheet would run as a formula copies it guarded, as the CSV export does, and says so; a plain number copies as it is", async ({ compose, taskPage, page }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: STUDIO_ORIGIN });
  const link = '=HYPERLINK("https://evil.example/","Open")';
  await double.queueScenario({ pendingMs: 50, processingMs: 100, rows: [{ name: link, delta: "-12.5", note: "＠cmd" }] });
  await compose.goto();
  await compose.fill({ url: "https://example.com/formulas", q: "every row with name, delta and note", schema: { type: "object", properties: { name: { type: "string" }, delta: { type: "string" }, note: { type: "string" } } } });
  await compose.runAndOpenTask();
  await taskPage.expectStatus("completed");
  await taskPage.expectAllRowsLoaded(1);
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  const copyCell = async (column: string) => {
    await page.locator(`.ag-row[row-index="0"] .ag-cell[col-id="${column}"]`).focus();
    await page.keyboard.press("ControlOrMeta+c");
  };

  await copyCell("name");
  await expect(page.getByTestId("copy-status")).toHaveText(/^Copied with a ' in front, so a spreadsheet keeps it as text/);
  expect(await clipboard()).toBe(`'${link}`);
  await copyCell("note");
  await expect.poll(clipboard).toBe("'＠cmd");
  await copyCell("delta");
  await expect.poll(clipboard).toBe("-12.5");
  await expect(page.getByTestId("copy-status")).toHaveText("Copied");
});
