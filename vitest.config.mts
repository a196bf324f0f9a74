import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.dirname(fileURLToPath(import.meta.url)),
      // `server-only` throws outside React Server Components; unit tests run server modules directly.
      "server-only": fileURLToPath(new URL("./test/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    // Playwright specs live in e2e/*.spec.ts and must never run under Vitest.
    exclude: ["node_modules/**", ".next/**", "e2e/**/*.spec.ts"],
    environment: "node",
    testTimeout: 20_000,
  },
});
