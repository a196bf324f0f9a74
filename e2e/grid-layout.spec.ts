import { double } from "./support/double";
import { expect, test } from "./support/fixtures";

/** A task without a schema: its columns come with its rows, after the grid is created, so its kept layout waits for them. */

test("without a schema, the kept layout's filter is back after a reload, in the grid and in the export of the rows shown", async ({ compose, taskPage, page }) => {
  // The columns of a task without a schema come with its rows, after the grid is created.
  const priced = Array.from({ length: 6 }, (_, i) => ({ item: `item ${i + 1}`, price: (i + 1) * 10 }));
  await double.queueScenario({ pendingMs: 50, processingMs: 100, rows: priced });
  await compose.goto();
  await compose.fill({ url: "https://example.com/shop", q: "every item" });
  await compose.runAndOpenTask();
  await taskPage.expectStatus("completed");
  await taskPage.expectAllRowsLoaded(priced.length);
  await page.locator('.ag-header-cell[col-id="price"] .ag-header-cell-filter-button').click();
  await page.locator(".ag-filter .ag-number-field input").first().fill("30"); // equals
  await page.keyboard.press("Escape");
  const matches = page.getByTestId("match-count");
  await expect(matches).toHaveText("1 of 6 rows match");

  for (let reload = 0; reload < 2; reload++) {
    // Twice: the first reload must not have overwritten the kept layout with an empty one.
    await page.reload();
    await taskPage.expectAllRowsLoaded(priced.length);
    await expect(matches).toHaveText("1 of 6 rows match");
    await expect(page.locator(".ag-row")).toHaveCount(1);
    await expect(page.locator('.ag-header-cell[col-id="price"].ag-header-cell-filtered')).toHaveCount(1);
  }
  const view = await taskPage.exportBytes("export-view");
  const lines = view.bytes.toString("utf8").replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines).toEqual(["item,price", "item 3,30"]);
});

test("without a schema, a sort set while the rows still load wins over the kept layout, and is kept itself", async ({ compose, taskPage, page }) => {
  // The "note" column comes only after the first 1,200 rows: a kept layout that names it waits for it.
  const early = Array.from({ length: 1_200 }, (_, i) => ({ item: `item ${String(i + 1).padStart(4, "0")}`, price: 1_200 - i }));
  const late = Array.from({ length: 5 }, (_, i) => ({ item: `late ${i + 1}`, price: 5_000 + i, note: "restocked" }));
  const all = [...early, ...late];
  await double.queueScenario({ pendingMs: 50, processingMs: 100, rows: all });
  await compose.goto();
  await compose.fill({ url: "https://example.com/stock", q: "every item" });
  await compose.runAndOpenTask();
  await taskPage.expectStatus("completed");
  await taskPage.expectAllRowsLoaded(all.length);
  const header = (col: string) => page.locator(`.ag-header-cell[col-id="${col}"]`);
  await header("price").locator(".ag-header-cell-label").click(); // the kept layout: by price, ascending
  await expect(header("price")).toHaveAttribute("aria-sort", "ascending");

  // Reloaded, the download stalls after the early rows: the kept layout still waits for "note".
  await double.failNext({ method: "GET", path: "^/results/", cut: { mode: "stall", afterLines: early.length } });
  await page.reload();
  await expect(taskPage.rowCount()).toHaveAttribute("data-loaded", String(early.length));
  await expect(taskPage.rowCount()).toHaveAttribute("data-status", "loading");
  await expect(header("note")).toHaveCount(0);
  await header("item").locator(".ag-header-cell-label").click();
  await expect(header("item")).toHaveAttribute("aria-sort", "ascending");
  // Loading ends (the user stops it): the kept layout would apply now, but the user has spoken.
  await page.getByTestId("load-cancel").click();
  await expect(taskPage.rowCount()).toHaveAttribute("data-status", "cancelled");
  await expect(header("item")).toHaveAttribute("aria-sort", "ascending");
  await expect(header("price")).toHaveAttribute("aria-sort", "none");
  await expect(page.locator('.ag-row[row-index="0"] .ag-cell[col-id="item"]')).toHaveText("item 0001");

  // And it is the layout kept: after a reload that loads every row, the grid is sorted by item.
  await page.reload();
  await taskPage.expectAllRowsLoaded(all.length);
  await expect(header("item")).toHaveAttribute("aria-sort", "ascending");
  await expect(header("price")).toHaveAttribute("aria-sort", "none");
  await expect(page.locator('.ag-row[row-index="0"] .ag-cell[col-id="item"]')).toHaveText("item 0001");
});
