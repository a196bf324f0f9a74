// Runs once when the server starts, after it is bound and before it serves a request: fail fast, with
// a readable message, on bad configuration or an unprotected studio listening beyond this machine, and
// resume the embedded engine's queue (tasks interrupted by a restart are re-queued), unless another
// studio's engine holds DATA_DIR.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
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
