import { EMBEDDED_ORIGIN } from "./support/env";
import { expect, test } from "./support/fixtures";
import { editor, openEditor, renderedLines, typeSchema } from "./pages/schema-editor";

test.use({ baseURL: EMBEDDED_ORIGIN });

test("the schema editor says how to let Tab leave it, and what Tab does now; Ctrl+M switches it", async ({ compose, page }) => {
  await compose.goto();
  await openEditor(page);
  const keys = page.getByTestId("schema-editor-keys");
  // Monaco's input (its EditContext element in Chromium).
  const input = editor(page).getByRole("textbox");
  await expect(keys).toHaveText(/Tab indents: press Ctrl\+M to let Tab move focus\./);
  // A screen reader reads the hint on entering the editor.
  const describedBy = (await input.getAttribute("aria-describedby")) ?? "";
  expect(describedBy.split(" ")).toContain(await keys.getAttribute("id"));

  // By default Tab indents, and focus stays in the editor.
  await typeSchema(page, "{}");
  await page.keyboard.press("Home");
  await page.keyboard.press("Tab");
  await expect.poll(() => renderedLines(page)).toEqual(["  {}"]);
  await expect(input).toBeFocused();

  // Ctrl+M (Monaco's own switch): the hint says so, and Tab moves on to the next control.
  await page.keyboard.press("Control+M");
  await expect(keys).toHaveText(/Tab moves focus out of the editor: press Ctrl\+M to let Tab indent again\./);
  await page.keyboard.press("Tab");
  await expect(input).not.toBeFocused();
  expect(await renderedLines(page)).toEqual(["  {}"]);

  // And back.
  await input.focus();
  await page.keyboard.press("Control+M");
  await expect(keys).toHaveText(/Tab indents: press Ctrl\+M/);
});
