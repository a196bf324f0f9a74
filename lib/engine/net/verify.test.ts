import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { safetyNet, safetyNetInstalled, serve, type TestServer } from "./testing"; // first: installs the safety net
import { verifyUrls } from "./verify";

/** Every Authorization header the server was sent: the engine sends none. */
const authorizations: string[] = [];
let server: TestServer;
beforeAll(async () => {
  expect(safetyNetInstalled()).toBe(true);
  server = await serve((req, res) => {
    if (req.headers.authorization !== undefined) authorizations.push(req.headers.authorization);
    // Without a length, node's server closes the connection after a HEAD answer; real servers send one.
    if (req.method === "HEAD") res.setHeader("content-length", "0");
    const [, kind, id] = /^\/(\w+)(?:\/(\d+))?/.exec(req.url ?? "") ?? [];
    switch (kind) {
      case "ok":
        return void res.writeHead(200, { "content-type": "text/html" }).end(req.method === "HEAD" ? undefined : "<p>ok</p>");
      case "missing":
        return void res.writeHead(404).end();
      case "nohead": // HEAD is not implemented; GET works
        return void res.writeHead(req.method === "HEAD" ? 405 : 200).end(req.method === "HEAD" ? undefined : "<p>got</p>");
      case "forbidhead":
        return void res.writeHead(req.method === "HEAD" ? 403 : 200).end();
      case "redir":
        return void res.writeHead(302, { location: `/ok/${id}` }).end();
      case "tocreds": // a redirect that hands out credentials
        return void res.writeHead(302, { location: `http://alice:s3cret@${req.headers.host}/ok/${id}` }).end();
      case "chain": // /chain/N: N redirects before a 200
        return void res.writeHead(302, { location: Number(id) > 0 ? `/chain/${Number(id) - 1}` : "/ok/0" }).end();
      case "dropshead": // closes the connection on HEAD, answers GET
        if (req.method === "HEAD") return void req.socket.destroy();
        return void res.writeHead(200).end("<p>fine</p>");
      case "hang": // never answers: a host slower than any budget
        return;
      case "bigget": // HEAD 405, GET streams a long body: the check must not download it
        if (req.method === "HEAD") return void res.writeHead(405).end();
        res.writeHead(200, { "content-type": "text/html" });
        return void res.write(Buffer.alloc(1_000_000, "x"));
      default:
        res.writeHead(500).end();
    }
  });
  server.hits.length = 0;
});
afterAll(() => server.close());
afterEach(() => expect(safetyNet.check()).toEqual([]));

const opts = { allowPrivate: true };

