// The start-up work of instrumentation.ts, in a module of its own so that only the Node.js server
// bundles it: Next also compiles instrumentation.ts for the Edge runtime, and traced every module
// below (SQLite, the store, the engine) into that bundle, with a warning for each Node API used.
export async function startNode(): Promise<void> {
  try {
    await start();
  } catch (err) {
    // Next only logs an error thrown here and goes on serving, a 500 to every route: stop instead,
    // with the message (for a bad variable, a sentence naming it).
    console.error(`[extract-studio] ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

async function start() {
  const { env } = await import("./lib/env");
  const config = env();
  const { bindVerdict, listeningAddresses } = await import("./lib/auth/bind");
  const verdict = bindVerdict(listeningAddresses(), { password: config.STUDIO_PASSWORD !== undefined, insecure: config.STUDIO_INSECURE });
  if (verdict.level === "fatal") {
    console.error(`[extract-studio] ${verdict.message}`);
    process.exit(1);
  }
  (verdict.level === "warn" ? console.warn : console.log)(`[extract-studio] ${verdict.message}`);
  if (config.LINKUP_API_KEY) {
    // Redacted from every log line from the first one, not only once the client is first used.
    const { registerSecret } = await import("./lib/log");
    registerSecret(config.LINKUP_API_KEY);
  }
  // Free previews run on the engine with Linkup active too: started here either way, so its queue
  // resumes at once, and a DATA_DIR another studio's engine owns stops this one now, not as a 500
  // on every preview later (taking that studio's tasks would break both runs).
  const { embeddedEngine } = await import("./lib/engine/provider");
  embeddedEngine();
  console.log(
    config.LINKUP_API_KEY
      ? `[extract-studio] extraction provider: Linkup at ${config.LINKUP_BASE_URL}; free previews on the embedded engine, data in ${config.DATA_DIR}`
      : `[extract-studio] extraction provider: embedded engine (no LINKUP_API_KEY), data in ${config.DATA_DIR}`,
  );
}
