import { expect, test } from "./support/fixtures";
import { double } from "./support/double";

// Earlier specs may have left tasks in the store: the filter below names a host only this seeded task has.
test("the tasks list shows an international seed host as written, finds it so, and its filter follows the address", async ({ tasksList, page }) => {
  await double.seedTask({ input: { q: "Opening hours of the cafés", url: "https://xn--zrich-kva.example/cafes?page=2" }, outcome: "completed", pendingMs: 0, processingMs: 0, rows: [] });
  await double.seedTask({ input: { q: "Every café in town", url: "https://cafes-address.example/list" }, outcome: "completed", pendingMs: 0, processingMs: 0, rows: [] });
  await tasksList.goto();
  const international = tasksList.rows().filter({ hasText: "Opening hours of the cafés" });
  await expect(international).toHaveCount(1);
  const listed = await tasksList.rows().count();

  // The host reads as people write it; the title keeps the exact URL.
  const seedCell = international.getByTestId("task-seed-url");
  await expect(seedCell).toHaveText("https://zürich.example/cafes?page=2");
  await expect(seedCell).toHaveAttribute("title", "https://xn--zrich-kva.example/cafes?page=2");

  // Typed key by key (the address catches up after each one), the box keeps every key.
  await tasksList.filter().pressSequentially("zürich.example");
  await expect(tasksList.filter()).toHaveValue("zürich.example");
  await expect(tasksList.rows()).toHaveCount(1);
  await expect(tasksList.rows().first()).toContainText("Opening hours of the cafés");
  await expect(page).toHaveURL(/\/tasks\?q=z%C3%BCrich\.example$/);

  // The header's link goes to /tasks: the filter goes with the address, though the list stays.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Tasks", exact: true }).click();
  await expect(page).toHaveURL(/\/tasks$/);
  await expect(tasksList.filter()).toHaveValue("");
  await expect(tasksList.rows()).toHaveCount(listed);

  // Back brings the filter back, Forward clears it again.
  await page.goBack();
  await expect(page).toHaveURL(/\/tasks\?q=z%C3%BCrich\.example$/);
  await expect(tasksList.filter()).toHaveValue("zürich.example");
  await expect(tasksList.rows()).toHaveCount(1);
  await page.goForward();
  await expect(page).toHaveURL(/\/tasks$/);
  await expect(tasksList.filter()).toHaveValue("");
  await expect(tasksList.rows()).toHaveCount(listed);

  // The host as logs and address bars spell it finds the task too.
  await tasksList.filter().fill("xn--zrich-kva");
  await expect(tasksList.rows()).toHaveCount(1);
  await expect(tasksList.rows().first()).toContainText("Opening hours of the cafés");
});
