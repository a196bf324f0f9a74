import type http from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { safetyNet, safetyNetInstalled, serve, type TestServer } from "./testing"; // first: installs the safety net
import { EngineFetchError } from "./errors";
import { fetchPage, type FetchPageOptions } from "./fetch-page";
import { fetchFailure, LOOPBACK } from "./fetch-page-testing";

const HTML = { "content-type": "text/html; charset=utf-8" };
const MB = 1_000_000;

/** Streams `total` bytes of "a" in 64 KB chunks, without a Content-Length, stopping if the client leaves. */
function stream(res: http.ServerResponse, total: number) {
  res.writeHead(200, { "content-type": "text/html" });
  const chunk = Buffer.alloc(65536, "a");
  let sent = 0;
  const pump = () => {
    while (sent < total && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once("drain", pump);
    }
    res.end();
  };
  pump();
}

const routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void> = {
  "/page": (_q, r) => r.writeHead(200, HTML).end("<h1>héllo</h1>"),
  "/plain": (_q, r) => r.writeHead(200, { "content-type": "text/plain" }).end("just text"),
  "/untyped": (_q, r) => r.end("<p>no content type</p>"),
  "/png": (_q, r) => r.writeHead(200, { "content-type": "image/png" }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47])),
  "/missing": (_q, r) => r.writeHead(404, HTML).end("<p>gone</p>"),
  "/broken": (_q, r) => r.writeHead(503, HTML).end("down"),
  "/hang": () => {}, // never answers
  "/slow-body": (_q, r) => void r.writeHead(200, HTML).write("<p>start"), // headers, then nothing
  "/declared-huge": (_q, r) => r.writeHead(200, { "content-type": "text/html", "content-length": String(20 * MB) }).end(),
  "/stream-12mb": (_q, r) => stream(r, 12 * MB),
  "/stream-9mb": (_q, r) => stream(r, 9 * MB),
  "/loop-a": (_q, r) => r.writeHead(302, { location: "/loop-b" }).end(),
  "/loop-b": (_q, r) => r.writeHead(301, { location: "loop-a" }).end(),
  "/to-ftp": (_q, r) => r.writeHead(302, { location: "ftp://127.0.0.1/file" }).end(),
  "/see-other": (_q, r) => r.writeHead(303, { location: "/page" }).end(),
  "/temporary": (_q, r) => r.writeHead(307, { location: "/dir/sub/../relative?x=1#frag" }).end(),
  "/permanent": (_q, r) => r.writeHead(308, { location: "page" }).end(),
  // A site handing out credentials in a redirect (absolute: user info needs a host).
  "/to-credentials": (q, r) => r.writeHead(302, { location: `http://alice:s3cret@${q.headers.host}/page` }).end(),
};

/** Every Authorization header the server was sent: the engine sends none. */
const authorizations: string[] = [];
let server: TestServer;
beforeAll(async () => {
  expect(safetyNetInstalled()).toBe(true);
  server = await serve((req, res) => {
    if (req.headers.authorization !== undefined) authorizations.push(req.headers.authorization);
    const url = new URL(req.url!, "http://x");
    // /chain/N redirects N times, then lands on /page.
    const chain = /^\/chain\/(\d+)$/.exec(url.pathname);
    if (chain) return void res.writeHead(302, { location: Number(chain[1]) > 0 ? `/chain/${Number(chain[1]) - 1}` : "/page" }).end();
    if (url.pathname === "/dir/relative") return void res.writeHead(200, HTML).end(`<p>relative ${url.search}</p>`);
    const route = routes[url.pathname];
    if (route) route(req, res);
    else res.writeHead(404).end();
  });
});
afterAll(() => server.close());
afterEach(() => expect(safetyNet.check()).toEqual([]));

const opts = LOOPBACK;
const fail = (path: string, o: Partial<FetchPageOptions> = {}) => fetchFailure(server.url(path), o);

