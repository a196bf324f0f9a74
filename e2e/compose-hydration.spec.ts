import type { Page } from "@playwright/test";
import { double } from "./support/double";
import { CATALOGUE_ORIGIN, CATALOGUE_PRODUCTS, EMBEDDED_ORIGIN, STUDIO_ORIGIN } from "./support/env";
import { expect, test } from "./support/fixtures";

/**
 * On a slow machine or connection the server's HTML is on screen, and typed into, before React has
 * hydrated the form. Holding the page's scripts back until the test has typed makes that moment as
 * long as needed; releasing them lets React hydrate over what was typed.
 */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/**/*.js", async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/**
 * React's hydration errors, as a production build logs them (minified: #418 HTML, #423 recovery,
 * #425 text): the server's HTML and the first client render must stay the same.
 */
function hydrationErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /hydrat|#41[89]|#42[35]/i.test(m.text())) errors.push(m.text());
  });
  return errors;
}

/** The provider badge appears once the client is hydrated and /api/health has answered (re-rendering the form). */
const hydrated = (page: Page) => expect(page.getByTestId("provider-badge")).toBeVisible();

test.describe("typing before the compose form hydrates", () => {
  test.use({ baseURL: EMBEDDED_ORIGIN });

  test("keeps what was typed, and a run uses it", async ({ compose, taskPage, page }) => {
    const release = await holdScripts(page);
    // Not "load": that waits for the held scripts. The server's HTML is on screen before them.
    await page.goto("/", { waitUntil: "commit" });
    await compose.url().fill(`${CATALOGUE_ORIGIN}/catalogue`);
    await compose.query().fill("every product with name and price");
    release();
    await hydrated(page);
    await expect(compose.url()).toHaveValue(`${CATALOGUE_ORIGIN}/catalogue`);
    await expect(compose.query()).toHaveValue("every product with name and price");

    const id = await compose.runAndOpenTask();
    await taskPage.expectStatus("completed", 45_000);
    await taskPage.expectAllRowsLoaded(CATALOGUE_PRODUCTS);
    const task = (await (await page.request.get(`/api/extract/${encodeURIComponent(id)}`)).json()) as { input: { url: string; q: string } };
    expect(task.input).toMatchObject({ url: `${CATALOGUE_ORIGIN}/catalogue`, q: "every product with name and price" });
  });

  test("what was typed wins over the stored draft, which Undo brings back", async ({ compose, page }) => {
    await compose.goto();
    await compose.fill({ url: "https://example.com/stored", q: "the stored query" });
    await page.waitForTimeout(400); // drafts are written 250 ms after the last keystroke

    const release = await holdScripts(page);
    await page.reload({ waitUntil: "commit" });
    await compose.url().fill("https://example.com/typed-now");
    await compose.verifyUrls().check();
    release();
    await hydrated(page);
    // The field typed into keeps the new words; the one left alone comes back from the draft.
    await expect(compose.url()).toHaveValue("https://example.com/typed-now");
    await expect(compose.query()).toHaveValue("the stored query");
    await expect(compose.verifyUrls()).toBeChecked();
    await expect(compose.replacedBar()).toContainText("What you typed while the page loaded replaced your draft.");

    await page.waitForTimeout(400);
    await page.reload();
    await expect(compose.url()).toHaveValue("https://example.com/typed-now");

    await compose.undoReplace().click();
    await expect(compose.url()).toHaveValue("https://example.com/stored");
    await expect(compose.query()).toHaveValue("the stored query");
  });
});

