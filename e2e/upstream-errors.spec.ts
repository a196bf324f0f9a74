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

test("a task Linkup sends in a shape the studio cannot read is left out and counted, and the others are listed", async ({ tasksList, page }) => {
  const task = (id: string, at: string, extra: Record<string, unknown> = {}) => ({
    id,
    type: "extract",
    status: "completed",
    createdAt: at,
    updatedAt: at,
    error: null,
    input: { q: `every item (${id})`, url: "https://shop.example/items", schema: null, verifyUrls: false },
    output: { creditsUsed: 1, resultUrl: "https://results.example/x.ndjson", rowsReturned: 3 },
    ...extra,
  });
  // Far in the future, so they head the list whatever previews earlier specs left.
  const data = [task("good-1", "2099-01-03T00:00:00Z"), task("bad-1", "2099-01-02T00:00:00Z", { status: "archived" }), task("good-2", "2099-01-01T00:00:00Z")];
  const raw = JSON.stringify({ metadata: { page: 1, pageSize: 100, total: 3, totalPages: 1 }, data });
  await double.failNext({ method: "GET", path: "^/v1/extract$", status: 200, contentType: "application/json", raw, times: 20 });
  try {
    await tasksList.goto();
    await expect(page.getByTestId("tasks-unreadable")).toContainText("1 of Linkup's tasks on this page could not be read");
    await expect(page.getByTestId("tasks-error")).toHaveCount(0);
    await expect(tasksList.rows().nth(0)).toHaveAttribute("data-task-id", "good-1");
    await expect(tasksList.rows().nth(1)).toHaveAttribute("data-task-id", "good-2");
  } finally {
    await double.clearFaults();
  }
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
