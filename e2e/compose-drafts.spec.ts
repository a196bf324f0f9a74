import { CATALOGUE_ORIGIN, EMBEDDED_ORIGIN } from "./support/env";
import { expect, test } from "./support/fixtures";

// The compose draft: kept over reloads and navigation, and undoable when a load replaces it.
test.describe("on the embedded engine", () => {
  test.use({ baseURL: EMBEDDED_ORIGIN });

  test("the draft survives a reload", async ({ compose, page }) => {
    await compose.goto();
    await compose.fill({ url: "https://example.com/people", q: "every person with name and email", schema: { type: "object", properties: { name: { type: "string" } } }, verifyUrls: true });
    await page.waitForTimeout(400); // drafts are written 250 ms after the last keystroke
    await page.reload();
    await expect(compose.url()).toHaveValue("https://example.com/people");
    await expect(compose.query()).toHaveValue("every person with name and email");
    await expect(compose.verifyUrls()).toBeChecked();
    await expect(compose.schemaOutput()).toContainText('"name"');
  });

  test("the words typed just before leaving the page are kept", async ({ compose, page }) => {
    // The draft is written after a pause in typing. With the page's clock stopped, that pause never
    // comes however slow the machine: only a write made on leaving can keep the words.
    await page.clock.install();
    await compose.goto();
    await compose.query().fill("every member with name");
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000));
    await compose.query().press("End");
    await page.keyboard.type(" and email");
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "Tasks" }).click();
    await page.waitForURL("**/tasks");
    await nav.getByRole("link", { name: "Compose" }).click();
    await expect(compose.query()).toHaveValue("every member with name and email");

    await compose.query().fill("typed, then reloaded at once");
    await page.reload();
    await page.clock.resume();
    await expect(compose.query()).toHaveValue("typed, then reloaded at once");
  });

  test("a template or saved extraction loaded over a typed draft can be undone, even after a reload", async ({ compose, page }) => {
    await compose.goto();
    // An empty form has nothing to lose: no Undo.
    await compose.templateSelect().selectOption({ label: "Team page" });
    await expect(compose.query()).not.toHaveValue("");
    await expect(compose.replacedBar()).toHaveCount(0);

    await compose.fill({ url: `${CATALOGUE_ORIGIN}/catalogue`, q: "first words" });
    await compose.saveAs("Undo source");
    await compose.query().fill("second words");
    await compose.savedSelect().selectOption({ label: "Undo source" });
    await expect(compose.query()).toHaveValue("first words");
    await expect(compose.replacedBar()).toContainText("The saved extraction “Undo source” replaced your draft.");
    await compose.swapReplaced("second words");
    // Undo is a swap: what was loaded is one click away too.
    await expect(compose.undoReplace()).toHaveText("Redo");
    await compose.swapReplaced("first words");
    await compose.swapReplaced("second words");

    await compose.templateSelect().selectOption({ label: "Product catalogue" });
    await expect(compose.replacedBar()).toContainText("The “Product catalogue” template replaced your draft.");
    await page.reload();
    await expect(compose.query()).toHaveValue(/Every product/);
    await compose.swapReplaced("second words");
    await expect(compose.url()).toHaveValue(`${CATALOGUE_ORIGIN}/catalogue`);
    await page.getByTestId("draft-replaced-dismiss").click();
    await expect(compose.replacedBar()).toHaveCount(0);
  });

  test("duplicate and edit pre-fills everything from a past task", async ({ compose, taskPage, page }) => {
    await compose.goto();
    const schema = { type: "object", properties: { name: { type: "string" }, price: { type: "string" } } };
    await compose.fill({ url: `${CATALOGUE_ORIGIN}/catalogue`, q: "every product with name and price", schema, verifyUrls: true });
    await compose.runAndOpenTask();
    await taskPage.expectStatus("completed", 45_000);
    await page.evaluate(() => window.localStorage.clear());
    await page.getByTestId("duplicate-task").click();
    await expect(compose.query()).toHaveValue("every product with name and price");
    await expect(compose.url()).toHaveValue(`${CATALOGUE_ORIGIN}/catalogue`);
    await expect(compose.verifyUrls()).toBeChecked();
    expect(JSON.parse(await compose.schemaText())).toEqual(schema);
    await expect(compose.replacedBar()).toHaveCount(0);

    // Over a draft of one's own, the task's input can be undone.
    await compose.query().fill("my own words");
    await page.goBack();
    await page.getByTestId("duplicate-task").click();
    await expect(compose.query()).toHaveValue("every product with name and price");
    await expect(compose.replacedBar()).toContainText("The task you duplicated replaced your draft.");
    await compose.swapReplaced("my own words");

    // Applied once: a reload keeps what was typed since, and the draft it replaced.
    await compose.swapReplaced("every product with name and price");
    await expect(page).not.toHaveURL(/from=/);
    await compose.query().fill("edited after duplicating");
    await page.reload();
    await expect(compose.query()).toHaveValue("edited after duplicating");
    await compose.swapReplaced("my own words");
  });
});
