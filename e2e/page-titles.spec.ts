import { CATALOGUE_ORIGIN, EMBEDDED_ORIGIN } from "./support/env";
import { expect, test } from "./support/fixtures";

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
