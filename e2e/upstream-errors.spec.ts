import { double } from "./support/double";
import { CATALOGUE_ORIGIN } from "./support/env";
import { expect, test } from "./support/fixtures";

test("a key Linkup rejects (401) is explained, and the composed input is kept", async ({ compose, page }) => {
  await double.configure({ apiKey: "a-different-key" });
  await compose.goto();
  await compose.fill({ url: "https://example.com/team", q: "every engineer" });
  await compose.run();
  await expect(compose.formError()).toContainText("Linkup rejected the studio's API key");
  await expect(compose.formError()).toContainText("LINKUP_API_KEY");
  await expect(compose.formError()).toHaveAttribute("data-code", "linkup_unauthorized");
  await expect(page).toHaveURL(/\/$/);
  await expect(compose.url()).toHaveValue("https://example.com/team");
  await expect(compose.query()).toHaveValue("every engineer");
  // The refusal was about that input: once the analyst edits it, the alert no longer applies.
  await compose.query().fill("every engineer and their role");
  await expect(compose.formError()).toHaveCount(0);
});

test("out of credit (429) on create is explained and the POST is sent exactly once", async ({ compose }) => {
  await double.failNext({ method: "POST", path: "^/v1/extract$", status: 429, code: "INSUFFICIENT_FUNDS_CREDITS", message: "Not enough credits", retryAfter: 1 });
  await compose.goto();
  await compose.fill({ url: "https://example.com/team", q: "every engineer" });
  await compose.runWithKeyboard();
  await expect(compose.formError()).toContainText("out of credit");
  await expect(compose.formError()).toHaveAttribute("data-code", "insufficient_credits");
  // Give any (wrong) retry the time to happen before counting.
  await compose.page.waitForTimeout(1_500);
  const posts = (await double.requests()).filter((r) => r.method === "POST" && r.path === "/v1/extract");
  expect(posts).toHaveLength(1);
});

test("a task the upstream does not know says it was not found, offers the way back and no retry", async ({ taskPage, page }) => {
  await taskPage.goto("no-such-task-123");
  await expect(taskPage.loadError()).toContainText("Task not found.");
  await expect(taskPage.loadError()).toContainText("does not exist");
  await expect(taskPage.loadError()).toHaveAttribute("data-code", "not_found");
  await expect(taskPage.taskRetry()).toHaveCount(0);
  await taskPage.loadError().getByRole("link", { name: "Back to all tasks" }).click();
  await expect(page).toHaveURL(/\/tasks$/);
});

test("with Linkup refusing the list, the tasks page still lists the free previews and says what is missing", async ({ tasksList, page }) => {
  const started = await page.request.post("/api/extract?provider=embedded", { data: { q: "every product name", url: `${CATALOGUE_ORIGIN}/catalogue` } });
  expect(started.status()).toBe(201);
  const preview = (await started.json()) as { id: string };
  const previews = ((await (await page.request.get("/api/extract?provider=embedded&pageSize=1")).json()) as { metadata: { total: number } }).metadata.total;
  await double.configure({ apiKey: "a-different-key" });
  await tasksList.goto();
  await expect(page.getByTestId("tasks-unavailable")).toContainText("only the free previews are shown");
  await expect(page.getByTestId("tasks-unavailable")).toContainText("Linkup rejected the studio's API key");
  await expect(page.getByTestId("tasks-unavailable")).toHaveAttribute("data-code", "linkup_unauthorized");
  await expect(page.getByTestId("tasks-error")).toHaveCount(0);
  await expect(tasksList.rows().first()).toHaveAttribute("data-task-id", preview.id);
  await expect(tasksList.previews()).toHaveCount(Math.min(previews, 20));
  await expect(tasksList.rows()).toHaveCount(Math.min(previews, 20));
});

test("bad input is caught before anything is sent, with the reason next to the field", async ({ compose }) => {
  await compose.goto();
  // (A URL typed without its scheme is completed: only another scheme is left for the check to refuse.)
  await compose.fill({ url: "ftp://example.com/team", q: "   ", schema: '{"type": "array"}' });
  await expect(compose.page.getByTestId("run-disabled-reason")).toContainText("object");
  await expect(compose.runButton()).toBeDisabled();
  await compose.setSchema("");
  await compose.run();
  await expect(compose.fieldError("url")).toContainText("absolute http(s) URL");
  await expect(compose.fieldError("q")).toContainText("Describe the rows");
  // Announced, and focus is on the first field to fix rather than left on Run.
  await expect(compose.fieldError("url")).toHaveAttribute("role", "alert");
  await expect(compose.fieldError("q")).toHaveAttribute("role", "alert");
  await expect(compose.url()).toBeFocused();
  const posts = (await double.requests()).filter((r) => r.method === "POST");
  expect(posts).toHaveLength(0);
});

test("pages carry a nonce-based Content-Security-Policy and the security headers", async ({ page }) => {
  const first = await page.goto("/");
  const second = await page.request.get("/tasks");
  const policy = first?.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toContain("unsafe-eval");
  // A fresh nonce per request.
  expect(second.headers()["content-security-policy"]).not.toBe(policy);
  for (const response of [first!, second]) {
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["referrer-policy"]).toBe("no-referrer");
    expect(response.headers()["x-frame-options"]).toBe("DENY");
  }
  // Next's own scripts carry the nonce, so the page works under the policy.
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  expect(nonce).toBeTruthy();
});
