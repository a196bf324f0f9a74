/**
 * The engine says who it is on every request it makes: page fetches (and every redirect hop),
 * robots.txt fetches and link checks all carry DEFAULT_USER_AGENT, as a loopback site receives them.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { safetyNet, safetyNetInstalled, serve, type TestServer } from "./testing"; // first: installs the safety net
import { runPipeline } from "../pipeline";
import type { ExtractedRow } from "../page-rows";
import { fetchPage } from "./fetch-page";
import { DEFAULT_USER_AGENT } from "./transport";
import { verifyUrls } from "./verify";

const HTML = { "content-type": "text/html; charset=utf-8" };
const product = (n: number) => `<li class="product"><a href="/item/${n}"><h3>Product ${n}</h3></a><p class="price">£${n}.00</p></li>`;

/** Each request as "METHOD /path", with the User-Agent it carried. */
let seen: { request: string; userAgent: string | undefined }[] = [];
let server: TestServer;

beforeAll(async () => {
  expect(safetyNetInstalled()).toBe(true);
  server = await serve((req, res) => {
    seen.push({ request: `${req.method} ${req.url}`, userAgent: req.headers["user-agent"] });
    if (req.method === "HEAD") res.setHeader("content-length", "0");
    const url = req.url ?? "";
    if (url === "/robots.txt") return void res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nAllow: /\n");
    if (url === "/moved") return void res.writeHead(302, { location: "/list" }).end();
    if (url === "/list") return void res.writeHead(200, HTML).end(`<html><body><main><ul class="products">${[1, 2, 3, 4].map(product).join("")}</ul></main></body></html>`);
    if (url.startsWith("/item/")) return void res.writeHead(200, HTML).end(req.method === "HEAD" ? undefined : "<p>item</p>");
    // HEAD is not implemented: the check falls back to GET.
    if (url === "/nohead") return void res.writeHead(req.method === "HEAD" ? 405 : 200, HTML).end(req.method === "HEAD" ? undefined : "<p>got</p>");
    res.writeHead(404, HTML).end("<p>not found</p>");
  });
});
afterAll(() => server.close());
beforeEach(() => {
  seen = [];
});
afterEach(() => expect(safetyNet.check()).toEqual([]));

describe("the engine's User-Agent", () => {
  it("names the engine and where to learn about it, and does not pose as a browser", () => {
    expect(DEFAULT_USER_AGENT).toMatch(/^ExtractStudio\/\d+(\.\d+)* \(\+https:\/\/[^\s;)]+; embedded engine\)$/);
    expect(DEFAULT_USER_AGENT).not.toMatch(/Mozilla|AppleWebKit|Chrome|Safari|Gecko/);
  });

  it("is sent with robots.txt, the page and every redirect hop", async () => {
    const page = await fetchPage(server.url("/moved"), { allowPrivate: true, respectRobots: true });
    expect(page.url).toBe(server.url("/list"));
    expect(seen.map((s) => s.request)).toEqual(["GET /robots.txt", "GET /moved", "GET /list"]);
    for (const s of seen) expect(s.userAgent, s.request).toBe(DEFAULT_USER_AGENT);
  });

  it("is sent with link checks, the HEAD and the GET that falls back from it", async () => {
    const results = await verifyUrls([server.url("/item/1"), server.url("/nohead")], { allowPrivate: true, concurrency: 1 });
    expect([...results.values()].map((r) => r.ok)).toEqual([true, true]);
    expect(seen.map((s) => s.request)).toEqual(["HEAD /item/1", "HEAD /nohead", "GET /nohead"]);
    for (const s of seen) expect(s.userAgent, s.request).toBe(DEFAULT_USER_AGENT);
  });

  it("is sent on every request of a whole extraction: robots.txt, the seed page and the link checks", async () => {
    const rows: ExtractedRow[] = [];
    const schema = { type: "object", properties: { name: { type: "string" }, url: { type: "string", format: "uri" } }, required: ["name", "url"] };
    await runPipeline({ q: "every product with name and url", url: server.url("/list"), schema, verifyUrls: true }, (r) => void rows.push(r), {
      maxPages: 1,
      pageTimeoutMs: 5_000,
      allowPrivate: true,
      respectRobots: true,
    });
    expect(rows).toHaveLength(4);
    expect(seen.map((s) => s.request).sort()).toEqual(["GET /list", "GET /robots.txt", "HEAD /item/1", "HEAD /item/2", "HEAD /item/3", "HEAD /item/4"]);
    for (const s of seen) expect(s.userAgent, s.request).toBe(DEFAULT_USER_AGENT);
  });
});
