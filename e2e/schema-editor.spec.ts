import { CATALOGUE_ORIGIN, EMBEDDED_ORIGIN } from "./support/env";
import { expect, test } from "./support/fixtures";
import { editor, openEditor, typeSchema, renderedLines } from "./pages/schema-editor";

/**
 * The row schema in Monaco, on the compose page: Format, a layout that narrows with the window,
 * Ctrl/Cmd+Enter from inside the editor, keyword docs from the bundled meta-schema — and nothing
 * fetched from anywhere but the studio (the fixture fails any test whose page sends a request to
 * another origin).
 */

test.describe("the schema editor", () => {
  test.use({ baseURL: EMBEDDED_ORIGIN });

  test("Format and Shift+Alt+F pretty-print the schema", async ({ compose, page }) => {
    await compose.goto();
    await openEditor(page);
    // Short enough that the compact form fits on one line (the editor soft-wraps long lines).
    const schema = { type: "object", properties: { name: { type: "string" }, url: { format: "uri" } }, required: ["name"] };
    const pretty = JSON.stringify(schema, null, 2).split("\n");

    await typeSchema(page, JSON.stringify(schema));
    expect(await renderedLines(page)).toEqual([JSON.stringify(schema)]);
    await page.getByTestId("schema-format").click();
    await expect.poll(() => renderedLines(page)).toEqual(pretty);

    await typeSchema(page, JSON.stringify(schema));
    await expect.poll(() => renderedLines(page)).toEqual([JSON.stringify(schema)]);
    await page.keyboard.press("Shift+Alt+F");
    await expect.poll(() => renderedLines(page)).toEqual(pretty);
  });

  test("narrowing the window narrows the schema section too: the page never scrolls sideways", async ({ compose, page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await compose.goto();
    await openEditor(page);
    await page.setViewportSize({ width: 800, height: 900 });
    // A <fieldset> is at least as wide as its content by default, and Monaco keeps its wide layout.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    const box = await editor(page).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(800);
  });

  test("keywords are explained on hover and completed, from the bundled meta-schema, in a local worker", async ({ compose, page, baseURL }) => {
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    const workerWarnings: string[] = [];
    page.on("console", (m) => {
      if (/web worker|MonacoEnvironment/i.test(m.text())) workerWarnings.push(m.text());
    });
    await compose.goto();
    await openEditor(page);
    await typeSchema(page, '{"type": "object", "properties": {"link": {"type": "string", "format": "uri"}}}');
    await editor(page).locator(".view-line span span", { hasText: '"format"' }).hover();
    await expect(page.locator(".monaco-hover").filter({ hasText: "How a text value is written" })).toBeVisible();

    await typeSchema(page, '{"type": "object", "properties": {"link": {"type": "string", "');
    await page.keyboard.press("Control+Space");
    const suggestions = page.locator(".suggest-widget");
    await expect(suggestions).toBeVisible();
    await expect(suggestions).toContainText("format");
    await expect(suggestions).toContainText("description");

    expect(workers.length, "Monaco's language service ran in a worker").toBeGreaterThan(0);
    for (const url of workers) expect(url.startsWith(`${baseURL}/`) || url.startsWith("blob:"), url).toBe(true);
    expect(workerWarnings).toEqual([]);
  });

  test("Ctrl+Enter inside the editor runs the extraction", async ({ compose, taskPage, page }) => {
    await compose.goto();
    await compose.url().fill(`${CATALOGUE_ORIGIN}/catalogue`);
    await compose.query().fill("every product with name and price");
    await openEditor(page);
    await typeSchema(page, '{"type": "object", "properties": {"name": {"type": "string"}, "price": {"type": "string"}}}');
    await expect(compose.runButton()).toBeEnabled();
    await expect(editor(page).locator(".monaco-editor")).toHaveClass(/focused/);
    await page.keyboard.press("ControlOrMeta+Enter");
    await page.waitForURL(/\/tasks\/[^/]+/);
    await taskPage.expectStatus("completed", 45_000);
  });
});
