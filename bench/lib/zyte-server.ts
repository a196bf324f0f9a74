/**
 * A tiny static server for one zyte site of the corpus on 127.0.0.1 (a free port): routes.json maps
 * each URL path + query to a page file; anything else is a 404. Files are read on request (never
 * copied anywhere) and served as text/html; charset=utf-8.
 */
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

export interface StaticSite {
  origin: string;
  /** Requests served, by status. */
  hits: { ok: number; notFound: number };
  close(): Promise<void>;
}

export async function serveRoutes(dir: string, routes: Record<string, string>): Promise<StaticSite> {
  const hits = { ok: 0, notFound: 0 };
  const server = createServer((req, res) => {
    const file = req.method === "GET" || req.method === "HEAD" ? routes[req.url ?? ""] : undefined;
    const send = (status: number, body: string | Buffer) => {
      res.writeHead(status, { "content-type": "text/html; charset=utf-8", "content-length": Buffer.byteLength(body) });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (!file) {
      hits.notFound++;
      send(404, "<!DOCTYPE html><title>Not found</title><h1>Not found</h1>");
      return;
    }
    readFile(path.join(dir, file)).then(
      (body) => {
        hits.ok++;
        send(200, body);
      },
      () => {
        hits.notFound++;
        send(404, "<!DOCTYPE html><title>Not found</title><h1>Not found</h1>");
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
