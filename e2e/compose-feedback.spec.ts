import { EMBEDDED_ORIGIN } from "./support/env";
import { expect, test } from "./support/fixtures";

/** What the compose form tells an analyst while they fix what Run refused, and how it fits a narrow window. */
test.describe("the compose form's feedback", () => {
  test.use({ baseURL: EMBEDDED_ORIGIN });

  test("a field's error goes once the field is edited, and comes back with the refused value", async ({ compose, page }) => {
    await compose.goto();
    await compose.fill({ url: "ftp://example.com/team", q: "x".repeat(2_100) });
    await compose.run();
    await expect(compose.fieldError("url")).toContainText("absolute http(s) URL");
    await expect(compose.fieldError("q")).toContainText("too long");

    await compose.url().fill("https://example.com/team");
    // The corrected URL is not called wrong; the query, untouched, still is.
    await expect(compose.fieldError("url")).toHaveCount(0);
    await expect(compose.url()).toHaveAttribute("aria-invalid", "false");
    await expect(compose.fieldError("q")).toContainText("too long");

    await compose.query().fill("every person");
    await expect(compose.fieldError("q")).toHaveCount(0);
    await expect(page.getByText("12 / 2,000 characters")).toBeVisible();

    await compose.url().fill("ftp://example.com/team");
    await expect(compose.fieldError("url")).toContainText("absolute http(s) URL");
  });

  test("a narrow window shows the whole form without scrolling sideways", async ({ compose, page }) => {
    await page.setViewportSize({ width: 380, height: 800 });
    await compose.goto();
    await expect(page.getByTestId("field-builder")).toBeVisible();
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.window);
  });
});