test.describe("choosing from the compose menus before the form hydrates", () => {
  test.use({ baseURL: EMBEDDED_ORIGIN });

  test("a template chosen is loaded over the stored draft, which Undo brings back", async ({ compose, page }) => {
    const errors = hydrationErrors(page);
    await compose.goto();
    await compose.fill({ url: "https://example.com/stored-for-template", q: "the stored query" });
    await page.waitForTimeout(400); // drafts are written 250 ms after the last keystroke

    const release = await holdScripts(page);
    await page.reload({ waitUntil: "commit" });
    await compose.templateSelect().selectOption({ label: "Team page" });
    release();
    await hydrated(page);
    await expect(compose.query()).toHaveValue("Every team member with their name, role and profile page");
    await expect.poll(() => compose.schemaText()).toContain('"profilePage"');
    // A template brings a query and a schema; the seed URL stays the draft's.
    await expect(compose.url()).toHaveValue("https://example.com/stored-for-template");
    await expect(compose.replacedBar()).toContainText("“Team page” template");
    // The menu is a menu again, ready for the next choice.
    await expect(compose.templateSelect()).toHaveValue("");

    await compose.undoReplace().click();
    await expect(compose.query()).toHaveValue("the stored query");
    expect(errors).toEqual([]);
  });

  test("a saved extraction chosen is opened, and the menu names it", async ({ compose, page }) => {
    const errors = hydrationErrors(page);
    await compose.goto();
    await compose.fill({ url: `${CATALOGUE_ORIGIN}/catalogue`, q: "every product before hydration" });
    await compose.saveAs("Opened before hydration");
    await compose.fill({ url: "https://example.com/other", q: "another query" });
    await page.waitForTimeout(400);

    const release = await holdScripts(page);
    await page.reload({ waitUntil: "commit" });
    // The server's HTML lists the saved extractions: the menu works before the scripts do.
    await compose.savedSelect().selectOption({ label: "Opened before hydration" });
    release();
    await hydrated(page);
    await expect(compose.url()).toHaveValue(`${CATALOGUE_ORIGIN}/catalogue`);
    await expect(compose.query()).toHaveValue("every product before hydration");
    await expect.poll(() => compose.savedShown()).toBe("Opened before hydration");
    await compose.undoReplace().click();
    await expect(compose.query()).toHaveValue("another query");
    expect(errors).toEqual([]);
  });
});

test.describe("choosing from the compose menus over a duplicated task before the form hydrates", () => {
  test.use({ baseURL: STUDIO_ORIGIN });

  test("Undo brings back the task, or the draft of one's own it replaced, as the same clicks after hydration do", async ({ compose, taskPage, page }) => {
    await double.queueScenario({ pendingMs: 50, processingMs: 100, rows: [{ name: "Ada" }] });
    await compose.goto();
    await compose.fill({ url: "https://example.com/duplicated", q: "the duplicated query" });
    const id = await compose.runAndOpenTask();
    await taskPage.expectStatus("completed");
    const chooseTemplateWhileLoading = async () => {
      const release = await holdScripts(page);
      await page.goto(`/?from=${encodeURIComponent(id)}`, { waitUntil: "commit" });
      await compose.templateSelect().selectOption({ label: "Team page" });
      release();
      await hydrated(page);
      await expect(compose.query()).toHaveValue("Every team member with their name, role and profile page");
      // A template brings a query and a schema; the seed URL stays the task's.
      await expect(compose.url()).toHaveValue("https://example.com/duplicated");
    };

    // No draft of one's own: the template replaced the task, and Undo brings the task back.
    await page.evaluate(() => window.localStorage.clear());
    await chooseTemplateWhileLoading();
    await expect(compose.replacedBar()).toContainText("The “Team page” template replaced your draft.");
    await compose.swapReplaced("the duplicated query");

    // Over a draft of one's own, the bar says the task came first, and Undo brings that draft back.
    await compose.fill({ url: "https://example.com/mine", q: "my own words" });
    await page.getByTestId("draft-replaced-dismiss").click();
    await page.waitForTimeout(400); // drafts are written 250 ms after the last keystroke
    await chooseTemplateWhileLoading();
    await expect(compose.replacedBar()).toContainText("The task you duplicated, then the “Team page” template, replaced your draft.");
    await compose.swapReplaced("my own words");
  });
});
