import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { double } from "./support/double";
import { expectedCsvCell, parseCsv } from "./support/csv";
import { CATALOGUE_ORIGIN, CATALOGUE_PRODUCTS, E2E_LINKUP_KEY } from "./support/env";
import { expect, test } from "./support/fixtures";

/** A hard data set: non-ASCII, quotes, commas, line breaks, formula-looking text, 0/false/null, nested. */
const rows: Record<string, unknown>[] = [
  { name: "Zoë Ångström", role: "Staff engineer, platform", profilePage: "https://example.com/people/zoe", years: 12, remote: true, tags: ["rust", "go"] },
  { name: 'Dan "the man" O\'Neil', role: "Engineer\nSecond line", profilePage: "https://example.com/people/dan", years: 0, remote: false, note: null },
  { name: "=HYPERLINK(\"http://evil\")", role: "+1 formula", profilePage: "https://example.com/people/f", years: 3.5, remote: false, meta: { team: "Zürich", level: 2 } },
  { name: "李雷", role: "-dash first", profilePage: "https://example.com/people/li", years: 7, remote: true, tags: [] },
  { name: "@handle", role: "comma, inside", profilePage: "https://example.com/people/h", years: null, remote: null },
  { name: "Plain", role: "", profilePage: "https://example.com/people/p", years: 1, remote: true, meta: { nested: { deep: [1, { x: "y" }] } } },
];

const schema = {
  type: "object",
  properties: {
    name: { type: "string" },
    role: { type: "string" },
    profilePage: { type: "string", format: "uri" },
    years: { type: "number" },
    remote: { type: "boolean" },
  },
};

