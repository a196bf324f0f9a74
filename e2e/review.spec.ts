import { double } from "./support/double";
import { expect, test } from "./support/fixtures";
import { openTask, rows } from "./support/review-task";

test("typed columns: headers are the field names, safe links with the host shown, numbers right-aligned", async ({ compose, taskPage, page }) => {
  await openTask(compose, taskPage);
  // The field names, as in the CSV header; the schema's description is the header's tooltip.
  const headers = ["name", "profile", "years", "remote", "joined", "note"];
  await expect(page.locator(".ag-header-cell-text")).toHaveText(headers);
  const { text: csv } = await taskPage.exportCsv();
  expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(headers.join(","));
  await page.locator('.ag-header-cell[col-id="name"] .ag-header-cell-text').hover();
  await expect(page.locator(".ag-tooltip")).toHaveText("Full name");
  const link = page.getByRole("link", { name: "example.com/people/ada" });
  await expect(link).toHaveAttribute("href", "https://www.example.com/people/ada?ref=1");
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  // A javascript: URL is shown as text, never as a link.
  await expect(page.getByRole("gridcell", { name: "javascript:alert(1)" })).toBeVisible();
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(page.locator('.ag-cell[col-id="years"].ag-right-aligned-cell').first()).toBeVisible();
  await expect(page.getByRole("gridcell", { name: "✓ true" }).first()).toBeVisible();
});

test("without a schema, columns take the kind their values show: links, right-aligned numbers, number and date filters", async ({ compose, taskPage, page }) => {
  // Every key is outside the schema here; the rows worker infers each column's kind from its values.
  const loose = [
    { name: "Ada", profile: "https://www.example.com/people/ada?ref=1", years: 12, joined: "2019-04-01" },
    { name: "Bob", profile: "https://example.com/people/bob", years: 3, joined: "2021-01-15" },
    { name: "Cy", profile: null, years: 7, joined: "2020-06-30", note: "https://example.com/cy and more" },
  ];
  await double.queueScenario({ pendingMs: 50, processingMs: 100, rows: loose });
  await compose.goto();
  await compose.fill({ url: "https://example.com/people", q: "every person" });
  await compose.runAndOpenTask();
  await taskPage.expectStatus("completed");
  await taskPage.expectAllRowsLoaded(loose.length);

  await expect(page.locator(".ag-header-cell-text")).toHaveText(["name", "profile", "years", "joined", "note"]);
  const link = page.getByRole("link", { name: "example.com/people/ada" });
  await expect(link).toHaveAttribute("href", "https://www.example.com/people/ada?ref=1");
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  await expect(page.getByRole("link", { name: "example.com/people/bob" })).toBeVisible();
  await expect(page.locator('.ag-cell[col-id="years"].ag-right-aligned-cell')).toHaveCount(loose.length);
  // Text stays text: names are not right-aligned, and a value that is more than a URL is no link.
  await expect(page.locator('.ag-cell[col-id="name"].ag-right-aligned-cell')).toHaveCount(0);
  await expect(page.getByRole("gridcell", { name: "https://example.com/cy and more" })).toBeVisible();
  await expect(page.locator('.ag-cell[col-id="note"] a')).toHaveCount(0);

  // The filters follow the kind too: a number filter on years, a date filter on joined.
  await page.locator('.ag-header-cell[col-id="joined"] .ag-header-cell-filter-button').click();
  await expect(page.locator(".ag-filter .ag-date-filter").first()).toBeVisible();
  await page.keyboard.press("Escape");
  await page.locator('.ag-header-cell[col-id="years"] .ag-header-cell-filter-button').click();
  await page.locator(".ag-filter .ag-number-field input").first().fill("7");
  await expect(page.locator(".ag-row")).toHaveCount(1);
  await expect(page.getByRole("gridcell", { name: "Cy", exact: true })).toBeVisible();
});

