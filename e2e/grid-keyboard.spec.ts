import { expect, test } from "./support/fixtures";
import { openTask } from "./support/review-task";

const focusInGrid = (page: import("@playwright/test").Page) => page.evaluate(() => !!document.activeElement?.closest('[data-testid="results-grid"]'));

test("Tab and Shift+Tab leave the grid from any cell; the arrow keys move between its cells", async ({ compose, taskPage, page }) => {
  await openTask(compose, taskPage);
  const cell = (row: number, col: string) => page.locator(`.ag-row[row-index="${row}"] .ag-cell[col-id="${col}"]`);

  // Arrows move inside the grid, as before.
  await cell(0, "name").focus();
  await page.keyboard.press("ArrowRight");
  await expect(cell(0, "profile")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(cell(1, "profile")).toBeFocused();

  // Tab goes on past the grid (nothing follows it on the page), not to the next cell.
  await page.keyboard.press("Tab");
  expect(await focusInGrid(page)).toBe(false);

  // Shift+Tab from a cell goes back to what precedes the grid (the column profile's last button),
  // not to the previous cell or the headers.
  await cell(2, "years").focus();
  await page.keyboard.press("Shift+Tab");
  expect(await focusInGrid(page)).toBe(false);
  await expect(page.getByTestId("profile-missing").last()).toBeFocused();

  // Tab from there comes back into the grid, on its first header; the arrows go on into the cells.
  await page.keyboard.press("Tab");
  await expect(page.locator('.ag-header-cell[col-id="name"]')).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(cell(0, "name")).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(cell(0, "profile")).toBeFocused();
});
