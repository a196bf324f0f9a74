import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Fixed values shared by playwright.config.ts (which starts the servers) and the specs (which
 * check them). The key is a made-up secret whose only job is to be searched for in everything the
 * browser receives.
 */
export const E2E_LINKUP_KEY = "lk_e2e_secret_7Q2vX9pL4mZ8nR3tK6wB";
export const DOUBLE_PORT = Number(process.env.E2E_DOUBLE_PORT ?? 4010);
export const STUDIO_PORT = Number(process.env.E2E_STUDIO_PORT ?? 3100);
/** A second studio with no key: the embedded engine. */
export const EMBEDDED_PORT = Number(process.env.E2E_EMBEDDED_PORT ?? 3102);
export const CATALOGUE_PORT = Number(process.env.E2E_CATALOGUE_PORT ?? 4020);
export const CATALOGUE_PRODUCTS = 45;
export const CATALOGUE_DEAD_PRODUCT = 103;

export const DOUBLE_ORIGIN = `http://127.0.0.1:${DOUBLE_PORT}`;
export const STUDIO_ORIGIN = `http://127.0.0.1:${STUDIO_PORT}`;
export const EMBEDDED_ORIGIN = `http://127.0.0.1:${EMBEDDED_PORT}`;
export const CATALOGUE_ORIGIN = `http://127.0.0.1:${CATALOGUE_PORT}`;
export const EMBEDDED_DATA_DIR = path.join(os.tmpdir(), `extract-studio-e2e-${EMBEDDED_PORT}`);
/** The Linkup studio keeps saved extractions and free previews in a data dir of its own. */
export const STUDIO_DATA_DIR = path.join(os.tmpdir(), `extract-studio-e2e-${STUDIO_PORT}`);

/**
 * Debian's Chromium as installed (Playwright never downloads a browser here). The flags keep it from
 * reaching for networks this machine does not have.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Where every server process of the run writes its stdout+stderr (the key-leak sweep in
 * global-teardown.ts reads them all). A fresh directory per run: the config is evaluated first in
 * the runner, which creates it; the worker processes inherit the variable and reuse it.
 */
export const LOG_DIR = (process.env.E2E_LOG_DIR ??= mkdtempSync(path.join(os.tmpdir(), `extract-studio-e2e-logs-${STUDIO_PORT}-`)));

/** A shell suffix that copies a webServer's output (both streams) to LOG_DIR/<name>.log. */
export const logTo = (name: string) => `2>&1 | tee ${JSON.stringify(path.join(LOG_DIR, `${name}.log`))}`;