test("compose → run → watch → review → export: the CSV matches the served rows cell by cell", async ({ compose, taskPage, page }) => {
  await double.queueScenario({ pendingMs: 1_000, processingMs: 2_500, rows, creditsUsed: 3 });
  await compose.goto();
  await compose.fill({ url: "https://example.com/team", q: "Every engineer with name, role and profile page", schema, verifyUrls: true });
  const id = await compose.runAndOpenTask();

  // Live status: the page moves through the lifecycle by itself.
  await taskPage.expectStatus("processing");
  await taskPage.expectStatus("completed");
  await expect(page.getByTestId("task-credits")).toHaveText("3");
  await expect(page.getByTestId("task-rows")).toHaveText("6");
  await expect(page.getByTestId("task-query")).toHaveText("Every engineer with name, role and profile page");
  await taskPage.expectAllRowsLoaded(rows.length);

  // The grid shows schema columns first, then the other keys in first-seen order.
  const columns = ["name", "role", "profilePage", "years", "remote", "tags", "note", "meta"];
  await expect(page.locator(".ag-header-cell-text")).toHaveText(columns);
  await expect(page.getByRole("gridcell", { name: "Zoë Ångström" })).toBeVisible();
  // A list of plain values reads as a list, not as JSON (the export keeps the JSON).
  await expect(page.getByRole("gridcell", { name: "rust, go", exact: true })).toBeVisible();

  const { text, fileName } = await taskPage.exportCsv();
  expect(fileName).toMatch(/^every-engineer-with-name-role-and-profile-page-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(text.startsWith("\uFEFF")).toBe(true);
  const records = parseCsv(text.slice(1));
  expect(records[0]).toEqual(columns);
  expect(records).toHaveLength(rows.length + 1);
  rows.forEach((row, r) => {
    columns.forEach((column, c) => {
      expect(records[r + 1]?.[c], `row ${r + 1}, column ${column}`).toBe(expectedCsvCell(row[column]));
    });
  });

  // The studio created exactly one upstream task, with the input the analyst composed.
  const log = await double.requests();
  expect(log.filter((r) => r.method === "POST" && r.path === "/v1/extract")).toHaveLength(1);
  expect(log.every((r) => !r.path.startsWith("/v1/") || r.authorized)).toBe(true);
  expect(log.some((r) => r.method === "GET" && r.path === `/v1/extract/${id}`)).toBe(true);
});

test("a failed task shows its error", async ({ compose, taskPage }) => {
  await double.queueScenario({ pendingMs: 200, processingMs: 600, outcome: "failed", error: "The seed page answered 404 Not Found." });
  await compose.goto();
  await compose.fill({ url: "https://example.com/missing", q: "every product" });
  await compose.runAndOpenTask();
  await taskPage.expectStatus("failed");
  await expect(taskPage.taskError()).toContainText("The seed page answered 404 Not Found.");
  await expect(taskPage.grid()).toHaveCount(0);
});

test("an expired result link is refreshed without the user noticing", async ({ compose, taskPage, page }) => {
  const generated = 2_500;
  await double.queueScenario({ pendingMs: 100, processingMs: 300, generate: { count: generated, seed: 7 } });
  // The first download is refused the way a storage host refuses an expired signed link.
  await double.failNext({
    method: "GET",
    path: "^/results/",
    status: 403,
    raw: "<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>",
  });
  await compose.goto();
  await compose.fill({ url: "https://shop.example/items", q: "every item" });
  await compose.runAndOpenTask();
  await taskPage.expectStatus("completed");
  await taskPage.expectAllRowsLoaded(generated);
  await expect(taskPage.resultsError()).toHaveCount(0);
  await expect(page.getByTestId("task-error")).toHaveCount(0);
  const downloads = (await double.requests()).filter((r) => r.method === "GET" && r.path.startsWith("/results/"));
  expect(downloads.map((r) => r.status)).toEqual([403, 200]);
});

test("the tasks list pages through past tasks, newest first, free previews among them, and opens any of them", async ({ tasksList, taskPage, page }) => {
  // A free preview on the embedded engine, started now: newer than every seeded Linkup task. Earlier
  // specs may have left previews in the studio's store; they are listed too, and counted here.
  const started = await page.request.post("/api/extract?provider=embedded", { data: { q: "every product name", url: `${CATALOGUE_ORIGIN}/catalogue` } });
  expect(started.status()).toBe(201);
  const preview = (await started.json()) as { id: string };
  const previews = ((await (await page.request.get("/api/extract?provider=embedded&pageSize=1")).json()) as { metadata: { total: number } }).metadata.total;
  expect(previews).toBeGreaterThanOrEqual(1);
  expect(previews).toBeLessThanOrEqual(17); // so that both pages below hold every task
  const total = 23 + previews;

  const base = Date.parse("2026-11-01T10:00:00Z");
  for (let i = 0; i < 23; i++) {
    await double.seedTask({
      input: { q: `Seeded task ${String(i).padStart(2, "0")}`, url: `https://example.com/list/${i}` },
      createdAt: new Date(base + i * 60_000).toISOString(),
      pendingMs: 0,
      processingMs: 0,
      rows: [{ n: i }],
    });
  }
  await tasksList.goto();
  await expect(tasksList.rows()).toHaveCount(20);
  await expect(tasksList.rows().first()).toHaveAttribute("data-task-id", preview.id);
  await expect(tasksList.rows().first()).toContainText("Free preview");
  await expect(tasksList.previews()).toHaveCount(previews);
  await expect(tasksList.rows().nth(previews)).toContainText("Seeded task 22");
  await expect(tasksList.pageInfo()).toContainText(`Page 1 of 2 · ${total} tasks`);
  const firstPage = await tasksList.rows().evaluateAll((rows) => rows.map((r) => r.getAttribute("data-task-id")));
  await tasksList.nextPage().click();
  await expect(tasksList.rows()).toHaveCount(total - 20);
  await expect(tasksList.previews()).toHaveCount(0);
  await expect(tasksList.rows().last()).toContainText("Seeded task 00");
  // The two pages hold every task once.
  const secondPage = await tasksList.rows().evaluateAll((rows) => rows.map((r) => r.getAttribute("data-task-id")));
  expect(new Set([...firstPage, ...secondPage]).size).toBe(total);
  await page.getByRole("link", { name: "Seeded task 01" }).click();
  await taskPage.expectStatus("completed");
  await expect(page.getByTestId("task-query")).toHaveText("Seeded task 01");
  await expect(page.getByTestId("preview-badge")).toHaveCount(0);
  await taskPage.expectAllRowsLoaded(1);

  // A page past the last (an old link, a typed ?page=999) goes to the last page, not to an empty table.
  await tasksList.goto(999);
  await expect(page).toHaveURL(/\/tasks\?page=2$/);
  await expect(tasksList.pageInfo()).toContainText(`Page 2 of 2 · ${total} tasks`);
  await expect(tasksList.rows()).toHaveCount(total - 20);
  await expect(tasksList.rows().last()).toContainText("Seeded task 00");

  // The preview opens from the list on the embedded engine…
  await tasksList.goto();
  await tasksList.rows().first().getByRole("link").click();
  await page.waitForURL(new RegExp(`/tasks/${preview.id}\\?provider=embedded$`));
  await expect(page.getByTestId("preview-badge")).toBeVisible();
  await taskPage.expectStatus("completed", 45_000);
  await taskPage.expectAllRowsLoaded(CATALOGUE_PRODUCTS);
  // …and its address without the parameter (a copied link) finds it too, rows and all, without asking Linkup.
  await page.goto(`/tasks/${preview.id}`);
  await expect(page.getByTestId("preview-badge")).toBeVisible();
  await taskPage.expectStatus("completed");
  await taskPage.expectAllRowsLoaded(CATALOGUE_PRODUCTS);
  expect((await double.requests()).filter((r) => r.path.includes(preview.id))).toEqual([]);
});

test("the key is in no file the build serves to browsers", async () => {
  const root = path.join(process.cwd(), ".next", "static");
  const files: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else files.push(full);
    }
  };
  await walk(root);
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) expect((await readFile(file)).includes(E2E_LINKUP_KEY), file).toBe(false);
});

test("malformed lines in a result are counted and skipped, never fatal", async ({ compose, taskPage, page }) => {
  const rawLines = ['{"name":"Ada","n":1}', '{"name":"Bro', "not json at all", '{"name":"Cy","n":3}', '["an","array"]', '{"name":"Di","n":4}'];
  await double.queueScenario({ pendingMs: 100, processingMs: 200, rawLines });
  await compose.goto();
  await compose.fill({ url: "https://example.com/people", q: "every person" });
  await compose.runAndOpenTask();
  await taskPage.expectStatus("completed");
  await expect(taskPage.rowCount()).toHaveAttribute("data-status", "done");
  await expect(taskPage.rowCount()).toHaveText("3 / 6");
  await expect(page.getByTestId("malformed-count")).toHaveText("3 malformed lines skipped");
  await expect(page.getByRole("gridcell", { name: "Di" })).toBeVisible();
  await expect(taskPage.resultsError()).toHaveCount(0);
});
