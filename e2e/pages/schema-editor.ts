import { expect, type Page } from "@playwright/test";

/** The row schema's Monaco editor on the compose page, for the schema-editor specs. */

export const editor = (page: Page) => page.getByTestId("schema-editor");
export const problems = (page: Page) => page.getByTestId("schema-problem");

export async function openEditor(page: Page) {
  await expect(editor(page).locator(".monaco-editor")).toBeVisible();
}

/** Replaces the schema by typing, as an analyst would (auto-closing is off, so typed text is exact). */
export async function typeSchema(page: Page, text: string) {
  await editor(page).locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(text);
  // Close any suggestion list the typing opened, so it cannot take the next keystroke.
  await page.keyboard.press("Escape");
}

/** The editor's text, line by line, as rendered (Monaco draws spaces as non-breaking). */
export async function renderedLines(page: Page): Promise<string[]> {
  return editor(page)
    .locator(".view-lines")
    .evaluate((el) =>
      Array.from(el.querySelectorAll<HTMLElement>(".view-line"))
        .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
        .map((line) => (line.textContent ?? "").replace(/\u00a0/g, " ")),
    );
}
