import { catalogueProducts } from "./fixtures/catalogue-site";
import { CATALOGUE_ORIGIN, CATALOGUE_PRODUCTS, E2E_LINKUP_KEY, EMBEDDED_ORIGIN } from "./support/env";
import { double } from "./support/double";
import { expect, test } from "./support/fixtures";

// Composing up to a run: templates, the seed URL's checks, Linkup's snippets and its cost guard.
test.describe("on the embedded engine", () => {
  test.use({ baseURL: EMBEDDED_ORIGIN });

  test("a template runs to a completed task", async ({ compose, taskPage, page }) => {
    await compose.goto();
    await compose.templateSelect().selectOption({ label: "Product catalogue" });
    await expect(compose.query()).toHaveValue(/Every product with its name, price, availability, rating and product page/);
    await compose.url().fill(`${CATALOGUE_ORIGIN}/catalogue`);
    await compose.runAndOpenTask();
    await taskPage.expectStatus("completed", 45_000);
    await taskPage.expectAllRowsLoaded(CATALOGUE_PRODUCTS);
    await expect(page.getByRole("gridcell", { name: catalogueProducts(1)[0]!.name, exact: true })).toBeVisible();
  });

  test("a seed URL typed without its scheme is completed (http:// on this machine) and the form says so", async ({ compose, taskPage, page }) => {
    await compose.goto();
    await compose.url().fill("www.example.com/products");
    await expect(page.getByTestId("url-completed")).toHaveText("Will use https://www.example.com/products");
    await compose.url().fill("https://www.example.com/products");
    await expect(page.getByTestId("url-completed")).toHaveCount(0);

    const typed = CATALOGUE_ORIGIN.replace(/^http:\/\//, "") + "/catalogue";
    await compose.fill({ url: typed, q: "every product with name and price" });
    await expect(page.getByTestId("url-completed")).toHaveText(`Will use ${CATALOGUE_ORIGIN}/catalogue`);
    await compose.runAndOpenTask();
    await taskPage.expectStatus("completed", 45_000);
    await expect(page.getByRole("link", { name: `${CATALOGUE_ORIGIN}/catalogue`, exact: true })).toBeVisible();
  });

  test("checks before running: a home page gets a hint, a bad URL blocks the run", async ({ compose }) => {
    await compose.goto();
    await compose.url().fill("https://example.com/");
    await expect(compose.homepageHint()).toContainText("listing page");
    await compose.url().fill("https://example.com/team");
    await expect(compose.homepageHint()).toHaveCount(0);
  });
});

test.describe("on Linkup", () => {
  test("copy as cURL and fetch use $LINKUP_API_KEY, never the key", async ({ compose }) => {
    await compose.goto();
    await compose.fill({ url: "https://example.com/team", q: "every engineer's name" });
    const curl = await compose.codeSnippet("curl");
    expect(curl).toContain("https://api.linkup.so/v1/extract");
    expect(curl).toContain("$LINKUP_API_KEY");
    expect(curl).toContain("every engineer'\\''s name");
    const fetchCode = await compose.codeSnippet("fetch");
    expect(fetchCode).toContain("process.env.LINKUP_API_KEY");
    expect(curl + fetchCode).not.toContain(E2E_LINKUP_KEY);
  });

  test.describe("cost guard", () => {
    test.use({ costPreconfirmed: false });

    test("a Linkup run asks once per session; the embedded engine offers a free preview", async ({ compose, taskPage, page }) => {
      await double.queueScenario({ pendingMs: 100, processingMs: 200, rows: [{ name: "A" }] });
      await compose.goto();
      await compose.fill({ url: `${CATALOGUE_ORIGIN}/catalogue`, q: "every product name" });
      await compose.run();
      await expect(page.getByTestId("cost-dialog")).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(page.getByTestId("cost-dialog")).toBeHidden();
      expect((await double.requests()).filter((r) => r.method === "POST")).toHaveLength(0);

      // A free preview runs on the embedded engine, not on Linkup.
      await compose.run();
      await page.getByTestId("cost-preview").click();
      await page.waitForURL(/\/tasks\/[^/?]+\?provider=embedded$/);
      await expect(page.getByTestId("preview-badge")).toBeVisible();
      await taskPage.expectStatus("completed", 45_000);
      await taskPage.expectAllRowsLoaded(CATALOGUE_PRODUCTS);
      expect((await double.requests()).filter((r) => r.method === "POST")).toHaveLength(0);

      // Confirming runs on Linkup, and the session is not asked again.
      await compose.goto();
      await compose.fill({ url: `${CATALOGUE_ORIGIN}/catalogue`, q: "every product name" });
      await compose.run();
      await page.getByTestId("cost-confirm").click();
      await page.waitForURL(/\/tasks\/[^/?]+$/);
      await compose.goto();
      await compose.fill({ url: `${CATALOGUE_ORIGIN}/catalogue`, q: "every product name again" });
      await compose.runAndOpenTask();
      expect((await double.requests()).filter((r) => r.method === "POST")).toHaveLength(2);
    });
  });
});
