/**
 * SSRF guard. The engine fetches URLs typed by users (and URLs found in fetched pages), so without it
 * anyone with access to the studio could make the server read its own admin ports, the team's intranet
 * or the cloud metadata endpoint. Two checks, both needed:
 * - `checkUrlTarget` on the URL before every request and redirect hop: literal IPs never reach a DNS
 *   lookup (net.connect skips `lookup` for them), and some names are dangerous by themselves.
 * - `guardedLookup` as the socket's `lookup`: it resolves the name once, checks every address and hands
 *   the checked addresses to the socket, so nothing resolves the name a second time (no TOCTOU window
 *   for DNS rebinding).
 */
import dns from "node:dns";
import net from "node:net";
import { EngineFetchError } from "./errors";

export type GuardDecision =
  | { allowed: true }
  /** `always`: refused even with ENGINE_ALLOW_PRIVATE_NETWORKS=1 (cloud metadata endpoints). */
  | { allowed: false; reason: string; always?: boolean };

export interface ResolvedAddress {
  address: string;
  family: number;
}
export type Resolve = (host: string) => Promise<ResolvedAddress[]>;

const ALLOW = { allowed: true } as const;
const refuse = (reason: string, always = false): GuardDecision => (always ? { allowed: false, reason, always } : { allowed: false, reason });

// Instance metadata endpoints hand out cloud credentials: never reachable, whatever the settings.
// 169.254.170.2 is AWS ECS task metadata, 100.100.100.200 Alibaba Cloud, fd00:ec2::254 AWS over IPv6.
const METADATA_V4 = new Set(["169.254.169.254", "169.254.170.2", "100.100.100.200"]);
const METADATA_NAMES = new Set(["metadata.google.internal", "metadata", "metadata.goog", "instance-data", "instance-data.ec2.internal"]);

/** [first address, prefix length, what it is]. Documentation ranges (192.0.2/24, 198.51.100/24,
 * 203.0.113/24) are deliberately allowed: they are not routed anywhere, and tests use them as "public". */
