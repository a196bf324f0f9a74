import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { startCatalogueSite } from "../fixtures/catalogue-site";
import { LoginPage } from "../pages/login-page";
import { startStudio } from "./studio-process";

export const PASSWORD = "e2e correct horse battery";
export const ENGINE_KEY = "e2e-engine-key-8842";
export const LOGIN_LIMIT = 4;
/** Products on the locked studio's own catalogue site. */
export const LOCKED_PRODUCTS = 12;

export interface LockedStudio {
  readonly origin: string;
  /** The catalogue site the studio's extractions run on. */
  readonly siteOrigin: string;
  /** A browser context on this studio that records any Content-Security-Policy violation. */
  open(browser: Browser): Promise<{ context: BrowserContext; page: Page; cspViolations: string[] }>;
  /** Opens `path` in a new context, signs in on the login page it leads to, and waits to be back on `path`. */
  signedIn(browser: Browser, path: string): Promise<{ context: BrowserContext; page: Page; login: LoginPage }>;
  /** Signs in over HTTP and returns the session cookie (`name=value`). */
  signedInCookie(): Promise<string>;
}

/**
 * For the access specs: a studio of their own, started with STUDIO_PASSWORD (and a bearer key for
 * /v1) on a free port, beside a catalogue site. Registers the spec file's beforeAll/afterAll, so
 * each file that calls it gets a fresh studio (fresh sessions, fresh sign-in limits).
 */
export function useLockedStudio(): LockedStudio {
  let studio: Awaited<ReturnType<typeof startStudio>> | undefined;
  let site: Awaited<ReturnType<typeof startCatalogueSite>> | undefined;
  let dataDir: string | undefined;

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    dataDir = mkdtempSync(path.join(os.tmpdir(), "extract-studio-access-"));
    site = await startCatalogueSite(0, { products: LOCKED_PRODUCTS });
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
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const started = () => {
    if (!studio || !site) throw new Error("the locked studio is used outside its spec's tests");
    return { studio, site };
  };

  const locked: LockedStudio = {
    get origin() {
      return started().studio.origin;
    },
    get siteOrigin() {
      return started().site.origin;
    },
    async open(browser) {
      const context = await browser.newContext({ baseURL: started().studio.origin });
      const page = await context.newPage();
      const cspViolations: string[] = [];
      page.on("console", (m) => {
        if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
      });
      return { context, page, cspViolations };
    },
    async signedIn(browser, path) {
      const { context, page } = await locked.open(browser);
      const login = new LoginPage(page);
      await page.goto(path);
      await login.signIn(PASSWORD);
      await expect(page).toHaveURL(`${locked.origin}${path}`);
      return { context, page, login };
    },
    async signedInCookie() {
      const res = await fetch(`${started().studio.origin}/api/session`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "192.0.2.10" },
        body: JSON.stringify({ password: PASSWORD }),
      });
      expect(res.status).toBe(200);
      return (res.headers.get("set-cookie") ?? "").split(";")[0]!;
    },
  };
  return locked;
}
