import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Locator } from "@playwright/test";
import { double, type FailNext } from "./support/double";
import { DOUBLE_ORIGIN, E2E_LINKUP_KEY } from "./support/env";
import { expect, test as base } from "./support/fixtures";
import { startStudio } from "./support/studio-process";

/**
 * Issue 6's fault battery: each upstream fault, in each phase where it matters (create, poll,
 * download), ends in a clear UI state; nothing composed or received is lost; what the studio
 * retries recovers by itself, and what persists offers a Retry that works once the fault clears.
 *
 * It runs against a studio of its own with short timeouts (the shared one waits 5 s per attempt),
 * so that timeouts and stalls cost about a second and a half each.
 */
const TIMEOUT_MS = 1_500;
const SLOW = { delayMs: TIMEOUT_MS + 1_000 };

const test = base.extend<object, { faultStudio: { origin: string } }>({
  faultStudio: [
    async ({}, use) => {
      const studio = await startStudio({
        LINKUP_API_KEY: E2E_LINKUP_KEY,
        LINKUP_BASE_URL: `${DOUBLE_ORIGIN}/v1`,
        LINKUP_TIMEOUT_MS: String(TIMEOUT_MS),
        LINKUP_MAX_ATTEMPTS: "3",
        LINKUP_RESULT_IDLE_TIMEOUT_MS: String(TIMEOUT_MS),
        DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "extract-studio-faults-")),
        STUDIO_CREATE_LIMIT: "1000",
      });
      await use(studio);
      await studio.stop();
    },
    { scope: "worker", timeout: 90_000 },
  ],
  baseURL: async ({ faultStudio }, use) => use(faultStudio.origin),
});

/** A proxy's error page, echoing the request's headers (the key among them) as some debug pages do. */
const HTML_PAGE =
  "<html><head><title>502 Bad Gateway</title></head><body><pre>Authorization: {{authorization}}</pre>" +
  "<center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
const MALFORMED_JSON = { status: 200, raw: '{"id":"4f1c","type":"extract","status":"pend', contentType: "application/json" };

