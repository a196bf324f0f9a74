import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // `server-only` throws outside React Server Components; unit tests run server modules directly.
      "server-only": path.resolve(__dirname, "test/server-only-stub.ts"),
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
