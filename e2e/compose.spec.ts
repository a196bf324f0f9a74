import { catalogueProducts } from "./fixtures/catalogue-site";
import { CATALOGUE_ORIGIN, CATALOGUE_PRODUCTS, E2E_LINKUP_KEY, EMBEDDED_ORIGIN } from "./support/env";
import { double } from "./support/double";
import { expect, test } from "./support/fixtures";

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

  test("saved extractions live on the server and fill the form again", async ({ compose, page }) => {
    await compose.goto();
    await compose.fill({ url: `${CATALOGUE_ORIGIN}/catalogue`, q: "every product name" });
    await compose.saveAs("Shop names");
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await expect(compose.query()).toHaveValue("");
    await compose.savedSelect().selectOption({ label: "Shop names" });
    await expect(compose.url()).toHaveValue(`${CATALOGUE_ORIGIN}/catalogue`);
    await expect(compose.query()).toHaveValue("every product name");
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
    await compose.undoReplace().click();
    await expect(compose.query()).toHaveValue("second words");
    // Undo is a swap: what was loaded is one click away too.
    await expect(compose.undoReplace()).toHaveText("Redo");
    await compose.undoReplace().click();
    await expect(compose.query()).toHaveValue("first words");
    await compose.undoReplace().click();
    await expect(compose.query()).toHaveValue("second words");

    await compose.templateSelect().selectOption({ label: "Product catalogue" });
    await expect(compose.replacedBar()).toContainText("The “Product catalogue” template replaced your draft.");
    await page.reload();
    await expect(compose.query()).toHaveValue(/Every product/);
    await compose.undoReplace().click();
    await expect(compose.query()).toHaveValue("second words");
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
    await compose.undoReplace().click();
    await expect(compose.query()).toHaveValue("my own words");

    // Applied once: a reload keeps what was typed since, and the draft it replaced.
    await compose.undoReplace().click();
    await expect(compose.query()).toHaveValue("every product with name and price");
    await expect(page).not.toHaveURL(/from=/);
    await compose.query().fill("edited after duplicating");
    await page.reload();
    await expect(compose.query()).toHaveValue("edited after duplicating");
    await compose.undoReplace().click();
    await expect(compose.query()).toHaveValue("my own words");
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

test.describe("schema tools", () => {
  test.use({ baseURL: EMBEDDED_ORIGIN });

  test("the field builder edits the JSON, and a JSON edit shows in the builder", async ({ compose, page }) => {
    await compose.goto();
    await compose.setSchema(JSON.stringify({ type: "object", properties: { name: { type: "string", "x-keep": 1 } }, required: ["name"] }));
    const rows = page.getByTestId("field-row");
    await expect(rows).toHaveCount(1);
    await expect(rows.first().getByTestId("field-name")).toHaveValue("name");

    // Builder → JSON: add a uri field, rename the first; keywords the builder does not show survive.
    await page.getByTestId("field-add").click();
    await expect(rows).toHaveCount(2);
    await rows.nth(1).getByTestId("field-name").fill("profilePage");
    await rows.nth(1).getByTestId("field-format").selectOption("uri");
    await rows.first().getByTestId("field-name").fill("fullName");
    const schema = JSON.parse(await compose.schemaText());
    expect(schema).toEqual({
      type: "object",
      properties: { fullName: { type: "string", "x-keep": 1 }, profilePage: { type: "string", format: "uri" } },
      required: ["fullName"],
    });

    // JSON → builder.
    schema.properties.role = { type: "string", description: "job title" };
    await compose.setSchema(JSON.stringify(schema));
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(2).getByTestId("field-description")).toHaveValue("job title");
  });

  test("a field turned into a list and back is plain text again, with no items left over", async ({ compose }) => {
    await compose.goto();
    await compose.setSchema(JSON.stringify({ type: "object", properties: { name: { type: "string" } } }));
    await compose.fieldTypes().first().selectOption("array");
    await expect.poll(async () => JSON.parse(await compose.schemaText()).properties.name).toEqual({ type: "array", items: { type: "string" } });
    await compose.fieldTypes().first().selectOption("string");
    await expect.poll(async () => JSON.parse(await compose.schemaText()).properties.name).toEqual({ type: "string" });
  });

  test("a schema suggested from the query is shown as a diff and accepted", async ({ compose, page }) => {
    await compose.goto();
    await compose.query().fill("Every engineer with their name, role, and profile page");
    await page.getByTestId("suggest-schema").click();
    await expect(page.getByTestId("schema-diff")).toContainText("profilePage");
    await page.getByTestId("suggest-accept").click();
    const schema = JSON.parse(await compose.schemaText());
    expect(Object.keys(schema.properties)).toEqual(["name", "role", "profilePage"]);
    expect(schema.properties.profilePage).toMatchObject({ type: "string", format: "uri" });
    await expect(page.getByTestId("field-row")).toHaveCount(3);
  });
});