test("quick search, the column profile and its missing-values filter", async ({ compose, taskPage, page }) => {
  await openTask(compose, taskPage);
  const profileRow = (column: string) => page.locator(`[data-testid="profile-row"][data-column="${column}"]`);
  await expect(profileRow("profile").getByTestId("profile-fill")).toHaveText("75%");
  await expect(profileRow("joined").getByTestId("profile-fill")).toHaveText("75%");
  await expect(profileRow("name").getByTestId("profile-distinct")).toHaveText("4");
  await expect(profileRow("remote").getByTestId("profile-distinct")).toHaveText("2");

  await profileRow("joined").getByTestId("profile-missing").click();
  await expect(page.getByTestId("active-filter")).toContainText("missing “joined”");
  await expect(page.locator(".ag-row")).toHaveCount(1);
  await expect(page.getByRole("gridcell", { name: "Di", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Show all" }).click();
  await expect(page.locator(".ag-row")).toHaveCount(4);

  await page.getByTestId("quick-search").fill("Cy");
  await expect(page.locator(".ag-row")).toHaveCount(1);
  await page.getByTestId("quick-search").fill("");
  await expect(page.locator(".ag-row")).toHaveCount(4);
});

test("the quick search is kept with the task's layout over a reload, and Clear search empties it for good", async ({ compose, taskPage, page }) => {
  await openTask(compose, taskPage);
  const search = page.getByTestId("quick-search");
  await expect(page.getByTestId("quick-search-clear")).toHaveCount(0);
  await search.fill("Cy");
  await expect(page.locator(".ag-row")).toHaveCount(1);

  await page.reload();
  await taskPage.expectAllRowsLoaded(rows.length);
  // The rows are narrowed as they were, and the box says by what.
  await expect(search).toHaveValue("Cy");
  await expect(page.getByTestId("match-count")).toHaveText("1 of 4 rows match");
  await expect(page.locator(".ag-row")).toHaveCount(1);

  await page.getByTestId("quick-search-clear").click();
  await expect(search).toHaveValue("");
  await expect(page.locator(".ag-row")).toHaveCount(4);
  await expect(page.getByTestId("quick-search-clear")).toHaveCount(0);
  await page.reload();
  await taskPage.expectAllRowsLoaded(rows.length);
  await expect(search).toHaveValue("");
  await expect(page.locator(".ag-row")).toHaveCount(4);
});

test("with a filter or a search on, the count says how many rows match", async ({ compose, taskPage, page }) => {
  await openTask(compose, taskPage);
  const matches = page.getByTestId("match-count");
  await expect(matches).toHaveCount(0);

  await page.getByTestId("quick-search").fill("Cy");
  await expect(matches).toHaveText("1 of 4 rows match");
  await page.getByTestId("quick-search").fill("nobody is called this");
  await expect(matches).toHaveText("0 of 4 rows match");
  await expect(page.locator(".ag-row")).toHaveCount(0);
  await expect(taskPage.rowCount()).toHaveText("4 / 4");
  await page.getByTestId("quick-search").fill("");
  await expect(matches).toHaveCount(0);

  // A column filter, then the profile's filter on top of it; a sort alone narrows nothing.
  await page.locator('.ag-header-cell[col-id="years"] .ag-header-cell-filter-button').click();
  await page.locator(".ag-filter .ag-number-field input").first().fill("3");
  await expect(matches).toHaveText("1 of 4 rows match");
  await page.keyboard.press("Escape");
  await page.locator('[data-testid="profile-row"][data-column="joined"]').getByTestId("profile-missing").click();
  await expect(matches).toHaveText("0 of 4 rows match");
  await page.getByRole("button", { name: "Show all" }).click();
  await expect(matches).toHaveText("1 of 4 rows match");
  await page.locator('.ag-header-cell[col-id="years"] .ag-header-cell-filter-button').click();
  await page.locator(".ag-filter .ag-number-field input").first().fill("");
  await page.keyboard.press("Escape");
  await expect(matches).toHaveCount(0);
  await page.locator('.ag-header-cell[col-id="years"] .ag-header-cell-label').click();
  await expect(page.locator('.ag-row[row-index="0"] .ag-cell[col-id="years"]')).toHaveText("1");
  await expect(matches).toHaveCount(0);
});

test("the grid layout is kept per task", async ({ compose, taskPage, page }) => {
  await openTask(compose, taskPage);
  await page.getByTestId("columns-menu").click();
  await page.getByRole("group", { name: "Columns" }).getByRole("checkbox").nth(2).uncheck(); // years
  await expect(page.locator(".ag-header-cell-text")).toHaveText(["name", "profile", "remote", "joined", "note"]);
  await page.getByRole("button", { name: "Pin name to the left" }).click();
  await expect(page.locator(".ag-grid-pinned-left-cells .ag-header-cell-text")).toHaveText(["name"]);
  await page.reload();
  await taskPage.expectAllRowsLoaded(rows.length);
  await expect(page.locator(".ag-grid-pinned-left-cells .ag-header-cell-text")).toHaveText(["name"]);
  await expect(page.locator(".ag-header-cell-text")).toHaveText(["name", "profile", "remote", "joined", "note"]);
});

test("a first sort does not move the grid: the export of the rows shown has its place kept in the toolbar", async ({ compose, taskPage, page }) => {
  await openTask(compose, taskPage);
  await expect(page.getByTestId("export-view")).toBeHidden();
  const before = (await taskPage.grid().boundingBox())!.y;
  await page.locator('.ag-header-cell[col-id="name"] .ag-header-cell-label').click();
  await expect(page.getByTestId("export-view")).toBeVisible();
  expect((await taskPage.grid().boundingBox())!.y).toBe(before);
});

test("the Columns menu closes on Escape, giving focus back to its button, and on a click elsewhere", async ({ compose, taskPage, page }) => {
  await openTask(compose, taskPage);
  const button = page.getByTestId("columns-menu");
  const menu = page.getByRole("group", { name: "Columns" });
  await button.click();
  await menu.getByRole("checkbox").first().focus();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();
  await button.click();
  await expect(menu).toBeVisible();
  await page.getByRole("heading", { name: "Rows" }).click();
  await expect(menu).toHaveCount(0);
});
