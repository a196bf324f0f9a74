import { double } from "./support/double";
import { expect, test } from "./support/fixtures";

/** The grid's quick search as an analyst reads the cells, and what the grid says when it shows no rows. */

const schema = {
  type: "object",
  properties: { name: { type: "string" }, price: { type: "string" }, url: { type: "string", format: "uri" } },
};
// As a shop on this machine lists them: every link holds "products" and, through its address, digits.
const rows = [
  { name: "Rustic Teapot 1", price: "£5.00", url: "http://127.0.0.1:4724/products/100?ref=list" },
  { name: "Sleek Chair 2", price: "£42.13", url: "http://127.0.0.1:4724/products/101?ref=list" },
  { name: "Product sampler 12", price: "£100.55", url: "http://127.0.0.1:4724/products/102?ref=list" },
  { name: "Café Clock 3", price: "£10.45", url: "http://127.0.0.1:4724/products/103?ref=list" },
];

async function openTask(compose: import("./pages/compose-page").ComposePage, taskPage: import("./pages/task-page").TaskPage, result = rows) {
  await double.queueScenario({ pendingMs: 50, processingMs: 100, rows: result });
  await compose.goto();
  await compose.fill({ url: "https://shop.example/products", q: "every product with name, price and url", schema });
  await compose.runAndOpenTask();
  await taskPage.expectStatus("completed");
  await taskPage.expectAllRowsLoaded(result.length);
}

test("a search finds what the cells show: links by whole words of their host and path", async ({ compose, taskPage, page }) => {
  await openTask(compose, taskPage);
  const search = page.getByTestId("quick-search");
  const matches = page.getByTestId("match-count");

  // "product" and "1" are in every link's address, but not as words the cell shows.
  await search.fill("product 1");
  await expect(matches).toHaveText("1 of 4 rows match");
  await expect(page.getByRole("gridcell", { name: "Product sampler 12" })).toBeVisible();
  await search.fill("products/101");
  await expect(matches).toHaveText("1 of 4 rows match");
  await expect(page.getByRole("gridcell", { name: "Sleek Chair 2" })).toBeVisible();
  // The query string is not shown, so it is not searched.
  await search.fill("ref");
  await expect(matches).toHaveText("0 of 4 rows match");
});

test("a search that matches nothing says how to see the rows again, in place of an empty grid", async ({ compose, taskPage, page }) => {
  await openTask(compose, taskPage);
  await expect(page.getByTestId("grid-empty")).toBeEmpty();
  await page.getByTestId("quick-search").fill("nothing is called this");
  await expect(page.getByTestId("grid-empty")).toHaveText(/^No rows match the search and filters\./);
  await expect(page.getByText("No Rows To Show")).toHaveCount(0);
  await page.getByTestId("quick-search-clear").click();
  await expect(page.getByTestId("grid-empty")).toBeEmpty();
  await expect(taskPage.gridRows()).toHaveCount(rows.length);
});

test("a result with no rows says so and what to try, not AG Grid's 'No Rows To Show'", async ({ compose, taskPage, page }) => {
  await openTask(compose, taskPage, []);
  await expect(page.getByTestId("grid-empty")).toHaveText(/^This extraction found no rows\./);
  await expect(page.getByText("No Rows To Show")).toHaveCount(0);
});

test("a price column sorts by the amounts, not letter by letter", async ({ compose, taskPage, page }) => {
  await openTask(compose, taskPage);
  // Named for screen readers, which otherwise announce only "grid".
  await expect(page.getByRole("grid", { name: "Rows" })).toBeVisible();
  await page.locator('.ag-header-cell[col-id="price"] .ag-header-cell-label').click();
  await expect(page.locator('.ag-header-cell[col-id="price"]')).toHaveAttribute("aria-sort", "ascending");
  const prices = ["£5.00", "£10.45", "£42.13", "£100.55"];
  for (const [i, price] of prices.entries()) await expect(page.locator(`.ag-row[row-index="${i}"] .ag-cell[col-id="price"]`)).toHaveText(price);
});