describe("fetchPage", () => {
  it("fetches a page", async () => {
    const page = await fetchPage(server.url("/page#top"), opts);
    expect(page).toEqual({
      url: server.url("/page"),
      requestedUrl: server.url("/page#top"),
      status: 200,
      contentType: "text/html; charset=utf-8",
      html: "<h1>héllo</h1>",
      bytes: 15,
      redirects: [],
      charset: "utf-8",
    });
  });

  it("accepts text/plain and unlabelled bodies, refuses images", async () => {
    expect((await fetchPage(server.url("/plain"), opts)).html).toBe("just text");
    expect((await fetchPage(server.url("/untyped"), opts)).html).toContain("no content type");
    const err = await fail("/png");
    expect(err).toBeInstanceOf(EngineFetchError);
    expect(err).toMatchObject({ code: "not_html" });
    expect(err.message).toMatch(/is not a web page \(it is image\/png\)/);
  });

  it("reports HTTP errors with their status", async () => {
    const err = await fail("/missing");
    expect(err).toMatchObject({ code: "http_status", status: 404 });
    expect(err.message).toMatch(/^The page answered 404 Not Found/);
    expect(await fail("/broken")).toMatchObject({ code: "http_status", status: 503 });
  });

  describe("redirects", () => {
    it("follows up to 5", async () => {
      const page = await fetchPage(server.url("/chain/4"), opts);
      expect(page.url).toBe(server.url("/page"));
      expect(page.redirects).toEqual(["/chain/3", "/chain/2", "/chain/1", "/chain/0", "/page"].map(server.url));
    });

    it("refuses a 6th", async () => {
      const err = await fail("/chain/5");
      expect(err).toMatchObject({ code: "too_many_redirects" });
      expect(err.message).toMatch(/redirected more than 5 times/);
    });

    it("detects a loop", async () => {
      const err = await fail("/loop-a");
      expect(err).toMatchObject({ code: "too_many_redirects" });
      expect(err.message).toMatch(/in a loop/);
    });

    it("handles 303, 307 (relative, with dot segments) and 308", async () => {
      expect((await fetchPage(server.url("/see-other"), opts)).url).toBe(server.url("/page"));
      const rel = await fetchPage(server.url("/temporary"), opts);
      expect(rel.url).toBe(server.url("/dir/relative?x=1"));
      expect(rel.html).toBe("<p>relative ?x=1</p>");
      expect((await fetchPage(server.url("/permanent"), opts)).redirects).toEqual([server.url("/page")]);
    });

    it("only follows http(s)", async () => {
      expect(await fail("/to-ftp")).toMatchObject({ code: "bad_url" });
    });

    it("refuses a redirect to an address with a user name or password, sends no credentials and shows none", async () => {
      server.hits.length = 0;
      authorizations.length = 0;
      const err = await fail("/to-credentials");
      expect(err).toBeInstanceOf(EngineFetchError);
      expect(err).toMatchObject({ code: "credentials", url: server.url("/page") });
      expect(err.message).toBe(
        `${server.url("/to-credentials")} redirects to ${server.url("/page")} with a user name and password in the address; the engine sends no credentials a page gives it, so it does not follow that redirect.`,
      );
      expect(server.hits).toEqual(["GET /to-credentials"]);
      expect(authorizations).toEqual([]);
    });
  });

  it("refuses an address with a user name or password before sending anything", async () => {
    server.hits.length = 0;
    authorizations.length = 0;
    const url = server.url("/page").replace("//", "//alice:s3cret@");
    const err = await fetchPage(url, opts).then(() => null, (e: EngineFetchError) => e);
    expect(err).toMatchObject({ code: "credentials", url: server.url("/page") });
    expect(err?.message).toBe(`Refused to fetch ${server.url("/page")}: the address holds a user name and password, and the engine sends no credentials.`);
    expect(server.hits).toEqual([]);
    expect(authorizations).toEqual([]);
  });

  describe("limits", () => {
    it("times out on a server that never answers", async () => {
      const err = await fail("/hang", { timeoutMs: 200 });
      expect(err).toMatchObject({ code: "timeout" });
      expect(err.message).toMatch(/did not answer within 0\.2 s/);
    });

    it("times out on a body that stalls (the deadline covers the whole exchange)", async () => {
      expect(await fail("/slow-body", { timeoutMs: 300 })).toMatchObject({ code: "timeout" });
    });

    it("refuses a declared Content-Length over 10 MB up front", async () => {
      const err = await fail("/declared-huge");
      expect(err).toMatchObject({ code: "too_large" });
      expect(err.message).toMatch(/larger than 10 MB/);
    });

    it("cuts a streamed body at 10 MB, and reads one under it", async () => {
      expect(await fail("/stream-12mb")).toMatchObject({ code: "too_large" });
      expect((await fetchPage(server.url("/stream-9mb"), opts)).bytes).toBeGreaterThan(9 * MB);
    });

    it("stops a user abort with an AbortError", async () => {
      const ctl = new AbortController();
      setTimeout(() => ctl.abort(), 50);
      const err = await fail("/hang", { signal: ctl.signal });
      expect(err.name).toBe("AbortError");
    });

    it("reports a refused connection as a network error", async () => {
      const closed = await serve(() => {});
      await closed.close();
      const err = await fetchPage(closed.url("/"), opts).then(() => null, (e: EngineFetchError) => e);
      expect(err).toMatchObject({ code: "network" });
      expect(err?.message).toMatch(/refused the connection/);
    });
  });

});
