import type { Browser } from "@playwright/test";

/**
 * JS heap of every dedicated worker in the browser (after a GC in each), through a browser-level
 * CDP session: a page's Runtime.getHeapUsage counts the page's isolate only, and the results grid
 * keeps its rows in a worker, so the heap target must count both.
 */
export async function workerHeaps(browser: Browser): Promise<{ url: string; usedSize: number }[]> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send("Target.getTargets")) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const out: { url: string; usedSize: number }[] = [];
    for (const target of targetInfos.filter((t) => t.type === "worker")) {
      const { sessionId } = (await cdp.send("Target.attachToTarget", { targetId: target.targetId, flatten: false })) as { sessionId: string };
      let nextId = 1;
      const call = (method: string) =>
        new Promise<Record<string, unknown>>((resolve, reject) => {
          const id = nextId++;
          const onMessage = (e: { sessionId?: string; message: string }) => {
            const reply = JSON.parse(e.message) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
            if (e.sessionId !== sessionId || reply.id !== id) return;
            cdp.off("Target.receivedMessageFromTarget", onMessage);
            if (reply.error) reject(new Error(`${method}: ${reply.error.message}`));
            else resolve(reply.result ?? {});
          };
          cdp.on("Target.receivedMessageFromTarget", onMessage);
          void cdp.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id, method }) });
        });
      await call("HeapProfiler.collectGarbage").catch(() => undefined);
      const heap = await call("Runtime.getHeapUsage");
      out.push({ url: target.url, usedSize: Number(heap.usedSize) });
      await cdp.send("Target.detachFromTarget", { sessionId }).catch(() => undefined);
    }
    return out;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
