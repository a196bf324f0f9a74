import { defineConfig } from "@playwright/test";
import {
  CATALOGUE_DEAD_PRODUCT,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  CATALOGUE_ORIGIN,
  CATALOGUE_PORT,
  CATALOGUE_PRODUCTS,
  DOUBLE_ORIGIN,
  DOUBLE_PORT,
  E2E_LINKUP_KEY,
  EMBEDDED_DATA_DIR,
  EMBEDDED_ORIGIN,
  EMBEDDED_PORT,
  logTo,
  STUDIO_DATA_DIR,
  STUDIO_ORIGIN,
  STUDIO_PORT,
} from "./e2e/support/env";

/**
 * E2E runs the production build (`next build` first) against a real HTTP double of Linkup on
 * loopback. Debian's Chromium is used as installed: Playwright never downloads a browser here.
 */
export default defineConfig({
  testDir: "./e2e",
  testMatch: "**/*.spec.ts",
  // The double's state (queued scenarios, request log) is shared: one worker, specs in order.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // After every test: the Linkup key must appear in no server log line (the fixtures check what
  // the browser receives; this checks what the servers wrote).
  globalTeardown: "./e2e/support/global-teardown.ts",
  use: {
    baseURL: STUDIO_ORIGIN,
    acceptDownloads: true,
    // The grid sorts text in the browser language's order: pinned, so the specs' orders hold on a machine with any LANG.
    locale: "en-US",
    trace: "retain-on-failure",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: [
    {
      command: `npx tsx e2e/fixtures/serve-double.ts --port ${DOUBLE_PORT} --key ${E2E_LINKUP_KEY} ${logTo("double")}`,
      url: `${DOUBLE_ORIGIN}/__control/requests`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "pipe",
    },
    {
      command: `rm -rf ${STUDIO_DATA_DIR} && npx next start -H 127.0.0.1 -p ${STUDIO_PORT} ${logTo("studio")}`,
      url: `${STUDIO_ORIGIN}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe",
      env: {
        LINKUP_API_KEY: E2E_LINKUP_KEY,
        LINKUP_BASE_URL: `${DOUBLE_ORIGIN}/v1`,
        LINKUP_TIMEOUT_MS: "5000",
        DATA_DIR: STUDIO_DATA_DIR,
        ENGINE_ALLOW_PRIVATE_NETWORKS: "1",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
    {
      command: `npx tsx e2e/fixtures/serve-catalogue.ts --port ${CATALOGUE_PORT} --products ${CATALOGUE_PRODUCTS} --dead ${CATALOGUE_DEAD_PRODUCT} ${logTo("catalogue")}`,
      url: `${CATALOGUE_ORIGIN}/robots.txt`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "pipe",
    },
    {
      // The studio as a fresh machine runs it: no key, so the embedded engine (with a clean data dir).
      command: `rm -rf ${EMBEDDED_DATA_DIR} && npx next start -H 127.0.0.1 -p ${EMBEDDED_PORT} ${logTo("embedded-studio")}`,
      url: `${EMBEDDED_ORIGIN}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe",
      env: {
        LINKUP_API_KEY: "",
        DATA_DIR: EMBEDDED_DATA_DIR,
        // The fixture shop is on loopback, which the SSRF guard refuses unless told otherwise.
        ENGINE_ALLOW_PRIVATE_NETWORKS: "1",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  ],
});
