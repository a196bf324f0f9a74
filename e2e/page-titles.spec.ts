import { double } from "./support/double";
import { CATALOGUE_ORIGIN, EMBEDDED_ORIGIN, STUDIO_ORIGIN } from "./support/env";
import { expect, test } from "./support/fixtures";

test.describe("with Linkup", () => {
  test.use({ baseURL: STUDIO_ORIGIN });

  test("a Linkup task's page is titled by its query once its status is read, through reloads and back", async ({ compose, taskPage, page }) => {
    await double.queueScenario({ pendingMs: 50, processingMs: 100, rows: [{ name: "Ada" }] });
    await compose.goto();
    await compose.fill({ url: "https://example.com/people", q: "every  person with their name" });
    const id = await compose.runAndOpenTask();
    await taskPage.expectStatus("completed");
    await expect(page).toHaveTitle("every person with their name · Extract Studio");

    // A full load: the server answers "Task" (no upstream call for a title), the poll names it.
    await page.reload();
    await taskPage.expectStatus("completed");
    await expect(page).toHaveTitle("every person with their name · Extract Studio");
    await page.goto("/tasks");
    await expect(page).toHaveTitle("Tasks · Extract Studio");
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/tasks/${id}$`));
    await expect(page).toHaveTitle("every person with their name · Extract Studio");
  });
});

test.describe("with the embedded engine", () => {
  test.use({ baseURL: EMBEDDED_ORIGIN });

  test("each page names itself in its title, a task by its query, through back and forward", async ({ compose, taskPage, page }) => {
    await compose.goto();
    // The compose page carries the suffix too, though its title cannot come from the layout's template.
    await expect(page).toHaveTitle("New extraction · Extract Studio");
    await compose.fill({ url: `${CATALOGUE_ORIGIN}/catalogue`, q: "every product   with name and price" });
    const id = await compose.runAndOpenTask();
    await taskPage.expectStatus("completed", 45_000);
    // A tab among others tells which task it holds (the query, its spaces tidied).
    await expect(page).toHaveTitle("every product with name and price · Extract Studio");

    await page.goto("/tasks");
    await expect(page).toHaveTitle("Tasks · Extract Studio");
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/tasks/${id}$`));
    await expect(page).toHaveTitle("every product with name and price · Extract Studio");
    await page.goto(`/tasks/${encodeURIComponent("no-such-task")}`);
    await expect(page).toHaveTitle("Task · Extract Studio");
  });
});
