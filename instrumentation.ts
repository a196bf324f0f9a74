// Runs once when the server starts: fail fast, with a readable message, on bad configuration, and
// resume the embedded engine's queue (tasks interrupted by a restart are re-queued).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./lib/env");
    const config = env();
    if (config.LINKUP_API_KEY) {
      // Redacted from every log line from the first one, not only once the client is first used.
      const { registerSecret } = await import("./lib/log");
      registerSecret(config.LINKUP_API_KEY);
      console.log(`[extract-studio] extraction provider: Linkup at ${config.LINKUP_BASE_URL}`);
    } else {
      const { embeddedEngine } = await import("./lib/engine/provider");
      embeddedEngine();
      console.log(`[extract-studio] extraction provider: embedded engine (no LINKUP_API_KEY), data in ${config.DATA_DIR}`);
    }
  }
}
