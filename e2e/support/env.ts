/**
 * Fixed values shared by playwright.config.ts (which starts the servers) and the specs (which
 * check them). The key is a made-up secret whose only job is to be searched for in everything the
 * browser receives.
 */
export const E2E_LINKUP_KEY = "lk_e2e_secret_7Q2vX9pL4mZ8nR3tK6wB";
export const DOUBLE_PORT = Number(process.env.E2E_DOUBLE_PORT ?? 4010);
export const STUDIO_PORT = Number(process.env.E2E_STUDIO_PORT ?? 3100);
export const DOUBLE_ORIGIN = `http://127.0.0.1:${DOUBLE_PORT}`;
export const STUDIO_ORIGIN = `http://127.0.0.1:${STUDIO_PORT}`;
