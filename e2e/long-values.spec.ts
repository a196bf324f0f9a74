import { double } from "./support/double";
import { STUDIO_ORIGIN } from "./support/env";
import { expect, test } from "./support/fixtures";

test.use({ baseURL: STUDIO_ORIGIN });

/** Very long values: a long query in the heading, long cells in a row's detail. */

/** The heading's height in lines of its own text. */
const headingLines = (page: import("@playwright/test").Page) =>
  page.getByTestId("task-query").evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));

test("a long query is cut to three lines of the heading, and shown whole on request", async ({ taskPage, page }) => {
  const q = `every article with ${"a very long description and ".repeat(40)}a title`;
  const { id } = await double.seedTask({ input: { q, url: "https://news.example/all" }, rows: [{ title: "A" }], pendingMs: 0, processingMs: 0 });
  await taskPage.goto(id);
  await taskPage.expectStatus("completed");
  const toggle = page.getByTestId("task-query-toggle");
  await expect(toggle).toHaveText("Show the whole query");
  expect(await headingLines(page)).toBeLessThanOrEqual(3.01);
  // The figures under the heading are on the first screen.
  await expect(page.getByTestId("task-rows")).toBeInViewport();

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(toggle).toHaveText("Show less");
  expect(await headingLines(page)).toBeGreaterThan(3);
  await toggle.click();
  expect(await headingLines(page)).toBeLessThanOrEqual(3.01);
});

test("a query that fits is shown whole, with no button", async ({ taskPage, page }) => {
  const { id } = await double.seedTask({ input: { q: "every article with a title", url: "https://news.example/all" }, rows: [{ title: "A" }], pendingMs: 0, processingMs: 0 });
  await taskPage.goto(id);
  await taskPage.expectStatus("completed");
  await expect(page.getByTestId("task-query")).toHaveText("every article with a title");
  await expect(page.getByTestId("task-query-toggle")).toHaveCount(0);
});

test("a row's long values wrap in its detail; a Linkup row's source is not asked for, since none is kept", async ({ taskPage, page }) => {
  const long = "Lorem ipsum dolor sit amet ".repeat(60);
  const row = { title: long, url: `https://news.example/${"segment/".repeat(40)}?q=${"x".repeat(300)}`, word: "Supercalifragilistic".repeat(20) };
  const { id } = await double.seedTask({ input: { q: "every article", url: "https://news.example/all" }, rows: [row], pendingMs: 0, processingMs: 0 });
  const sourceRequests: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/sources")) sourceRequests.push(r.url());
  });
  await taskPage.goto(id);
  await taskPage.expectAllRowsLoaded(1);
  await page.getByRole("gridcell").first().click();
  const json = page.getByTestId("row-json");
  await expect(json).toContainText("Supercalifragilistic");
  expect(await json.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  await expect(page.getByTestId("row-source")).toHaveText("No source is recorded for this row (only embedded-engine tasks keep one).");
  expect(sourceRequests).toEqual([]);
});
