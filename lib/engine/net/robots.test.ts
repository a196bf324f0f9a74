import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { safetyNet, safetyNetInstalled, serve } from "./testing"; // first: installs the safety net
import { EngineFetchError } from "./errors";
import { fetchPage } from "./fetch-page";
import { parseRobots, patternMatches, productToken, RobotsCache, robotsAllows } from "./robots";

beforeAll(() => expect(safetyNetInstalled()).toBe(true));
afterEach(() => expect(safetyNet.check()).toEqual([]));

const allows = (txt: string, path: string, token = "extractstudio") => robotsAllows(parseRobots(txt), token, path);

describe("robots.txt rules (pure)", () => {
  it("takes the longest match, Allow winning a tie", () => {
    const txt = "User-agent: *\nDisallow: /shop\nAllow: /shop/list\nDisallow: /shop/list/private\nAllow: /same\nDisallow: /same";
    expect(allows(txt, "/shop/cart")).toBe(false);
    expect(allows(txt, "/shop/list?page=2")).toBe(true);
    expect(allows(txt, "/shop/list/private/1")).toBe(false);
    expect(allows(txt, "/same")).toBe(true);
    expect(allows(txt, "/elsewhere")).toBe(true);
  });

  it("supports * and a trailing $", () => {
    const txt = "User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?sessionid=\nDisallow: /a*/b$\nAllow: /$\nDisallow: /";
    expect(allows(txt, "/docs/file.pdf")).toBe(false);
    expect(allows(txt, "/docs/file.pdf?x=1")).toBe(false); // "/" still disallows it
    expect(allows(txt, "/")).toBe(true);
    expect(patternMatches("/*.pdf$", "/x.pdf")).toBe(true);
    expect(patternMatches("/*.pdf$", "/x.pdf.html")).toBe(false);
    expect(patternMatches("/*?sessionid=", "/p?a=1&sessionid=2")).toBe(false); // "?sessionid" is not in "?a=1&sessionid"
    expect(patternMatches("/*sessionid=", "/p?a=1&sessionid=2")).toBe(true);
    expect(patternMatches("/a*/b$", "/a/x/y/b")).toBe(true);
    expect(patternMatches("/a*/b$", "/a/x/y/bc")).toBe(false);
    expect(patternMatches("/fish", "/Fish")).toBe(false); // paths are case-sensitive
    expect(patternMatches("/fish*", "/fish")).toBe(true);
    expect(patternMatches("/a$b", "/a$b/c")).toBe(true); // only a final $ anchors
  });

  it("uses our own group over *, merges groups naming us, ignores other agents", () => {
    const txt = [
      "User-agent: *",
      "Disallow: /",
      "",
      "User-agent: OtherBot",
      "Allow: /",
      "",
      "User-agent: extractstudio/2.0", // case-insensitive, version ignored
      "Disallow: /private",
      "",
      "User-agent: ExtractStudio",
      "Disallow: /admin",
    ].join("\n");
    expect(allows(txt, "/public")).toBe(true);
    expect(allows(txt, "/private/x")).toBe(false);
    expect(allows(txt, "/admin")).toBe(false);
    expect(allows(txt, "/public", "somebot")).toBe(false);
    expect(productToken("ExtractStudio/0.1 (+https://github.com/extract-studio; embedded engine)")).toBe("extractstudio");
  });

  it("groups consecutive user-agents, starts a group after rules (even empty ones)", () => {
    const txt = "User-agent: a\nUser-agent: b\nDisallow: /x\nUser-agent: c\nDisallow:\nUser-agent: d\nDisallow: /y";
    expect(allows(txt, "/x", "a")).toBe(false);
    expect(allows(txt, "/x", "b")).toBe(false);
    expect(allows(txt, "/y", "c")).toBe(true); // "Disallow:" disallows nothing, and d's rules are not c's
    expect(allows(txt, "/y", "d")).toBe(false);
  });

  it("ignores comments, unknown lines, rules before any group, and CRLF", () => {
    const txt = "Disallow: /orphan\r\n# comment\r\nUser-agent: * # all\r\nSitemap: https://x/s.xml\r\nCrawl-delay: 3\r\nDisallow: /tmp # temp\r\n";
    expect(allows(txt, "/orphan")).toBe(true);
    expect(allows(txt, "/tmp/1")).toBe(false);
  });

  it("normalises percent-encoding, never blocks /robots.txt, allows all without groups", () => {
    expect(allows("User-agent: *\nDisallow: /café", "/caf%c3%a9/menu")).toBe(false);
    expect(allows("User-agent: *\nDisallow: /%7Euser", "/%7euser")).toBe(false);
    expect(allows("User-agent: *\nDisallow: /", "/robots.txt")).toBe(true);
    expect(allows("", "/anything")).toBe(true);
    expect(allows("<html>not robots</html>", "/anything")).toBe(true);
  });

  it("matches a hostile pattern in bounded time", () => {
    const pattern = "/" + "*a".repeat(2000) + "$";
    const started = Date.now();
    expect(patternMatches(pattern, "/" + "a".repeat(1999) + "b")).toBe(false);
    expect(Date.now() - started).toBeLessThan(5_000); // generous: a backtracking regex would not finish
  });
});

