/** fetchPage's bodies: compressed (and a bomb refused), in every charset a page declares or implies. */
import type http from "node:http";
import zlib from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { safetyNet, safetyNetInstalled, serve, type TestServer } from "./testing"; // first: installs the safety net
import { fetchPage, type FetchPageOptions } from "./fetch-page";
import { fetchFailure, LOOPBACK } from "./fetch-page-testing";

const HTML = { "content-type": "text/html; charset=utf-8" };
const MB = 1_000_000;

const routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void> = {
  "/gzip": (_q, r) => r.writeHead(200, { ...HTML, "content-encoding": "gzip" }).end(zlib.gzipSync("<p>gzipped é</p>")),
  "/br": (_q, r) => r.writeHead(200, { ...HTML, "content-encoding": "br" }).end(zlib.brotliCompressSync("<p>brotli é</p>")),
  "/deflate": (_q, r) => r.writeHead(200, { ...HTML, "content-encoding": "deflate" }).end(zlib.deflateSync("<p>zlib deflate</p>")),
  "/deflate-raw": (_q, r) => r.writeHead(200, { ...HTML, "content-encoding": "deflate" }).end(zlib.deflateRawSync("<p>raw deflate</p>")),
  "/bomb": (_q, r) => r.writeHead(200, { ...HTML, "content-encoding": "gzip" }).end(bomb),
  "/cp1252": (_q, r) => r.writeHead(200, { "content-type": "text/html; charset=windows-1252" }).end(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x20, 0x93, 0x71, 0x94, 0x20, 0x81])),
  "/latin1": (_q, r) => r.writeHead(200, { "content-type": 'text/html; charset="ISO-8859-1"' }).end(Buffer.from([0x6e, 0x61, 0xef, 0x76, 0x65])),
  "/sjis-meta": (_q, r) =>
    r.writeHead(200, { "content-type": "text/html" }).end(Buffer.concat([Buffer.from('<html><head><meta charset="Shift_JIS"></head><body>'), Buffer.from([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]), Buffer.from("</body>")])),
  "/sjis-http-equiv": (_q, r) =>
    r.writeHead(200, { "content-type": "text/html" }).end(Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">'), Buffer.from([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea])])),
  "/bom": (_q, r) => r.writeHead(200, { "content-type": "text/html; charset=iso-8859-1" }).end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("<p>ünïcode</p>")])),
  "/utf16le": (_q, r) => r.writeHead(200, { "content-type": "text/html; charset=utf-16le" }).end(Buffer.from("<p>ünïcode</p>", "utf16le")),
  "/described": (_q, r) =>
    r.writeHead(200, { "content-type": "text/html" }).end('<meta name="description" content="set charset=koi8-r"><meta charset="utf-8"><p>ünïcode</p>'),
  "/bogus-charset": (_q, r) => r.writeHead(200, { "content-type": "text/html; charset=klingon" }).end("<p>ok é</p>"),
};
// 50 MB of zeros, about 50 KB compressed.
const bomb = zlib.gzipSync(Buffer.alloc(50 * MB));

let server: TestServer;
beforeAll(async () => {
  expect(safetyNetInstalled()).toBe(true);
  server = await serve((req, res) => {
    const route = routes[new URL(req.url!, "http://x").pathname];
    if (route) route(req, res);
    else res.writeHead(404).end();
  });
});
afterAll(() => server.close());
afterEach(() => expect(safetyNet.check()).toEqual([]));

const opts = LOOPBACK;
const fail = (path: string, o: Partial<FetchPageOptions> = {}) => fetchFailure(server.url(path), o);

describe("fetchPage", () => {
  describe("compression", () => {
    it.each([
      ["/gzip", "<p>gzipped é</p>"],
      ["/br", "<p>brotli é</p>"],
      ["/deflate", "<p>zlib deflate</p>"],
      ["/deflate-raw", "<p>raw deflate</p>"],
    ])("decodes %s", async (path, html) => {
      expect((await fetchPage(server.url(path), opts)).html).toBe(html);
    });

    it("refuses a gzip bomb (small on the wire, 50 MB inflated)", async () => {
      expect(bomb.length).toBeLessThan(MB);
      expect(await fail("/bomb")).toMatchObject({ code: "too_large" });
      expect(await fail("/bomb", { maxBytes: 100_000 })).toMatchObject({ code: "too_large" });
    });
  });

  describe("charsets", () => {
    it.each([
      ["/cp1252", "café € \u201cq\u201d \u0081", "windows-1252"],
      ["/latin1", "naïve", "windows-1252"],
      ["/sjis-meta", "日本語", "shift_jis"],
      ["/sjis-http-equiv", "日本語", "shift_jis"],
      ["/bom", "<p>ünïcode</p>", "utf-8"],
      ["/bogus-charset", "<p>ok é</p>", "utf-8"],
      ["/utf16le", "<p>ünïcode</p>", "utf-16le"],
      ["/described", "<p>ünïcode</p>", "utf-8"],
    ])("decodes %s", async (path, text, charset) => {
      const page = await fetchPage(server.url(path), opts);
      expect(page.html).toContain(text);
      expect(page.html.charCodeAt(0)).not.toBe(0xfeff);
      expect(page.charset).toBe(charset);
    });
  });
});
