/**
 * Test support for lib/engine/net (imported by its *.test.ts only).
 *
 * The safety net: importing this module patches net.Socket.prototype.connect and dns lookups for the
 * test process, so that NO socket can reach anything but loopback, whatever the code under test does
 * (even with the guard broken). It sits below http/https/tls/undici, which all connect through
 * net.Socket. Every attempt is recorded; anything that is not loopback is refused before a packet leaves.
 *
 * "Fake public internet": `routes` maps documentation addresses (203.0.113.0/24, never routed) to
 * 127.0.0.1. The guard treats 203.0.113.x as public, so a test can serve a "public" first hop from a
 * loopback server and prove that the redirect that follows is refused by the guard, not by this net.
 */
import dns from "node:dns";
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll } from "vitest";

export interface Attempt {
  host: string;
  port?: number;
  /** Where the net actually connected (loopback), or null if it refused. */
  routedTo: string | null;
}

const LOOPBACK = (ip: string) => /^127\./.test(ip) || ip === "::1" || /^::ffff:(127\.|7f)/i.test(ip);

export const safetyNet = {
  attempts: [] as Attempt[],
  /** Fake-public address → loopback address. */
  routes: new Map<string, string>(),
  /** Non-loopback attempts that were refused (should stay empty: the guard must stop them first). */
  refused(): Attempt[] {
    return this.attempts.filter((a) => a.routedTo === null);
  },
  /** For afterEach: asserts nothing was refused (the guard must stop things first), then clears. */
  check(): Attempt[] {
    const refused = this.refused();
    this.reset();
    return refused;
  },
  reset() {
    this.attempts.length = 0;
    this.routes.clear();
  },
};

function route(host: string, port?: number): string | null {
  const target = LOOPBACK(host) ? host : (safetyNet.routes.get(host) ?? null);
  safetyNet.attempts.push({ host, port, routedTo: target });
  return target;
}

const refusal = (host: string) =>
  Object.assign(new Error(`safety net: refused a connection to ${host} (tests may only reach loopback)`), { code: "ESAFETYNET" });

type Connect = (this: net.Socket, ...args: unknown[]) => net.Socket;
type Lookup = net.LookupFunction;
const KEY = Symbol.for("extract-studio.net-safety-net");
const g = globalThis as unknown as Record<symbol, { connect: Connect; lookup: typeof dns.lookup; plookup: typeof dns.promises.lookup } | undefined>;

function install() {
  if (g[KEY]) return;
  const original = { connect: net.Socket.prototype.connect as unknown as Connect, lookup: dns.lookup, plookup: dns.promises.lookup };
  g[KEY] = original;

  // Real DNS would send packets to the system resolver: only "localhost" may be resolved for real.
  const onlyLocalhost = (host: string) => host.toLowerCase() === "localhost" || net.isIP(host) !== 0;
  dns.promises.lookup = ((host: string, ...rest: unknown[]) => {
    if (!onlyLocalhost(host)) return Promise.reject(refusal(`the name ${host} (DNS)`));
    return (original.plookup as (...a: unknown[]) => Promise<unknown>)(host, ...rest);
  }) as typeof dns.promises.lookup;
  dns.lookup = ((host: string, ...rest: unknown[]) => {
    if (!onlyLocalhost(host)) {
      const cb = rest[rest.length - 1] as (err: Error) => void;
      return process.nextTick(() => cb(refusal(`the name ${host} (DNS)`)));
    }
    return (original.lookup as (...a: unknown[]) => unknown)(host, ...rest);
  }) as typeof dns.lookup;

  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    const first = args[0];
    const opts = (Array.isArray(first) ? first[0] : typeof first === "object" && first !== null ? first : null) as
      | (net.TcpNetConnectOpts & { path?: string })
      | null;
    if (opts && typeof opts.path === "string") return original.connect.apply(this, args); // unix socket
    if (!opts) {
      // connect(port, host?): rewrite into options so the same checks apply.
      const host = typeof args[1] === "string" ? args[1] : "localhost";
      const rest = args.slice(2).filter((a) => typeof a === "function");
      return (net.Socket.prototype.connect as unknown as Connect).call(this, { port: first as number, host }, ...rest);
    }
    const host = opts.host ?? "localhost";
    if (net.isIP(host)) {
      const target = route(host, opts.port);
      if (!target) {
        process.nextTick(() => this.destroy(refusal(host)));
        return this;
      }
      opts.host = target;
    } else {
      // A name: wrap whatever lookup the caller gave (the guard's, or dns.lookup) and vet its answers.
      const inner: Lookup = opts.lookup ?? (dns.lookup as unknown as Lookup);
      opts.lookup = (hostname, lookupOpts, cb) =>
        inner(hostname, lookupOpts, (err, address, family) => {
          if (err) return cb(err, address, family);
          const list = Array.isArray(address) ? address : [{ address, family: family ?? 4 }];
          const routed: { address: string; family: number }[] = [];
          for (const a of list) {
            const target = route(a.address, opts.port);
            if (!target) return cb(refusal(a.address), "");
            routed.push({ address: target, family: net.isIPv6(target) ? 6 : 4 });
          }
          if (Array.isArray(address)) cb(null, routed);
          else cb(null, routed[0]!.address, routed[0]!.family);
        });
    }
    return original.connect.apply(this, args);
  } as typeof net.Socket.prototype.connect;

  afterAll(() => {
    net.Socket.prototype.connect = original.connect as unknown as typeof net.Socket.prototype.connect;
    dns.lookup = original.lookup;
    dns.promises.lookup = original.plookup;
    g[KEY] = undefined;
  });
}
install();

/** Whether the net is in place (tests assert it before doing anything). */
export const safetyNetInstalled = () => g[KEY] !== undefined;

export interface TestServer {
  port: number;
  origin: string;
  url(path: string): string;
  /** Request lines seen, "GET /path". */
  hits: string[];
  /** TCP connections accepted (keep-alive reuse shows as few connections for many hits). */
  connections(): number;
  close(): Promise<void>;
}

/** A node:http server on 127.0.0.1, port 0. */
export async function serve(handler: http.RequestListener): Promise<TestServer> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    handler(req, res);
  });
  let connections = 0;
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    port,
    origin,
    url: (path) => origin + path,
    hits,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
