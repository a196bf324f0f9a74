// Runs once when the server starts, after it is bound and before it serves a request: fail fast, with
// a readable message, on bad configuration or an unprotected studio listening beyond this machine, and
// resume the embedded engine's queue (tasks interrupted by a restart are re-queued), unless another
// studio's engine holds DATA_DIR.
//
// The work lives in instrumentation-node.ts, imported only inside this literal NEXT_RUNTIME test: Next
// compiles this file for the Edge runtime too, and drops the import from that bundle only in this form.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startNode } = await import("./instrumentation-node");
    await startNode();
  }
}