const V4_BLOCKS: [string, number, string][] = [
  ["0.0.0.0", 8, "unspecified (0.0.0.0/8 reaches this host)"],
  ["10.0.0.0", 8, "a private address"],
  ["100.64.0.0", 10, "in the carrier-grade NAT range (100.64.0.0/10)"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local"],
  ["172.16.0.0", 12, "a private address"],
  ["192.0.0.0", 24, "reserved (IETF protocol assignments)"],
  ["192.168.0.0", 16, "a private address"],
  ["198.18.0.0", 15, "reserved (benchmarking)"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved (240.0.0.0/4, including broadcast)"],
];
const V4_TABLE = V4_BLOCKS.map(([ip, bits, what]) => ({ base: v4ToInt(ip)!, mask: bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0, what }));

function v4ToInt(ip: string): number | null {
  const parts = ip.split(".");
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return null;
    n = n * 256 + Number(p);
  }
  return n;
}
const intToV4 = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");

function checkV4(ip: string): GuardDecision {
  const n = v4ToInt(ip);
  if (n === null) return refuse("not an IP address");
  if (METADATA_V4.has(ip)) return refuse("a cloud metadata endpoint", true);
  for (const b of V4_TABLE) if (((n & b.mask) >>> 0) === b.base) return refuse(b.what);
  return ALLOW;
}

/** Eight 16-bit groups, or null. Accepts `::` compression, a dotted IPv4 tail and a `%zone`. */
export function parseIPv6(input: string): number[] | null {
  let s = input.replace(/^\[|\]$/g, "");
  const zone = s.indexOf("%");
  if (zone >= 0) s = s.slice(0, zone);
  if (net.isIPv6(s) === false) return null;
  // A dotted IPv4 tail (::ffff:127.0.0.1) becomes its two hex groups (::ffff:7f00:1).
  const lastColon = s.lastIndexOf(":");
  const tail = s.slice(lastColon + 1);
  if (tail.includes(".")) {
    const n = v4ToInt(tail);
    if (n === null) return null;
    s = `${s.slice(0, lastColon + 1)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, rest] = s.includes("::") ? s.split("::") : [s, null];
  const parse = (part: string | null | undefined) => (part ? part.split(":").map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = parse(rest);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (rest === null && missing !== 0)) return null;
  return [...left, ...new Array<number>(rest === null ? 0 : missing).fill(0), ...right];
}

function checkV6(ip: string): GuardDecision {
  const g = parseIPv6(ip);
  if (!g) return refuse("not an IP address");
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const v4 = (hi: number, lo: number) => intToV4(((hi << 16) | lo) >>> 0);
  // Forms that embed an IPv4 address are judged by it: ::ffff:127.0.0.1 is 127.0.0.1 to the kernel.
  const embedded = (label: string, inner: string): GuardDecision => {
    const d = checkV4(inner);
    return d.allowed ? d : refuse(`${d.reason} (${label} ${inner})`, d.always);
  };
  const zero5 = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (zero5 && g5 === 0 && g6 === 0 && g7 === 0) return refuse("unspecified (::)");
  if (zero5 && g5 === 0 && g6 === 0 && g7 === 1) return refuse("loopback");
  if (zero5 && g5 === 0xffff) return embedded("IPv4-mapped", v4(g6, g7));
  if (zero5 && g5 === 0) return embedded("IPv4-compatible", v4(g6, g7));
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0xffff && g5 === 0) return embedded("IPv4-translated", v4(g6, g7));
  if (g0 === 0x64 && g1 === 0xff9b && (g2 === 0 || g2 === 1)) return embedded("NAT64", v4(g6, g7));
  if (g0 === 0x2002) return embedded("6to4", v4(g1, g2));
  // Teredo carries the client's IPv4 address bit-inverted in the last 32 bits.
  if (g0 === 0x2001 && g1 === 0) return embedded("Teredo", v4(~g6 & 0xffff, ~g7 & 0xffff));
  if (g0 === 0xfd00 && g1 === 0xec2 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0 && g6 === 0 && g7 === 0x254)
    return refuse("a cloud metadata endpoint", true);
  if ((g0 & 0xfe00) === 0xfc00) return refuse("a private address (unique local fc00::/7)");
  if ((g0 & 0xffc0) === 0xfe80) return refuse("link-local");
  if ((g0 & 0xffc0) === 0xfec0) return refuse("a private address (site-local fec0::/10)");
  if ((g0 & 0xff00) === 0xff00) return refuse("multicast");
  if (g0 === 0x100 && g1 === 0 && g2 === 0 && g3 === 0) return refuse("reserved (discard-only 100::/64)");
  return ALLOW;
}

/** Whether a socket may connect to this IP address (pure; `allowPrivate` is applied by the callers). */
export function checkAddress(ip: string): GuardDecision {
  const bare = ip.replace(/^\[|\]$/g, "");
  if (net.isIPv4(bare)) return checkV4(bare);
  if (bare.includes(":")) return checkV6(bare);
  return refuse("not an IP address");
}

/** Host names that are dangerous whatever they resolve to. */
function checkHostName(host: string): GuardDecision {
  const name = host.toLowerCase().replace(/\.+$/, "");
  if (name === "localhost" || name.endsWith(".localhost")) return refuse("a loopback name");
  if (METADATA_NAMES.has(name)) return refuse("a cloud metadata endpoint", true);
  return ALLOW;
}

/** The check for a URL before any connection: literal IPs and names; other names are left to the lookup. */
export function checkUrlTarget(url: URL): GuardDecision {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (host === "") return refuse("an empty host");
  return net.isIP(host) ? checkAddress(host) : checkHostName(host);
}

/** Whether a decision stops the request under the given setting. */
const isRefused = (d: GuardDecision, allowPrivate: boolean): d is { allowed: false; reason: string; always?: boolean } =>
  !d.allowed && (d.always === true || !allowPrivate);

/** The sentence for a refusal. `subject` is "the address 127.0.0.1" or "x.test resolves to 10.0.0.1, which". */
function blockedError(url: string, subject: string, d: { reason: string; always?: boolean }): EngineFetchError {
  const hint = d.always
    ? "cloud metadata endpoints are always blocked"
    : // Said to the analyst, who cannot lift the guard (ENGINE_ALLOW_PRIVATE_NETWORKS, the README's).
      "the studio reads pages at public addresses only";
  return new EngineFetchError("blocked_address", url, `Refused to fetch ${url}: ${subject} is ${d.reason} (${hint})`);
}

/** Throws the refusal for a URL's literal host or dangerous name. */
export function assertUrlAllowed(url: URL, allowPrivate: boolean): void {
  const d = checkUrlTarget(url);
  if (!isRefused(d, allowPrivate)) return;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  throw blockedError(url.href, net.isIP(host) ? `the address ${host}` : `the host name ${host}`, d);
}

const defaultResolve: Resolve = (host) => dns.promises.lookup(host, { all: true });

/**
 * Resolves `host` and checks EVERY address. Choice: refuse if any address is blocked rather than pin the
 * first allowed one. A name answering with both a public and a private address is the classic rebinding
 * setup, and with happy-eyeballs (autoSelectFamily) node would try several of them; refusing is simpler
 * to reason about, and legitimate public sites do not publish private addresses.
 */
export async function resolveChecked(host: string, opts: { allowPrivate: boolean; resolve?: Resolve }): Promise<ResolvedAddress[]> {
  const fail = (subject: string, d: { reason: string; always?: boolean }) => blockedError(host, subject, d);
  const name = checkHostName(host);
  if (isRefused(name, opts.allowPrivate)) throw fail(`the host name ${host}`, name);
  if (net.isIP(host)) {
    const d = checkAddress(host);
    if (isRefused(d, opts.allowPrivate)) throw fail(`the address ${host}`, d);
    return [{ address: host, family: net.isIP(host) }];
  }
  const addresses = await (opts.resolve ?? defaultResolve)(host);
  if (addresses.length === 0) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
  for (const a of addresses) {
    const d = checkAddress(a.address);
    if (isRefused(d, opts.allowPrivate)) throw fail(`${host} resolves to ${a.address}, which`, d);
  }
  return addresses.map((a) => ({ address: a.address, family: a.family === 6 || net.isIPv6(a.address) ? 6 : 4 }));
}

/**
 * A `lookup` for net.connect / http.request / an Agent. It honours `options.all` (node's happy-eyeballs
 * asks for every address) and `options.family`, and calls back with the checked addresses themselves.
 */
export function guardedLookup(options: { allowPrivate: boolean; resolve?: Resolve }): net.LookupFunction {
  return (hostname, lookupOpts, callback) => {
    const o: dns.LookupOptions = typeof lookupOpts === "object" && lookupOpts !== null ? lookupOpts : { family: lookupOpts as number };
    resolveChecked(hostname, options).then(
      (checked) => {
        const wanted = o.family === 4 || o.family === 6 ? checked.filter((a) => a.family === o.family) : checked;
        const first = wanted[0];
        if (!first) return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" }), "");
        if (o.all) callback(null, wanted);
        else callback(null, first.address, first.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, ""),
    );
  };
}
