import { CATALOGUE_ORIGIN, EMBEDDED_ORIGIN } from "./support/env";
import { expect, test } from "./support/fixtures";
import { editor, problems, openEditor, typeSchema } from "./pages/schema-editor";

/**
 * The row schema in Monaco, on the compose page: our problems as markers and as a list, and Run
 * gated on errors only (what the server refuses included), notes never blocking it.
 */

test.describe("the schema editor's problems", () => {
  test.use({ baseURL: EMBEDDED_ORIGIN });

  test("an invalid type is marked, listed and blocks Run until it is fixed (at 1024 px)", async ({ compose, page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await compose.goto();
    await openEditor(page);
    const box = await editor(page).boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(400);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);

    await typeSchema(page, '{"type": "object", "properties": {"price": {"type": "strin"}}}');
    await expect(editor(page).locator(".squiggly-error").first()).toBeVisible();
    await expect(problems(page)).toHaveCount(1);
    const problem = problems(page).first();
    await expect(problem).toHaveAttribute("data-severity", "error");
    await expect(problem).toContainText("“type” of “price” must be one of string, number, integer, boolean, array, object");
    await expect(problem).toContainText("line 1, column 53");
    await expect(compose.runButton()).toBeDisabled();
    await expect(page.getByTestId("run-disabled-reason")).toContainText("“type” of “price”");
    // In a live region that was there before the reason, so screen readers announce it.
    await expect(page.getByTestId("run-disabled-reason").locator("xpath=..")).toHaveAttribute("aria-live", "polite");

    // The list is a way into the text: choosing a problem puts the cursor on it.
    await problem.getByRole("button").click();
    await expect(editor(page).locator(".monaco-editor")).toHaveClass(/focused/);

    await typeSchema(page, '{"type": "object", "properties": {"price": {"type": "string"}}}');
    await expect(problems(page)).toHaveCount(0);
    await expect(editor(page).locator(".squiggly-error")).toHaveCount(0);
    await expect(compose.runButton()).toBeEnabled();
    await expect(page.getByTestId("run-disabled-reason")).toBeHidden();
  });

  test("a JSON syntax error names its place; a required name that is not a property is an error", async ({ compose, page }) => {
    await compose.goto();
    await openEditor(page);
    await typeSchema(page, '{"type": "object",}');
    await expect(problems(page).first()).toContainText("remove the comma before “}”");
    await expect(problems(page).first()).toContainText("line 1, column 19");
    await expect(compose.runButton()).toBeDisabled();
    // Said once, in plain words: the field table only says it waits, and Monaco adds no marker of its own.
    await expect(problems(page)).toHaveCount(1);
    await expect(page.getByTestId("field-builder-error")).toHaveText("The field table returns once the JSON is valid; the problem is listed under the editor.");
    await expect(page.locator("body")).not.toContainText(/position \d|Expected|in JSON at/);
    // Monaco's JSON worker checks the text 500 ms after an edit: give it the time to add a marker of
    // its own, then count the markers as "go to next problem" does.
    await page.waitForTimeout(1_000);
    await editor(page).locator(".view-lines").click();
    await page.keyboard.press("Alt+F8");
    await expect(page.locator(".zone-widget")).toContainText("1 of 1 problem");
    await page.keyboard.press("Escape");

    await typeSchema(page, '{"type": "object", "properties": {"name": {"type": "string"}}, "required": ["sku"]}');
    await expect(problems(page)).toHaveCount(1);
    await expect(problems(page).first()).toContainText("“required” names “sku”, which is not a property.");
    await expect(compose.runButton()).toBeDisabled();
  });

  test("an unknown keyword is a warning: marked, listed, and Run stays enabled", async ({ compose, page }) => {
    await compose.goto();
    await openEditor(page);
    await typeSchema(page, '{"type": "object", "properties": {"price": {"type": "number", "desciption": "in euros"}}}');
    await expect(problems(page)).toHaveCount(1);
    await expect(problems(page).first()).toHaveAttribute("data-severity", "warning");
    await expect(problems(page).first()).toContainText("Did you mean “description”?");
    await expect(editor(page).locator(".squiggly-warning").first()).toBeVisible();
    await expect(editor(page).locator(".squiggly-error")).toHaveCount(0);
    await expect(compose.runButton()).toBeEnabled();
  });

  test("what the server refuses blocks Run, in the sentence the server answers with", async ({ compose, page }) => {
    await compose.goto();
    await openEditor(page);
    const refused = '{"type": "object", "properties": {"score": {"type": "number", "minimum": "0"}, "name": {"type": "string", "pattern": "(["}, "x": {"$ref": "#/defs/x"}}}';
    await typeSchema(page, refused);
    await expect(problems(page)).toHaveCount(3);
    for (const p of await problems(page).all()) await expect(p).toHaveAttribute("data-severity", "error");
    const sentences = [
      "“minimum” of “score” must be a number, not text (\"0\").",
      "“pattern” of “name” is not a valid regular expression: unterminated character class.",
      "“$ref” of “x” (\"#/defs/x\") points at nothing in this schema.",
    ];
    for (const [i, sentence] of sentences.entries()) await expect(problems(page).nth(i)).toContainText(sentence);
    await expect(editor(page).locator(".squiggly-error").first()).toBeVisible();
    await expect(compose.runButton()).toBeDisabled();
    await expect(page.getByTestId("run-disabled-reason")).toContainText(sentences[0]!);

    // The API refuses the same schema with the same sentences, not Ajv's text.
    const response = await page.request.post("/api/extract", { data: { q: "every score", url: `${CATALOGUE_ORIGIN}/catalogue`, schema: JSON.parse(refused) } });
    expect(response.status()).toBe(400);
    const message = JSON.stringify(await response.json());
    for (const sentence of sentences) expect(message).toContain(JSON.stringify(sentence).slice(1, -1));
    expect(message).not.toMatch(/schema is invalid|can't resolve|Invalid regular expression/);

    // Fixed, the same keywords are passed on: advice, and Run is back.
    await typeSchema(page, '{"type": "object", "properties": {"score": {"type": "number", "minimum": 0}, "name": {"type": "string", "pattern": "^[A-Z]"}}}');
    await expect(problems(page)).toHaveCount(2);
    for (const p of await problems(page).all()) await expect(p).toHaveAttribute("data-severity", "warning");
    await expect(problems(page).first()).toContainText("“minimum” on “score” is passed on as written");
    await expect(compose.runButton()).toBeEnabled();
  });

  test("a draft the studio does not implement blocks Run, in the sentence the server answers with; boolean schemas do not", async ({ compose, page }) => {
    await compose.goto();
    await openEditor(page);
    const draft04 = '{"$schema": "http://json-schema.org/draft-04/schema#", "type": "object", "properties": {"price": {"type": "number"}}}';
    await typeSchema(page, draft04);
    await expect(problems(page)).toHaveCount(1);
    await expect(problems(page).first()).toHaveAttribute("data-severity", "error");
    const sentence =
      'The schema\'s “$schema” is "http://json-schema.org/draft-04/schema#", a JSON Schema draft the studio does not implement. ' +
      'It reads draft-07 ("http://json-schema.org/draft-07/schema#"), 2019-09 ("https://json-schema.org/draft/2019-09/schema") and 2020-12 ("https://json-schema.org/draft/2020-12/schema"): ' +
      "name one of those and write the schema in it, or leave “$schema” out for draft-07.";
    await expect(problems(page).first()).toContainText(sentence);
    await expect(compose.runButton()).toBeDisabled();
    await expect(page.getByTestId("run-disabled-reason")).toContainText(sentence);

    const response = await page.request.post("/api/extract", { data: { q: "every price", url: `${CATALOGUE_ORIGIN}/catalogue`, schema: JSON.parse(draft04) } });
    expect(response.status()).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "bad_request", details: [{ field: "schema.$schema", message: sentence }] } });

    // Boolean schemas are valid JSON Schema the server takes: advice, and Run stays enabled.
    await typeSchema(page, '{"type": "object", "properties": {"name": {"type": "string"}, "extra": true, "tags": {"type": "array", "items": false}, "note": {"anyOf": [true, {"type": "null"}]}}}');
    await expect(problems(page)).toHaveCount(3);
    for (const p of await problems(page).all()) await expect(p).toHaveAttribute("data-severity", "warning");
    await expect(compose.runButton()).toBeEnabled();
  });

  test("a format the engine does not type is a note, not a block: the field table shows it and Run starts the task", async ({ compose, page }) => {
    await compose.goto();
    await compose.fill({
      url: `${CATALOGUE_ORIGIN}/catalogue`,
      q: "every product with name, added, id and price",
      schema: {
        type: "object",
        properties: { name: { type: "string" }, added: { type: "string", format: "time" }, id: { type: "string", format: "uuid" }, price: { type: "string", format: "currency" } },
      },
    });
    await expect(problems(page)).toHaveCount(3);
    for (const p of await problems(page).all()) await expect(p).toHaveAttribute("data-severity", "warning");
    await expect(problems(page).first()).toContainText("“time” is passed on as written. The embedded engine types only uri, email, date, date-time");
    await expect(page.getByTestId("field-row").nth(1).getByTestId("field-format")).toHaveValue("time");
    await expect(page.getByTestId("run-disabled-reason")).toBeHidden();
    await expect(compose.runButton()).toBeEnabled();
    await compose.runAndOpenTask();
  });
});
