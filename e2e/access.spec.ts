import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { catalogueProducts, startCatalogueSite } from "./fixtures/catalogue-site";
import { ComposePage } from "./pages/compose-page";
import { LoginPage } from "./pages/login-page";
import { TaskPage } from "./pages/task-page";
import { startStudio } from "./support/studio-process";

// A studio of its own, started with STUDIO_PASSWORD (and a bearer key for /v1), on a free port.
const PASSWORD = "e2e correct horse battery";
const ENGINE_KEY = "e2e-engine-key-8842";
const LOGIN_LIMIT = 4;

test.describe.configure({ mode: "serial" });

let studio: Awaited<ReturnType<typeof startStudio>>;
let site: Awaited<ReturnType<typeof startCatalogueSite>>;
let dataDir: string;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  dataDir = mkdtempSync(path.join(os.tmpdir(), "extract-studio-access-"));
  site = await startCatalogueSite(0, { products: 12 });
  studio = await startStudio({
    LINKUP_API_KEY: "",
    DATA_DIR: dataDir,
    ENGINE_ALLOW_PRIVATE_NETWORKS: "1",
    STUDIO_PASSWORD: PASSWORD,
    ENGINE_API_KEY: ENGINE_KEY,
    STUDIO_LOGIN_LIMIT: String(LOGIN_LIMIT),
    // As behind the README's reverse proxy: X-Forwarded-For tells the clients apart.
    STUDIO_TRUST_PROXY: "1",
  });
});