/** The user reads a sentence: never markup, a stack trace or a parser's complaint. */
async function expectClearMessage(alert: Locator) {
  const text = (await alert.textContent()) ?? "";
  expect(text).not.toMatch(/<[a-z!/]|nginx|Bad Gateway|\bat \S+ \(|SyntaxError|TypeError|Unexpected token|fetch failed|ECONN/i);
  expect(text).not.toContain(E2E_LINKUP_KEY);
}

type Fault = Omit<FailNext, "method" | "path">;
const input = { q: "Every product: name and price", url: "https://shop.example/catalogue" };

test.describe("create: the form says why nothing started, keeps every value, and Run works once the fault clears", () => {
  const cases: { name: string; fault: Fault; code: string; says: string }[] = [
    { name: "timeout", fault: SLOW, code: "upstream_timeout", says: "may have started anyway" },
    { name: "connection reset", fault: { cut: { mode: "reset", afterLines: 0 } }, code: "upstream_unavailable", says: "may have started anyway" },
    { name: "HTTP 500", fault: { status: 500 }, code: "upstream_error", says: "Linkup failed" },
    { name: "HTTP 502", fault: { status: 502 }, code: "upstream_error", says: "Linkup failed" },
    { name: "HTTP 503", fault: { status: 503 }, code: "upstream_error", says: "Linkup failed" },
    { name: "429 with Retry-After", fault: { status: 429, code: "TOO_MANY_REQUESTS", retryAfter: 6 }, code: "rate_limited", says: "Try again in 6 seconds" },
    { name: "malformed JSON", fault: MALFORMED_JSON, code: "bad_upstream_response", says: "may have started anyway" },
    { name: "HTML error page", fault: { status: 502, raw: HTML_PAGE }, code: "upstream_error", says: "Linkup failed" },
  ];
  for (const { name, fault, code, says } of cases) {
    test(name, async ({ compose, page }) => {
      await compose.goto();
      await compose.fill(input);
      await double.failNext({ method: "POST", path: "^/v1/extract$", ...fault });
      await compose.runWithKeyboard();
      await expect(compose.formError()).toHaveAttribute("data-code", code);
      await expect(compose.formError()).toContainText(says);
      await expectClearMessage(compose.formError());
      await expect(page).toHaveURL(/\/$/);
      await expect(compose.url()).toHaveValue(input.url);
      await expect(compose.query()).toHaveValue(input.q);
      // A create is never retried: it could start, and bill, a second task.
      const posts = async () => (await double.requests()).filter((r) => r.method === "POST" && r.path === "/v1/extract").length;
      expect(await posts()).toBe(1);
      if (fault.retryAfter) {
        // Linkup said when to ask again: a Run before then is answered by the studio, and sends nothing.
        const refusedAt = Date.now();
        await compose.query().fill(`${input.q} `);
        await compose.runWithKeyboard();
        await expect(compose.formError()).toHaveAttribute("data-code", "rate_limited");
        await expect(compose.formError()).toContainText(/Try again in [1-6] seconds?/);
        expect(await posts()).toBe(1);
        await compose.page.waitForTimeout(Math.max(0, fault.retryAfter * 1000 - (Date.now() - refusedAt)));
      }
      // The fault was queued once: running again starts the extraction.
      await compose.runAndOpenTask();
      expect(await posts()).toBe(2);
    });
  }
});

test.describe("poll: transient faults are retried by the studio (or the page) and never shown", () => {
  const cases: { name: string; fault: Fault; first: number }[] = [
    { name: "timeout", fault: SLOW, first: 0 },
    { name: "connection reset", fault: { cut: { mode: "reset", afterLines: 0 } }, first: 0 },
    { name: "HTTP 500", fault: { status: 500 }, first: 500 },
    { name: "HTTP 502", fault: { status: 502 }, first: 502 },
    { name: "HTTP 503", fault: { status: 503 }, first: 503 },
    { name: "429 with Retry-After", fault: { status: 429, code: "TOO_MANY_REQUESTS", retryAfter: 1 }, first: 429 },
    // Not retried by the studio (the answer arrived, it is unreadable); the page's query retries it.
    { name: "malformed JSON", fault: MALFORMED_JSON, first: 200 },
    { name: "HTML error page", fault: { status: 502, raw: HTML_PAGE }, first: 502 },
  ];
  for (const { name, fault, first } of cases) {
    test(name, async ({ taskPage }) => {
      const { id } = await double.seedTask({ input, pendingMs: 0, processingMs: 0, rows: [{ name: "A" }, { name: "B" }] });
      await double.failNext({ method: "GET", path: `^/v1/extract/${id}$`, ...fault });
      await taskPage.goto(id);
      await taskPage.expectStatus("completed");
      await taskPage.expectAllRowsLoaded(2);
      await expect(taskPage.loadError()).toHaveCount(0);
      await expect(taskPage.pollError()).toHaveCount(0);
      const gets = (await double.requests()).filter((r) => r.method === "GET" && r.path === `/v1/extract/${id}`);
      expect(gets.map((r) => r.status).slice(0, 2), "the faulty answer, then the retry's").toEqual([first, 200]);
      if (fault.retryAfter) {
        const waited = Date.parse(gets[1]!.at) - Date.parse(gets[0]!.at);
        expect(waited, "Retry-After is honoured").toBeGreaterThanOrEqual(fault.retryAfter * 1000 - 50);
      }
    });
  }
});

test.describe("poll: a persistent fault is shown, with a Retry that works once it clears", () => {
  test("the task cannot be loaded at all (an HTML error page on every GET)", async ({ taskPage }) => {
    const { id } = await double.seedTask({ input, pendingMs: 0, processingMs: 0, rows: [{ name: "A" }] });
    await double.failNext({ method: "GET", path: `^/v1/extract/${id}$`, status: 503, raw: HTML_PAGE, times: 1_000 });
    await taskPage.goto(id);
    await expect(taskPage.pollRetrying(), "the first failure is said at once").toBeVisible({ timeout: 15_000 });
    await expect(taskPage.loadError()).toHaveCount(0);
    await expect(taskPage.loadError()).toHaveAttribute("data-code", "upstream_error", { timeout: 30_000 });
    await expect(taskPage.pollRetrying()).toHaveCount(0);
    await expect(taskPage.loadError()).toContainText("Linkup failed");
    await expectClearMessage(taskPage.loadError());
    await double.clearFaults();
    await taskPage.taskRetry().click();
    await taskPage.expectStatus("completed");
    await taskPage.expectAllRowsLoaded(1);
  });

  test("status updates fail after the task loaded: its last state stays, then polling resumes", async ({ taskPage }) => {
    const { id } = await double.seedTask({ input, pendingMs: 0, processingMs: 60_000 });
    await taskPage.goto(id);
    await taskPage.expectStatus("processing");
    await double.failNext({ method: "GET", path: `^/v1/extract/${id}$`, status: 502, times: 1_000 });
    await expect(taskPage.pollRetrying(), "the first failure is said at once").toBeVisible({ timeout: 15_000 });
    await expect(taskPage.pollError()).toHaveCount(0);
    await expect(taskPage.pollError()).toHaveAttribute("data-code", "upstream_error", { timeout: 30_000 });
    await expect(taskPage.pollRetrying()).toHaveCount(0);
    await expectClearMessage(taskPage.pollError());
    await expect(taskPage.status()).toHaveAttribute("data-status", "processing");
    await double.clearFaults();
    await taskPage.taskRetry().click();
    await expect(taskPage.pollError()).toHaveCount(0);
    await expect(taskPage.status()).toHaveAttribute("data-status", "processing");
  });
});

test.describe("download", () => {
  const TOTAL = 3_000;
  const resultGets = async () => (await double.requests()).filter((r) => r.method === "GET" && r.path.startsWith("/results/"));
  const completedTask = () => double.seedTask({ input, pendingMs: 0, processingMs: 0, generate: { count: TOTAL } });

  test.describe("transient faults before the first byte are retried by the studio; every row arrives", () => {
    const cases: { name: string; fault: Fault; first: number }[] = [
      { name: "timeout", fault: SLOW, first: 0 },
      { name: "HTTP 500", fault: { status: 500 }, first: 500 },
      { name: "HTTP 502", fault: { status: 502 }, first: 502 },
      { name: "HTTP 503", fault: { status: 503 }, first: 503 },
      { name: "429 with Retry-After", fault: { status: 429, code: "TOO_MANY_REQUESTS", retryAfter: 1 }, first: 429 },
      { name: "HTML error page", fault: { status: 502, raw: HTML_PAGE }, first: 502 },
    ];
    for (const { name, fault, first } of cases) {
      test(name, async ({ taskPage }) => {
        const { id } = await completedTask();
        await double.failNext({ method: "GET", path: "^/results/", ...fault });
        await taskPage.goto(id);
        await taskPage.expectAllRowsLoaded(TOTAL);
        await expect(taskPage.resultsError()).toHaveCount(0);
        expect((await resultGets()).map((r) => r.status)).toEqual([first, 200]);
      });
    }
  });

  test.describe("persistent faults before the first byte: a clear error and a Retry that completes", () => {
    const cases: { name: string; fault: Fault; code: string; says: string }[] = [
      { name: "timeout", fault: SLOW, code: "upstream_timeout", says: "did not answer in time" },
      { name: "HTML error page (503)", fault: { status: 503, raw: HTML_PAGE }, code: "upstream_error", says: "could not be downloaded from Linkup (HTTP 503)" },
    ];
    for (const { name, fault, code, says } of cases) {
      test(name, async ({ taskPage }) => {
        const { id } = await completedTask();
        await double.failNext({ method: "GET", path: "^/results/", times: 1_000, ...fault });
        await taskPage.goto(id);
        await expect(taskPage.rowCount()).toHaveAttribute("data-status", "error", { timeout: 30_000 });
        await expect(taskPage.resultsError()).toHaveAttribute("data-code", code);
        await expect(taskPage.resultsError()).toContainText(says);
        await expectClearMessage(taskPage.resultsError());
        expect((await resultGets()).length, "the studio retried before giving up").toBe(3);
        await double.clearFaults();
        await taskPage.resultsRetry().click();
        await taskPage.expectAllRowsLoaded(TOTAL);
      });
    }
  });

  test("an export whose result breaks off fails as a download, never saves a short file", async ({ taskPage, page }) => {
    const { id } = await completedTask();
    await taskPage.goto(id);
    await taskPage.expectAllRowsLoaded(TOTAL);
    await double.failNext({ method: "GET", path: "^/results/", cut: { mode: "truncate", afterLines: 1_200 } });
    const [download] = await Promise.all([page.waitForEvent("download"), taskPage.exportButton().click()]);
    expect(await download.failure()).toBeTruthy();
    expect((await resultGets()).length).toBe(2);
  });

  test.describe("faults mid-stream: the rows received stay, the error shows, and Retry loads them all", () => {
    const CUT = 1_200;
    const cases: { name: string; fault: Fault }[] = [
      { name: "connection reset", fault: { cut: { mode: "reset", afterLines: CUT } } },
      { name: "truncated mid-line, ended cleanly", fault: { cut: { mode: "truncate", afterBytes: 190_001 } } },
      { name: "truncated at a line end, ended cleanly", fault: { cut: { mode: "truncate", afterLines: CUT } } },
      { name: "shorter than its content-length", fault: { cut: { mode: "short", afterLines: CUT } } },
      { name: "stalled (timeout)", fault: { cut: { mode: "stall", afterLines: CUT } } },
    ];
    for (const { name, fault } of cases) {
      test(name, async ({ taskPage }) => {
        const { id } = await completedTask();
        await double.failNext({ method: "GET", path: "^/results/", ...fault });
        await taskPage.goto(id);
        await taskPage.expectLoadBrokeOff("download_interrupted", TOTAL);
        await expect(taskPage.resultsError()).toContainText("broke off");
        await expectClearMessage(taskPage.resultsError());
        await taskPage.resultsRetry().click();
        await taskPage.expectAllRowsLoaded(TOTAL);
        expect((await resultGets()).length).toBe(2);
      });
    }
  });
});
