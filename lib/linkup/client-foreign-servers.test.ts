/** The adapter against two tiny loopback servers for what the double cannot do: never answer, and host a result on another origin. */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caught, input, rowsOf, withLinkupDouble } from "./testing";

const { client } = withLinkupDouble();

describe("LinkupClient with servers the double cannot imitate", () => {
  let silent: Server;
  let api: Server;
  let files: Server;
  const seenAuth: (string | undefined)[] = [];

  beforeAll(async () => {
    // Accepts connections and never answers.
    silent = createServer(() => undefined);
    // A result host on another origin: records whether the key was sent to it.
    files = createServer((req, res) => {
      seenAuth.push(req.headers.authorization);
      res.writeHead(200, { "content-type": "application/x-ndjson" });
      res.end('{"ok":true}\n');
    });
    await Promise.all([silent, files].map((s) => new Promise<void>((r) => s.listen(0, "127.0.0.1", r))));
    const filesOrigin = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
    api = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          id: "t1",
          status: "completed",
          createdAt: "2026-01-01T00:00:00Z",
          updatedAt: "2026-01-01T00:01:00Z",
          error: null,
          input,
          output: { creditsUsed: 1, rowsReturned: 1, resultUrl: `${filesOrigin}/r.ndjson?sig=abc` },
        }),
      );
    });
    await new Promise<void>((r) => api.listen(0, "127.0.0.1", r));
  });
  afterAll(async () => {
    for (const s of [silent, api, files]) {
      s.closeAllConnections();
      await new Promise<void>((r) => s.close(() => r()));
    }
  });

  it("times out a call that never answers", async () => {
    const base = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/v1`;
    const started = Date.now();
    const err = await caught(client({ baseUrl: base, timeoutMs: 200, maxAttempts: 2 }).get("x"));
    expect(err.code).toBe("upstream_timeout");
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("never sends the key to a result host on another origin", async () => {
    const base = `http://127.0.0.1:${(api.address() as AddressInfo).port}/v1`;
    const result = await client({ baseUrl: base }).openResult("t1");
    expect(await rowsOf(result.body)).toEqual([{ ok: true }]);
    expect(seenAuth).toEqual([undefined]);
  });
});