describe("verifyUrls", () => {
  it("checks 1,000 loopback URLs (200, 404, HEAD 405 then GET, redirect)", async () => {
    const kinds = ["ok", "missing", "nohead", "redir"] as const;
    const urls = Array.from({ length: 1000 }, (_, i) => server.url(`/${kinds[i % 4]}/${i}`));
    const connectionsBefore = server.connections();
    const started = performance.now();
    const results = await verifyUrls([...urls, ...urls.slice(0, 50)], opts); // duplicates are checked once
    const ms = performance.now() - started;
    console.log(`verifyUrls: 1,000 loopback URLs in ${Math.round(ms)} ms (${server.hits.length} requests over ${server.connections() - connectionsBefore} connections)`);
    expect(results.size).toBe(1000);
    urls.forEach((url, i) => {
      const r = results.get(url);
      const kind = kinds[i % 4];
      if (kind === "missing") expect(r, url).toEqual({ ok: false, status: 404, reason: "The link answered 404 Not Found." });
      else expect(r, url).toEqual({ ok: true, status: 200 });
    });
    const count = (prefix: string) => server.hits.filter((h) => h.startsWith(prefix)).length;
    expect(count("HEAD /ok/")).toBe(500); // 250 direct + 250 after a redirect
    expect(count("GET /ok/")).toBe(0);
    expect(count("HEAD /nohead/")).toBe(250);
    expect(count("GET /nohead/")).toBe(250);
    expect(count("GET /missing/")).toBe(0); // a 404 to HEAD is believed
    expect(server.connections() - connectionsBefore).toBeLessThan(100); // keep-alive: 16 or so, not 1,500
  });

  it("follows up to 5 redirects", async () => {
    const results = await verifyUrls([server.url("/chain/4"), server.url("/chain/5")], opts);
    expect(results.get(server.url("/chain/4"))).toEqual({ ok: true, status: 200 });
    expect(results.get(server.url("/chain/5"))).toMatchObject({ ok: false, reason: expect.stringMatching(/more than 5 times/) });
  });

  it("falls back to GET on a 403 to HEAD and on a dropped HEAD, without downloading long bodies", async () => {
    const urls = ["/forbidhead/1", "/dropshead/1", "/bigget/1"].map(server.url);
    const results = await verifyUrls(urls, { ...opts, timeoutMs: 2_000 });
    for (const url of urls) expect(results.get(url), url).toEqual({ ok: true, status: 200 });
  });

  it("answers for non-http(s) and invalid URLs without a request", async () => {
    const before = server.hits.length;
    const results = await verifyUrls(["mailto:someone@example.com", "not a url", "ftp://127.0.0.1/x"], opts);
    expect(results.get("mailto:someone@example.com")).toMatchObject({ ok: false, reason: expect.stringMatching(/Only http\(s\) links/) });
    expect(results.get("not a url")).toEqual({ ok: false, reason: "Not a valid URL." });
    expect(results.get("ftp://127.0.0.1/x")?.ok).toBe(false);
    expect(server.hits.length).toBe(before);
  });

  it("refuses private addresses unless allowed, without connecting", async () => {
    const url = server.url("/ok/1");
    const before = server.hits.length;
    const results = await verifyUrls([url, "http://169.254.169.254/latest/meta-data/"], { allowPrivate: false });
    expect(results.get(url)).toMatchObject({ ok: false, reason: expect.stringMatching(/127\.0\.0\.1 is loopback/) });
    expect(results.get("http://169.254.169.254/latest/meta-data/")).toMatchObject({ ok: false, reason: expect.stringMatching(/cloud metadata/) });
    expect(server.hits.length).toBe(before);
    expect(safetyNet.attempts).toEqual([]);
  });

  it("sends no credentials: a link with a user name or password, or a redirect to one, is refused and shown without them", async () => {
    authorizations.length = 0;
    const redirecting = server.url("/tocreds/7");
    const holding = server.url("/ok/8").replace("//", "//alice:s3cret@");
    const before = server.hits.length;
    const results = await verifyUrls([redirecting, holding], opts);
    expect(results.get(redirecting)).toEqual({
      ok: false,
      reason: `${redirecting} redirects to ${server.url("/ok/7")} with a user name and password in the address; the engine sends no credentials a page gives it, so it does not follow that redirect.`,
    });
    expect(results.get(holding)).toEqual({ ok: false, reason: `Refused to fetch ${server.url("/ok/8")}: the address holds a user name and password, and the engine sends no credentials.` });
    // One HEAD to the redirecting link (a GET would be refused the same way), nothing else.
    expect(server.hits.slice(before)).toEqual(["HEAD /tocreds/7"]);
    expect(authorizations).toEqual([]);
  });

  it("reports unreachable hosts", async () => {
    const closed = await serve(() => {});
    await closed.close();
    const results = await verifyUrls([closed.url("/")], opts);
    expect(results.get(closed.url("/"))).toMatchObject({ ok: false, reason: expect.stringMatching(/refused the connection/) });
  });

  it("checks many links under one task signal without a listener-leak warning", async () => {
    const warnings: Error[] = [];
    const onWarning = (w: Error) => void warnings.push(w);
    process.on("warning", onWarning);
    try {
      const ctl = new AbortController();
      const urls = Array.from({ length: 64 }, (_, i) => server.url(`/ok/${i}`));
      const results = await verifyUrls(urls, { ...opts, signal: ctl.signal });
      expect([...results.values()].every((r) => r.ok)).toBe(true);
      await new Promise((r) => setImmediate(r)); // warnings are emitted on the next tick
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
  });

  it("stops on abort", async () => {
    const ctl = new AbortController();
    ctl.abort();
    await expect(verifyUrls([server.url("/ok/1")], { ...opts, signal: ctl.signal })).rejects.toMatchObject({ name: "AbortError" });
  });
});

// After the others, which count the server's requests from the start.
describe("verifyUrls with a budget", () => {
  it("stops at its overall budget, leaving the links it had no time for unchecked (not dead)", async () => {
    const fast = [0, 1, 2].map((i) => server.url(`/ok/${i}`));
    const slow = Array.from({ length: 40 }, (_, i) => server.url(`/hang/${i}`));
    const started = performance.now();
    // Without the budget: ten rounds of four 5-second timeouts, 50 s. The bound is under one timeout,
    // with room for a busy machine; the budget leaves a loaded one time to check the three fast links.
    const results = await verifyUrls([...fast, ...slow], { ...opts, concurrency: 4, timeoutMs: 5_000, budgetMs: 1_500 });
    expect(performance.now() - started).toBeLessThan(4_500);
    expect([...results.keys()].sort()).toEqual([...fast].sort());
    for (const url of slow) expect(results.has(url), url).toBe(false);
  });

  it("still throws on the caller's own abort when a budget is set", async () => {
    const ctl = new AbortController();
    setTimeout(() => ctl.abort(), 100);
    await expect(verifyUrls([server.url("/hang/99")], { ...opts, budgetMs: 60_000, signal: ctl.signal })).rejects.toMatchObject({ name: "AbortError" });
  });
});
