import net from "node:net";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { safetyNet, safetyNetInstalled, serve } from "./testing"; // first: installs the safety net
import { EngineFetchError } from "./errors";
import { fetchPage } from "./fetch-page";
import { checkAddress, checkUrlTarget, guardedLookup, parseIPv6, resolveChecked, type Resolve } from "./guard";

beforeAll(() => expect(safetyNetInstalled()).toBe(true));
afterEach(() => {
  // The guard, not the safety net, must have stopped everything: no refused non-loopback attempt.
  expect(safetyNet.check()).toEqual([]);
});

/** A resolver stub: fake names only, never the real DNS. */
const stubResolve =
  (table: Record<string, string[]>, calls: string[] = []): Resolve =>
  async (host) => {
    calls.push(host);
    const found = table[host];
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
    return found.map((address) => ({ address, family: net.isIPv6(address) ? 6 : 4 }));
  };

describe("checkAddress / checkUrlTarget (pure)", () => {
  const refused: [string, RegExp][] = [
    ["http://127.0.0.1/", /loopback/],
    ["http://127.8.9.10/", /loopback/],
    ["http://localhost/", /loopback name/],
    ["http://LocalHost./", /loopback name/],
    ["http://app.localhost/", /loopback name/],
    ["http://0.0.0.0/", /unspecified/],
    ["http://[::1]/", /loopback/],
    ["http://[::]/", /unspecified/],
    ["http://[::ffff:127.0.0.1]/", /loopback \(IPv4-mapped 127\.0\.0\.1\)/],
    ["http://[::ffff:7f00:1]/", /loopback/],
    ["http://[::127.0.0.1]/", /loopback \(IPv4-compatible/],
    ["http://[64:ff9b::a00:1]/", /private address \(NAT64 10\.0\.0\.1\)/],
    ["http://[2002:7f00:1::]/", /loopback \(6to4 127\.0\.0\.1\)/],
    ["http://169.254.169.254/", /cloud metadata/],
    ["http://169.254.1.1/", /link-local/],
    ["http://metadata.google.internal/", /cloud metadata/],
    ["http://metadata/", /cloud metadata/],
    ["http://10.0.0.1/", /private/],
    ["http://172.16.0.1/", /private/],
    ["http://172.31.255.255/", /private/],
    ["http://192.168.0.1/", /private/],
    ["http://100.64.0.1/", /carrier-grade NAT/],
    ["http://224.0.0.1/", /multicast/],
    ["http://255.255.255.255/", /reserved/],
    ["http://[fc00::1]/", /unique local/],
    ["http://[fd12:3456::1]/", /unique local/],
    ["http://[fe80::1]/", /link-local/],
    ["http://[ff02::1]/", /multicast/],
    // The WHATWG parser turns these spellings into 127.0.0.1 before the guard sees them.
    ["http://2130706433/", /loopback/],
    ["http://0177.0.0.1/", /loopback/],
    ["http://0x7f000001/", /loopback/],
    ["http://127.1/", /loopback/],
    ["https://0x7f.1/", /loopback/],
  ];
  it.each(refused)("refuses %s", (url, reason) => {
    const d = checkUrlTarget(new URL(url));
    expect(d.allowed).toBe(false);
    expect(d.allowed ? "" : d.reason).toMatch(reason);
  });

  const allowed = ["http://8.8.8.8/", "http://[2606:4700::1111]/", "https://example.com/", "http://172.32.0.1/", "http://100.128.0.1/", "http://203.0.113.10/", "http://[2001:4860:4860::8888]/"];
  it.each(allowed)("allows %s (decision only, nothing connects)", (url) => {
    expect(checkUrlTarget(new URL(url))).toEqual({ allowed: true });
  });

  it("judges bare strings and refuses what is not an address", () => {
    expect(checkAddress("8.8.8.8").allowed).toBe(true);
    expect(checkAddress("127.0.0.1").allowed).toBe(false);
    expect(checkAddress("0177.0.0.1")).toEqual({ allowed: false, reason: "not an IP address" });
    expect(checkAddress("fe80::1%eth0").allowed).toBe(false);
    expect(checkAddress("::ffff:8.8.8.8").allowed).toBe(true);
  });

  it("marks metadata endpoints as refused even with private networks allowed", () => {
    expect(checkAddress("169.254.169.254")).toMatchObject({ allowed: false, always: true });
    expect(checkAddress("::ffff:169.254.169.254")).toMatchObject({ allowed: false, always: true });
    expect(checkAddress("10.0.0.1")).not.toHaveProperty("always");
  });

  it("parses IPv6 forms", () => {
    expect(parseIPv6("::1")).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6("::ffff:127.0.0.1")).toEqual([0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]);
    expect(parseIPv6("2001:db8::8:800:200c:417a")).toEqual([0x2001, 0xdb8, 0, 0, 8, 0x800, 0x200c, 0x417a]);
    expect(parseIPv6("1:2:3:4:5:6:7:8")).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parseIPv6("nope")).toBeNull();
  });
});

