// Runs once when the server starts: fail fast, with a readable message, on bad configuration.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./lib/env");
    const config = env();
    const provider = config.LINKUP_API_KEY ? `Linkup at ${config.LINKUP_BASE_URL}` : "none (set LINKUP_API_KEY)";
    console.log(`[extract-studio] extraction provider: ${provider}`);
  }
}
