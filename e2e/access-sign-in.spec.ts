import { expect, test } from "@playwright/test";
import { catalogueProducts } from "./fixtures/catalogue-site";
import { ComposePage } from "./pages/compose-page";
import { LoginPage } from "./pages/login-page";
import { TaskPage } from "./pages/task-page";
import { LOCKED_PRODUCTS, LOGIN_LIMIT, PASSWORD, useLockedStudio } from "./support/locked-studio";

// Signing in and out of a studio with STUDIO_PASSWORD in the browser, and the sign-in limit.
test.describe.configure({ mode: "serial" });

const locked = useLockedStudio();

test("a wrong password shows an error; the right one signs in and goes on to `next`, with a strict HttpOnly cookie", async ({ browser }) => {
  const { context, page, cspViolations } = await locked.open(browser);
  const login = new LoginPage(page);
  await page.goto("/tasks?page=1");
  await login.expectShown("/tasks?page=1");

  await login.signIn("not the password");
  await expect(login.error()).toContainText("That password is not right");
  await expect(login.error()).toHaveAttribute("data-code", "wrong_password");
  expect(await context.cookies()).toEqual([]);

  await login.signIn(PASSWORD);
  await expect(page).toHaveURL(`${locked.origin}/tasks?page=1`);
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
  const { context, page, cspViolations } = await locked.open(browser);
  const login = new LoginPage(page);
  await page.goto("/");
  await login.expectShown();
  await login.signIn(PASSWORD);
  await expect(page).toHaveURL(`${locked.origin}/`);

  const compose = new ComposePage(page);
  await expect(compose.url()).toBeVisible();
  await compose.fill({ url: `${locked.siteOrigin}/catalogue`, q: "every product with its name", schema: { type: "object", properties: { name: { type: "string" } }, required: ["name"] } });
  await compose.runAndOpenTask();
  const task = new TaskPage(page);
  await task.expectStatus("completed", 45_000);
  await task.expectAllRowsLoaded(LOCKED_PRODUCTS);
  await expect(page.getByRole("gridcell", { name: catalogueProducts(LOCKED_PRODUCTS)[0]!.name, exact: true })).toBeVisible();

  // An already signed-in user who opens the login page goes straight on.
  await page.goto("/login?next=%2Ftasks");
  await expect(page).toHaveURL(`${locked.origin}/tasks`);

  await login.signOut().click();
  await login.expectShown();
  expect(await context.cookies()).toEqual([]);
  await page.goto("/tasks");
  await login.expectShown("/tasks");
  expect(cspViolations).toEqual([]);
  await context.close();
});

test("signing out ends the session on the server: a copy of the cookie taken before is refused after", async ({ browser }) => {
  const { context, login } = await locked.signedIn(browser, "/tasks");
  const [session] = await context.cookies();
  const copied = `${session!.name}=${session!.value}`;
  const other = await locked.signedInCookie();
  expect((await fetch(`${locked.origin}/api/extract`, { headers: { cookie: copied } })).status).toBe(200);

  await login.signOut().click();
  await login.expectShown();
  expect(await context.cookies()).toEqual([]);

  const api = await fetch(`${locked.origin}/api/extract`, { headers: { cookie: copied } });
  expect(api.status).toBe(401);
  expect(await api.json()).toEqual({ error: { code: "unauthenticated", message: expect.stringMatching(/^Sign in to use the studio/) } });
  expect((await fetch(`${locked.origin}/api/saved`, { headers: { cookie: copied } })).status).toBe(401);
  expect((await fetch(`${locked.origin}/v1/extract`, { headers: { cookie: copied } })).status).toBe(401);
  const pageRes = await fetch(`${locked.origin}/tasks`, { headers: { cookie: copied }, redirect: "manual" });
  expect(pageRes.status).toBe(307);
  expect(pageRes.headers.get("location")).toBe("/login?next=%2Ftasks");
  // Only that session ended: another sign-in goes on.
  expect((await fetch(`${locked.origin}/api/extract`, { headers: { cookie: other } })).status).toBe(200);
  await context.close();
});

test("when the session ends while a page is open, the next action leads to the login page and back", async ({ browser }) => {
  const { context, page, login } = await locked.signedIn(browser, "/tasks");
  const compose = new ComposePage(page);
  await compose.goto("/?from=nothing-here");
  await expect(compose.url()).toBeVisible();
  await compose.fill({ url: `${locked.siteOrigin}/catalogue`, q: "every product with its name" });

  await context.clearCookies();
  await compose.runButton().click();
  await login.expectShown("/?from=nothing-here");
  await login.signIn(PASSWORD);
  await expect(page).toHaveURL(`${locked.origin}/?from=nothing-here`);
  await context.close();
});

test("repeated wrong passwords get 429 with Retry-After and a clear message, even with the right one after", async ({ browser }) => {
  const attempt = (password: string) =>
    fetch(`${locked.origin}/api/session`, {
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
  const other = await fetch(`${locked.origin}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.78" },
    body: JSON.stringify({ password: PASSWORD }),
  });
  expect(other.status).toBe(200);

  // The browser shows the limit as a sentence once it hits it (earlier tests may already have counted a failure).
  const { context, page } = await locked.open(browser);
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