describe("guardedLookup (stubbed resolver, no connection)", () => {
  const lookupOnce = (lookup: net.LookupFunction, host: string, all = false) =>
    new Promise<{ err: NodeJS.ErrnoException | null; address: unknown; family?: number }>((resolve) =>
      lookup(host, { all }, (err, address, family) => resolve({ err, address, family })),
    );

  it("refuses a name that resolves to loopback", async () => {
    const { err } = await lookupOnce(guardedLookup({ allowPrivate: false, resolve: stubResolve({ "internal.test": ["127.0.0.1"] }) }), "internal.test");
    expect(err).toBeInstanceOf(EngineFetchError);
    expect((err as EngineFetchError).code).toBe("blocked_address");
    expect(err?.message).toMatch(/internal\.test resolves to 127\.0\.0\.1, which is loopback \(the studio reads pages at public addresses only\)$/);
    expect(err?.message).not.toContain("ENGINE_");
  });

  it("refuses when ANY address is blocked (rebinding-style mixed answers)", async () => {
    const resolve = stubResolve({ "mixed.test": ["8.8.8.8", "10.0.0.1"] });
    await expect(resolveChecked("mixed.test", { allowPrivate: false, resolve })).rejects.toMatchObject({ code: "blocked_address" });
  });

  it("hands the checked addresses to the socket (all: true and single forms)", async () => {
    const lookup = guardedLookup({ allowPrivate: false, resolve: stubResolve({ "public.test": ["203.0.113.10", "2001:db8::10"] }) });
    expect(await lookupOnce(lookup, "public.test", true)).toMatchObject({ err: null, address: [{ address: "203.0.113.10", family: 4 }, { address: "2001:db8::10", family: 6 }] });
    expect(await lookupOnce(lookup, "public.test")).toMatchObject({ err: null, address: "203.0.113.10", family: 4 });
  });

  it("lets loopback through with allowPrivate, but never cloud metadata", async () => {
    const resolve = stubResolve({ "internal.test": ["127.0.0.1"], "meta.test": ["169.254.169.254"] });
    expect((await lookupOnce(guardedLookup({ allowPrivate: true, resolve }), "internal.test")).address).toBe("127.0.0.1");
    const meta = await lookupOnce(guardedLookup({ allowPrivate: true, resolve }), "meta.test");
    expect(meta.err?.message).toMatch(/cloud metadata endpoints are always blocked/);
  });

  it("resolves once per connection: the socket uses the address the guard checked", async () => {
    const server = await serve((_req, res) => res.end("hi"));
    try {
      const calls: string[] = [];
      const lookup = guardedLookup({ allowPrivate: true, resolve: stubResolve({ "rebind.test": ["127.0.0.1"] }, calls) });
      const socket = net.connect({ host: "rebind.test", port: server.port, lookup });
      await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
      expect(socket.remoteAddress).toBe("127.0.0.1");
      socket.destroy();
      expect(calls).toEqual(["rebind.test"]);
    } finally {
      await server.close();
    }
  });
});

describe("redirects into the private network", () => {
  // public.test resolves to a documentation address the guard treats as public; the safety net routes
  // that address to the loopback test server. So the first hop is "public" and served locally, and any
  // later connection to a private address would have to get past the guard.
  const setup = async () => {
    const server = await serve((req, res) => {
      const to = new URL(req.url!, "http://x").searchParams.get("to");
      if (req.url!.startsWith("/start") && to) res.writeHead(302, { location: to }).end();
      else res.writeHead(200, { "content-type": "text/html" }).end("<p>secret</p>");
    });
    safetyNet.routes.set("203.0.113.10", "127.0.0.1");
    const resolve = stubResolve({ "public.test": ["203.0.113.10"], "internal.test": ["127.0.0.1"], "meta.test": ["169.254.169.254"] });
    const start = (to: string) => `http://public.test:${server.port}/start?to=${encodeURIComponent(to)}`;
    return { server, resolve, start };
  };

  it.each([
    ["a literal loopback address", (p: number) => `http://127.0.0.1:${p}/secret`, /the address 127\.0\.0\.1 is loopback/],
    ["a name resolving to loopback", (p: number) => `http://internal.test:${p}/secret`, /internal\.test resolves to 127\.0\.0\.1/],
    ["an IPv4-mapped IPv6 literal", (p: number) => `http://[::ffff:127.0.0.1]:${p}/secret`, /IPv4-mapped/],
    ["a decimal IPv4 spelling", (p: number) => `http://2130706433:${p}/secret`, /127\.0\.0\.1 is loopback/],
    ["localhost", (p: number) => `http://localhost:${p}/secret`, /loopback name/],
    ["cloud metadata", () => `http://meta.test/latest/meta-data/`, /cloud metadata/],
  ])("refuses a redirect to %s", async (_label, target, message) => {
    const { server, resolve, start } = await setup();
    try {
      const err = await fetchPage(start(target(server.port)), { allowPrivate: false, resolve, respectRobots: false }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(EngineFetchError);
      expect(err).toMatchObject({ code: "blocked_address" });
      expect((err as Error).message).toMatch(message);
      expect((err as Error).message).toMatch(/^Refused to fetch http:\/\//);
      // The first hop was served; the private target never was.
      expect(server.hits).toHaveLength(1);
      expect(server.hits[0]).toMatch(/^GET \/start/);
      expect(safetyNet.attempts.map((a) => a.host)).toEqual(["203.0.113.10"]);
    } finally {
      await server.close();
    }
  });

  it("follows the same redirect when private networks are allowed (the test can fail)", async () => {
    const { server, resolve, start } = await setup();
    try {
      const page = await fetchPage(start(`http://internal.test:${server.port}/secret`), { allowPrivate: true, resolve, respectRobots: false });
      expect(page.html).toContain("secret");
      expect(page.redirects).toEqual([`http://internal.test:${server.port}/secret`]);
    } finally {
      await server.close();
    }
  });

  it("refuses a literal loopback seed URL without connecting", async () => {
    await expect(fetchPage("http://127.0.0.1:9/", { allowPrivate: false, respectRobots: false })).rejects.toThrow(
      "Refused to fetch http://127.0.0.1:9/: the address 127.0.0.1 is loopback (the studio reads pages at public addresses only)",
    );
    expect(safetyNet.attempts).toEqual([]);
  });
});