test.afterAll(async () => {
  await studio?.stop();
  await site?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A browser context on this studio that records any Content-Security-Policy violation. */
async function open(browser: Browser): Promise<{ context: BrowserContext; page: Page; cspViolations: string[] }> {
  const context = await browser.newContext({ baseURL: studio.origin });
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  return { context, page, cspViolations };
}

async function signedInCookie(): Promise<string> {
  const res = await fetch(`${studio.origin}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": "192.0.2.10" },
    body: JSON.stringify({ password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  return (res.headers.get("set-cookie") ?? "").split(";")[0]!;
}

test("without a session, pages go to the login page, /api and /v1 answer 401, and health says only ok", async () => {
  const page = await fetch(`${studio.origin}/tasks?page=2`, { redirect: "manual" });
  expect(page.status).toBe(307);
  expect(page.headers.get("location")).toBe("/login?next=%2Ftasks%3Fpage%3D2");
  expect((await fetch(`${studio.origin}/`, { redirect: "manual" })).headers.get("location")).toBe("/login");

  for (const [method, route] of [["GET", "/api/extract"], ["POST", "/api/extract"], ["GET", "/api/extract/abc/rows"], ["GET", "/api/saved"]] as const) {
    const res = await fetch(`${studio.origin}${route}`, { method, headers: { "content-type": "application/json" }, body: method === "POST" ? "{}" : undefined });
    expect(res.status, `${method} ${route}`).toBe(401);
    expect(await res.json()).toEqual({ error: { code: "unauthenticated", message: expect.stringMatching(/^Sign in to use the studio/) } });
  }
  for (const [method, route] of [["GET", "/v1/extract"], ["POST", "/v1/extract"], ["GET", "/v1/extract/abc"]] as const) {
    const res = await fetch(`${studio.origin}${route}`, { method, headers: { "content-type": "application/json" }, body: method === "POST" ? "{}" : undefined });
    expect(res.status, `${method} ${route}`).toBe(401);
    expect(await res.json()).toMatchObject({ statusCode: 401, error: { code: "UNAUTHORIZED" } });
  }
  // Ways around a path check that must not lead to a route.
  for (const route of ["/api/extract/", "//api/extract", "/_next/static/..%2F..%2Fapi/extract", "/_next/static/x/../../../api/extract", "/%61pi/extract"]) {
    const res = await fetch(`${studio.origin}${route}`, { redirect: "manual" });
    expect([301, 307, 308, 401, 404], route).toContain(res.status);
    expect(await res.text(), route).not.toContain('"totalPages"');
  }

  const health = await fetch(`${studio.origin}/api/health`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ ok: true });
});

test("without a session, the app icon is served (from the studio itself) and the login page links it", async () => {
  const favicon = await fetch(`${studio.origin}/favicon.ico`, { redirect: "manual" });
  expect(favicon.status).toBe(200);
  expect(favicon.headers.get("content-type")).toMatch(/^image\//);
  const login = await (await fetch(`${studio.origin}/login`)).text();
  const href = /<link rel="icon" href="([^"]+)"[^>]*type="image\/svg\+xml"/.exec(login)?.[1];
  expect(href).toMatch(/^\/icon\.svg/);
  const svg = await fetch(`${studio.origin}${href}`, { redirect: "manual" });
  expect(svg.status).toBe(200);
  expect(svg.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
});

test("a wrong password shows an error; the right one signs in and goes on to `next`, with a strict HttpOnly cookie", async ({ browser }) => {
  const { context, page, cspViolations } = await open(browser);
  const login = new LoginPage(page);
  await page.goto("/tasks?page=1");
  await login.expectShown("/tasks?page=1");

  await login.signIn("not the password");
  await expect(login.error()).toContainText("That password is not right");
  await expect(login.error()).toHaveAttribute("data-code", "wrong_password");
  expect(await context.cookies()).toEqual([]);

  await login.signIn(PASSWORD);
  await expect(page).toHaveURL(`${studio.origin}/tasks?page=1`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const [cookie] = await context.cookies();
  expect(cookie).toMatchObject({ name: "studio_session", httpOnly: true, sameSite: "Strict", secure: false, path: "/" });
  expect(cookie!.expires - Date.now() / 1000).toBeGreaterThan(11 * 3600);
  await expect(page.getByTestId("provider-badge")).toHaveAttribute("data-provider", "embedded");
  expect(cspViolations).toEqual([]);
  await context.close();
});

test("once signed in, the main flow works: compose, run on the embedded engine, review the rows, then sign out", async ({ browser }) => {
  test.setTimeout(90_000);
  const { context, page, cspViolations } = await open(browser);
  const login = new LoginPage(page);
  await page.goto("/");
  await login.expectShown();
  await login.signIn(PASSWORD);
  await expect(page).toHaveURL(`${studio.origin}/`);

  const compose = new ComposePage(page);
  await expect(compose.url()).toBeVisible();
  await compose.fill({ url: `${site.origin}/catalogue`, q: "every product with its name", schema: { type: "object", properties: { name: { type: "string" } }, required: ["name"] } });
  await compose.runAndOpenTask();
  const task = new TaskPage(page);
  await task.expectStatus("completed", 45_000);
  await task.expectAllRowsLoaded(12);
  await expect(page.getByRole("gridcell", { name: catalogueProducts(12)[0]!.name, exact: true })).toBeVisible();

  // An already signed-in user who opens the login page goes straight on.
  await page.goto("/login?next=%2Ftasks");
  await expect(page).toHaveURL(`${studio.origin}/tasks`);

  await login.signOut().click();
  await login.expectShown();
  expect(await context.cookies()).toEqual([]);
  await page.goto("/tasks");
  await login.expectShown("/tasks");
  expect(cspViolations).toEqual([]);
  await context.close();
});

test("signing out ends the session on the server: a copy of the cookie taken before is refused after", async ({ browser }) => {
  const { context, page } = await open(browser);
  const login = new LoginPage(page);
  await page.goto("/tasks");
  await login.signIn(PASSWORD);
  await expect(page).toHaveURL(`${studio.origin}/tasks`);
  const [session] = await context.cookies();
  const copied = `${session!.name}=${session!.value}`;
  const other = await signedInCookie();
  expect((await fetch(`${studio.origin}/api/extract`, { headers: { cookie: copied } })).status).toBe(200);

  await login.signOut().click();
  await login.expectShown();
  expect(await context.cookies()).toEqual([]);

  const api = await fetch(`${studio.origin}/api/extract`, { headers: { cookie: copied } });
  expect(api.status).toBe(401);
  expect(await api.json()).toEqual({ error: { code: "unauthenticated", message: expect.stringMatching(/^Sign in to use the studio/) } });
  expect((await fetch(`${studio.origin}/api/saved`, { headers: { cookie: copied } })).status).toBe(401);
  expect((await fetch(`${studio.origin}/v1/extract`, { headers: { cookie: copied } })).status).toBe(401);
  const pageRes = await fetch(`${studio.origin}/tasks`, { headers: { cookie: copied }, redirect: "manual" });
  expect(pageRes.status).toBe(307);
  expect(pageRes.headers.get("location")).toBe("/login?next=%2Ftasks");
  // Only that session ended: another sign-in goes on.
  expect((await fetch(`${studio.origin}/api/extract`, { headers: { cookie: other } })).status).toBe(200);
  await context.close();
});

test("when the session ends while a page is open, the next action leads to the login page and back", async ({ browser }) => {
  const { context, page } = await open(browser);
  const login = new LoginPage(page);
  await page.goto("/tasks");
  await login.signIn(PASSWORD);
  await expect(page).toHaveURL(`${studio.origin}/tasks`);
  const compose = new ComposePage(page);
  await compose.goto("/?from=nothing-here");
  await expect(compose.url()).toBeVisible();
  await compose.fill({ url: `${site.origin}/catalogue`, q: "every product with its name" });

  await context.clearCookies();
  await compose.runButton().click();
  await login.expectShown("/?from=nothing-here");
  await login.signIn(PASSWORD);
  await expect(page).toHaveURL(`${studio.origin}/?from=nothing-here`);
  await context.close();
});

test("a tampered or expired-looking cookie is refused; the genuine one is accepted", async () => {
  const cookie = await signedInCookie();
  const ok = await fetch(`${studio.origin}/api/extract`, { headers: { cookie } });
  expect(ok.status).toBe(200);

  const [name, value] = cookie.split("=") as [string, string];
  const [v, expires, nonce, sig] = value.split(".") as [string, string, string, string];
  const tampered = [
    [v, String(Number(expires) + 86_400_000), nonce, sig].join("."), // a longer life
    [v, expires, nonce, sig.startsWith("A") ? `B${sig.slice(1)}` : `A${sig.slice(1)}`].join("."), // a forged signature
    [v, "1000", nonce, sig].join("."), // long expired
    "v1.9999999999999.abcdefghijklmnopqrstuvwx.0000000000000000000000000000000000000000000",
  ];
  for (const forged of tampered) {
    const res = await fetch(`${studio.origin}/api/extract`, { headers: { cookie: `${name}=${forged}` } });
    expect(res.status, forged).toBe(401);
    const pageRes = await fetch(`${studio.origin}/`, { headers: { cookie: `${name}=${forged}` }, redirect: "manual" });
    expect(pageRes.status, forged).toBe(307);
  }
});

test("behind an https proxy (X-Forwarded-Proto: https) the cookie is also Secure", async () => {
  const res = await fetch(`${studio.origin}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-proto": "https", "x-forwarded-for": "192.0.2.11" },
    body: JSON.stringify({ password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  expect(res.headers.get("set-cookie")).toMatch(/; HttpOnly; SameSite=Strict; Secure$/);
});

test("the login POST is refused from another site, and `next` never leaves the studio", async () => {
  const cross = await fetch(`${studio.origin}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", "sec-fetch-site": "cross-site" },
    body: JSON.stringify({ password: PASSWORD }),
  });
  expect(cross.status).toBe(403);
  expect(cross.headers.get("set-cookie")).toBeNull();

  for (const next of ["https://evil.example/", "//evil.example", "/\\evil.example", "/api/extract"]) {
    const res = await fetch(`${studio.origin}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "192.0.2.12" },
      body: JSON.stringify({ password: PASSWORD, next }),
    });
    expect(await res.json(), next).toEqual({ next: "/" });
  }
});

test("/v1 works with the bearer key (or a session); its signed result link works on its own", async () => {
  const wrong = await fetch(`${studio.origin}/v1/extract`, { headers: { authorization: "Bearer e2e-engine-key-0000" } });
  expect(wrong.status).toBe(401);

  const headers = { authorization: `Bearer ${ENGINE_KEY}`, "content-type": "application/json" };
  const created = await fetch(`${studio.origin}/v1/extract`, {
    method: "POST",
    headers,
    body: JSON.stringify({ url: `${site.origin}/catalogue`, q: "every product with its name", schema: { type: "object", properties: { name: { type: "string" } } } }),
  });
  expect(created.status).toBe(200);
  const { id } = (await created.json()) as { id: string };
  let task: { status: string; output: { resultUrl: string } | null } = { status: "pending", output: null };
  await expect
    .poll(async () => {
      task = (await (await fetch(`${studio.origin}/v1/extract/${id}`, { headers })).json()) as typeof task;
      return task.status;
    }, { timeout: 45_000 })
    .toBe("completed");

  // The result link carries its own signature: no session, no bearer key needed.
  const result = await fetch(task.output!.resultUrl);
  expect(result.status).toBe(200);
  expect((await result.text()).trim().split("\n")).toHaveLength(12);
  const forged = new URL(task.output!.resultUrl);
  forged.searchParams.set("sig", "0".repeat(64));
  expect((await fetch(forged)).status).toBe(403);

  // A studio session is also enough for /v1.
  expect((await fetch(`${studio.origin}/v1/extract/${id}`, { headers: { cookie: await signedInCookie() } })).status).toBe(200);
});

test("repeated wrong passwords get 429 with Retry-After and a clear message, even with the right one after", async ({ browser }) => {
  const attempt = (password: string) =>
    fetch(`${studio.origin}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.77" },
      body: JSON.stringify({ password }),
    });
  for (let i = 0; i < LOGIN_LIMIT; i++) expect((await attempt(`guess ${i}`)).status).toBe(401);
  const limited = await attempt(PASSWORD);
  expect(limited.status).toBe(429);
  expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(800);
  expect(limited.headers.get("set-cookie")).toBeNull();
  expect(await limited.json()).toMatchObject({ error: { code: "too_many_logins", message: "Too many failed sign-ins. Try again in 15 minutes." } });

  // Another client is not locked out by them.
  const other = await fetch(`${studio.origin}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.78" },
    body: JSON.stringify({ password: PASSWORD }),
  });
  expect(other.status).toBe(200);

  // The browser shows the limit as a sentence once it hits it (earlier tests may already have counted a failure).
  const { context, page } = await open(browser);
  const login = new LoginPage(page);
  await page.goto("/login");
  for (let i = 0; i < LOGIN_LIMIT; i++) {
    await Promise.all([page.waitForResponse((r) => r.url().endsWith("/api/session")), login.signIn(`browser guess ${i}`)]);
    await expect(login.error()).toBeVisible();
  }
  await Promise.all([page.waitForResponse((r) => r.url().endsWith("/api/session")), login.signIn(PASSWORD)]);
  await expect(login.error()).toHaveAttribute("data-code", "too_many_logins");
  await expect(login.error()).toContainText(/Too many failed sign-ins\. Try again in \d+ minutes?\./);
  expect(await context.cookies()).toEqual([]);
  await context.close();
});
