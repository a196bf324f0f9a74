/**
 * Hostile pages end quickly with a clear failure: a huge page (over the fetch cap), a page of a
 * million links (the same), and a page nested 100,000 levels deep (refused after parsing, before
 * any costly analysis). All served on loopback.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "./pipeline";
import { ExtractionError } from "./pipeline/messages";

let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    if (req.url === "/deep") return res.end(`<html><body>${"<div>".repeat(100_000)}x${"</div>".repeat(100_000)}</body></html>`);
    // Streamed without a length, so only the running byte count can stop it.
    const chunk = req.url === "/links" ? Array.from({ length: 1_000 }, (_, i) => `<li><a href="/p/${i}">Item ${i}</a></li>`).join("") : "x".repeat(64 * 1024);
    const total = req.url === "/links" ? 1_000 : 800; // 1,000,000 links (~40 MB), or 50 MB
    let sent = 0;
    const write = () => {
      while (sent < total) {
        sent++;
        if (!res.write(chunk)) return void res.once("drain", write);
      }
      res.end();
    };
    res.on("close", () => (sent = total));
    write();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

async function failure(path: string): Promise<{ message: string; ms: number }> {
  const started = Date.now();
  try {
    await runPipeline({ q: "every item", url: `${origin}${path}`, schema: null, verifyUrls: false }, () => undefined, {
      maxPages: 1,
      pageTimeoutMs: 10_000,
      allowPrivate: true,
      respectRobots: false,
    });
  } catch (err) {
    expect(err).toBeInstanceOf(ExtractionError);
    return { message: (err as Error).message, ms: Date.now() - started };
  }
  throw new Error("expected the extraction to fail");
}

describe("HTML bombs", () => {
  it("a 50 MB page is cut off at the 10 MB cap", async () => {
    const { message } = await failure("/huge");
    expect(message).toMatch(/could not be read.*(10 MB|too large|larger)/i);
  });

  it("a page with a million links is cut off at the cap too", async () => {
    const { message } = await failure("/links");
    expect(message).toMatch(/could not be read.*(10 MB|too large|larger)/i);
  });

  it("a page nested 100,000 levels deep is refused before analysis", async () => {
    const { message, ms } = await failure("/deep");
    expect(message).toMatch(/nests its HTML 100,00\d levels deep/);
    expect(ms).toBeLessThan(15_000); // generous: parsing alone is ~1 s here; analysing it took minutes
  });
});