describe("RobotsCache and fetchPage", () => {
  const robotsSite = async (robots: { status: number; body?: string } | "hang") =>
    serve((req, res) => {
      if (req.url === "/robots.txt") {
        if (robots === "hang") return;
        return void res.writeHead(robots.status, { "content-type": "text/plain" }).end(robots.body ?? "");
      }
      res.writeHead(200, { "content-type": "text/html" }).end(`<p>${req.url}</p>`);
    });

  it("refuses a disallowed path, fetches allowed ones, reads robots.txt once per origin", async () => {
    const site = await robotsSite({ status: 200, body: "User-agent: *\nDisallow: /private\n" });
    try {
      const robots = new RobotsCache();
      const o = { allowPrivate: true, robots };
      const err = await fetchPage(site.url("/private/page"), o).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(EngineFetchError);
      expect(err).toMatchObject({ code: "robots_disallowed" });
      expect((err as Error).message).toContain(`the site's robots.txt forbids reading ${site.url("/private/page")}`);
      // The analyst reading it cannot change the studio's settings: none is named to them.
      expect((err as Error).message).not.toMatch(/ENGINE_|=0/);
      expect((await fetchPage(site.url("/public"), o)).html).toBe("<p>/public</p>");
      await Promise.all([fetchPage(site.url("/a"), o), fetchPage(site.url("/b"), o)]);
      expect(site.hits.filter((h) => h === "GET /robots.txt")).toHaveLength(1);
      expect(robots.fetches).toBe(1);
      expect(site.hits).not.toContain("GET /private/page");
      // Ignoring robots.txt fetches the page.
      expect((await fetchPage(site.url("/private/page"), { allowPrivate: true, respectRobots: false })).html).toBe("<p>/private/page</p>");
    } finally {
      await site.close();
    }
  });

  it("checks every redirect hop against its own origin's robots.txt", async () => {
    const other = await serve((req, res) => {
      if (req.url === "/robots.txt") return void res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /members\n");
      res.writeHead(200, { "content-type": "text/html" }).end(`<p>${req.url}</p>`);
    });
    const site = await serve((req, res) => {
      if (req.url === "/robots.txt") return void res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /private\n");
      if (req.url === "/start") return void res.writeHead(302, { location: "/private/list" }).end();
      if (req.url === "/hop") return void res.writeHead(302, { location: "/start" }).end();
      if (req.url === "/away") return void res.writeHead(302, { location: other.url("/members/list") }).end();
      if (req.url === "/fine") return void res.writeHead(302, { location: other.url("/public") }).end();
      res.writeHead(200, { "content-type": "text/html" }).end(`<p>${req.url}</p>`);
    });
    try {
      const o = { allowPrivate: true, robots: new RobotsCache() };
      for (const path of ["/start", "/hop"]) {
        const err = await fetchPage(site.url(path), o).catch((e: unknown) => e);
        expect(err, path).toMatchObject({ code: "robots_disallowed", url: site.url("/private/list") });
        expect((err as Error).message).toContain(`${site.url(path)} redirects to ${site.url("/private/list")}, a page the site's robots.txt forbids reading`);
      }
      // Another origin's robots.txt rules its own paths.
      await expect(fetchPage(site.url("/away"), o)).rejects.toMatchObject({ code: "robots_disallowed", url: other.url("/members/list") });
      expect(site.hits).not.toContain("GET /private/list");
      expect(other.hits).toEqual(["GET /robots.txt"]);
      // Allowed hops are followed as before.
      const page = await fetchPage(site.url("/fine"), o);
      expect(page).toMatchObject({ url: other.url("/public"), html: "<p>/public</p>", redirects: [other.url("/public")] });
      expect(o.robots.fetches).toBe(2);
    } finally {
      await Promise.all([site.close(), other.close()]);
    }
  });

  it.each([
    ["404 (no robots.txt)", { status: 404 }],
    ["403", { status: 403 }],
    ["500 (server error)", { status: 500, body: "User-agent: *\nDisallow: /" }],
  ])("allows everything on %s", async (_label, robots) => {
    const site = await robotsSite(robots);
    try {
      expect((await fetchPage(site.url("/page"), { allowPrivate: true })).html).toBe("<p>/page</p>");
    } finally {
      await site.close();
    }
  });

  it("allows everything when robots.txt does not answer in time", async () => {
    const site = await robotsSite("hang");
    try {
      const robots = new RobotsCache({ timeoutMs: 200 });
      expect(await robots.isAllowed(new URL(site.url("/page")), { allowPrivate: true })).toBe(true);
    } finally {
      await site.close();
    }
  });

  it("fetches robots.txt under the guard too", async () => {
    const robots = new RobotsCache();
    // The guard refuses loopback: robots.txt is not fetched (and the page fetch would be refused too).
    expect(await robots.isAllowed(new URL("http://127.0.0.1:9/page"), { allowPrivate: false })).toBe(true);
    expect(safetyNet.attempts).toEqual([]);
    await expect(fetchPage("http://127.0.0.1:9/page", { allowPrivate: false, robots })).rejects.toMatchObject({ code: "blocked_address" });
  });
});
