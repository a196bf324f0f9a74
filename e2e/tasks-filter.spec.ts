import { expect, test } from "./support/fixtures";
import { double } from "./support/double";

// Earlier specs may have left free previews in the studio's store: they are listed too, so every
// filter below names words only these seeded tasks hold.
test("the tasks list filters the page by query, site and status, from the keyboard, and keeps the filter in the address", async ({ tasksList, page }) => {
  const seeded = [
    { q: "Cafés in Zürich with their opening hours", url: "https://guide.example.ch/cafes", outcome: "failed" as const },
    { q: "Engineers at the company with their roles", url: "https://www.acme-filter.example/team", outcome: "completed" as const },
    { q: "Open positions in Zurich offices", url: "https://jobs.example.org/zurich", outcome: "completed" as const },
  ];
  for (const [i, task] of seeded.entries()) {
    await double.seedTask({ input: { q: task.q, url: task.url }, outcome: task.outcome, createdAt: new Date(Date.now() - i * 1000).toISOString(), pendingMs: 0, processingMs: 0, rows: [] });
  }
  await tasksList.goto();
  await expect(tasksList.rows().filter({ hasText: "Engineers at the company" })).toHaveCount(1);
  const listed = await tasksList.rows().count();

  // "/" reaches the box from the page; the query is searched ignoring case and accents.
  await page.locator("body").press("/");
  await expect(tasksList.filter()).toBeFocused();
  await page.keyboard.type("ZURICH");
  await expect(tasksList.rows()).toHaveCount(2);
  await expect(tasksList.filterCount()).toHaveText(`2 of ${listed} tasks on this page match`);
  await expect(page).toHaveURL(/\/tasks\?q=ZURICH$/);

  // Every word must match: the status and the site count as much as the query.
  await tasksList.filter().fill("zurich failed");
  await expect(tasksList.rows()).toHaveCount(1);
  await expect(tasksList.rows().first()).toContainText("Cafés in Zürich");
  await tasksList.filter().fill("acme-filter.example");
  await expect(tasksList.rows()).toHaveCount(1);
  await expect(tasksList.rows().first()).toContainText("Engineers at the company");
  // The path is not the site: "/zurich" in a seed URL does not make its task match "cafes".
  await tasksList.filter().fill("cafes ch");
  await expect(tasksList.rows()).toHaveCount(1);

  // A reload (or a shared link) keeps the filter.
  await page.reload();
  await expect(tasksList.filter()).toHaveValue("cafes ch");
  await expect(tasksList.rows()).toHaveCount(1);

  // Nothing matching says so and how to get out; Escape clears the filter and the address.
  await tasksList.filter().fill("no-such-task-anywhere");
  await expect(tasksList.rows()).toHaveCount(0);
  await expect(tasksList.filterEmpty()).toContainText("No task on this page matches “no-such-task-anywhere”");
  await tasksList.filter().press("Escape");
  await expect(tasksList.filter()).toHaveValue("");
  await expect(tasksList.filter()).toBeFocused();
  await expect(tasksList.rows()).toHaveCount(listed);
  await expect(tasksList.filterEmpty()).toHaveCount(0);
  await expect(page).toHaveURL(/\/tasks$/);

  // The empty message's button clears it too.
  await tasksList.filter().fill("no-such-task-anywhere");
  await tasksList.filterEmpty().getByRole("button", { name: "Clear the filter" }).click();
  await expect(tasksList.rows()).toHaveCount(listed);
});
