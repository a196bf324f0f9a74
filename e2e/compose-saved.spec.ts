import { CATALOGUE_ORIGIN, EMBEDDED_ORIGIN } from "./support/env";
import { ComposePage } from "./pages/compose-page";
import { expect, test } from "./support/fixtures";

// Saved extractions: kept on the server, named, renamed and deleted.
test.describe("on the embedded engine", () => {
  test.use({ baseURL: EMBEDDED_ORIGIN });

  test("saved extractions live on the server and fill the form again", async ({ compose, browser }) => {
    await compose.goto();
    await compose.fill({ url: `${CATALOGUE_ORIGIN}/catalogue`, q: "every product name" });
    await compose.saveAs("Shop names");
    // Another browser, with no local draft. (Clearing this page's storage and reloading raced the
    // draft's own save on pagehide, which wrote the typed query back: the test flaked in CI.)
    const other = await browser.newContext({ baseURL: EMBEDDED_ORIGIN });
    try {
      const fresh = new ComposePage(await other.newPage());
      await fresh.goto();
      await expect(fresh.query()).toHaveValue("");
      await fresh.savedSelect().selectOption({ label: "Shop names" });
      await expect(fresh.url()).toHaveValue(`${CATALOGUE_ORIGIN}/catalogue`);
      await expect(fresh.query()).toHaveValue("every product name");
    } finally {
      await other.close();
    }
  });

  test("saved extractions: one per name whatever its case, the open one named, renamed and deleted from the keyboard", async ({ compose, page }) => {
    await compose.goto();
    await compose.fill({ url: `${CATALOGUE_ORIGIN}/catalogue`, q: "every product name" });
    // Nothing is open: Save as starts with no name.
    await compose.openSaveDialog();
    await expect(compose.saveName()).toHaveValue("");
    await page.keyboard.press("Escape");
    await compose.saveAs("Case page");
    await expect.poll(() => compose.savedShown()).toBe("Case page");
    await compose.query().fill("every product name and price");
    await expect.poll(() => compose.savedShown()).toBe("Case page (edited)");

    // Save as starts from the open extraction's name; another case of it is the same name.
    await compose.openSaveDialog();
    await expect(compose.saveName()).toHaveValue("Case page");
    await compose.saveName().fill(" case PAGE ");
    await expect(compose.saveNameTaken()).toBeVisible();
    await page.getByTestId("save-confirm").click();
    await page.getByTestId("save-dialog").waitFor({ state: "hidden" });
    await expect.poll(async () => (await compose.savedNames()).filter((n) => /case page/i.test(n))).toEqual(["case PAGE"]);
    await expect.poll(() => compose.savedShown()).toBe("case PAGE");

    await compose.openSavedManager();
    await compose.renameSaved("case PAGE", "Catalogue prices");
    await compose.deleteSaved("Catalogue prices", false);
    await expect(compose.savedItem("Catalogue prices")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect.poll(() => compose.savedShown()).toBe("Catalogue prices");
    await compose.openSavedManager();
    await compose.deleteSaved("Catalogue prices", true);
    await page.keyboard.press("Escape");
    await page.reload();
    await expect(compose.query()).toHaveValue("every product name and price");
    expect(await compose.savedNames()).not.toContain("Catalogue prices");
  });
});
