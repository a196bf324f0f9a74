/**
 * The one way the engine opens HTTP exchanges (pages, robots.txt, link checks): node:http/https with the
 * guard on every hop. Not global fetch: undici would resolve names itself, out of the guard's reach.
 */
import http from "node:http";
import https from "node:https";
import zlib from "node:zlib";
import { abortError, EngineFetchError, seconds } from "./errors";
import { assertUrlAllowed, guardedLookup, type Resolve } from "./guard";
import { hasUserInfo, shownUrl } from "./user-info";

export const DEFAULT_USER_AGENT = "ExtractStudio/0.1 (+https://github.com/extract-studio; embedded engine)";

export interface GuardSettings {
  allowPrivate: boolean;
  /** The DNS step under the guard (tests stub it; default dns.promises.lookup with all: true). */
  resolve?: Resolve;
}
export interface Agents {
  http: http.Agent;
  https: https.Agent;
}

/**
 * Agents carry the guarded lookup in their own options, so a pooled keep-alive socket can only ever have
 * been opened under the same guard settings. (Node's global agent keys its pool by host:port only: a
 * socket opened with private networks allowed could otherwise be reused by a request that forbids them.)
 */
export function makeAgents(guard: GuardSettings, opts: { keepAlive: boolean; maxSockets?: number }): Agents {
  const lookup = guardedLookup(guard);
  const common = { keepAlive: opts.keepAlive, maxSockets: opts.maxSockets ?? Infinity, lookup };
  return { http: new http.Agent(common), https: new https.Agent(common) };
}

// Shared by every fetchPage call with the default resolver, one pair per setting.
const shared = new Map<boolean, Agents>();
export function sharedAgents(guard: GuardSettings): Agents | null {
  if (guard.resolve) return null;
  let a = shared.get(guard.allowPrivate);
  if (!a) shared.set(guard.allowPrivate, (a = makeAgents(guard, { keepAlive: true, maxSockets: 16 })));
  return a;
}

/**
 * A signal that fires at the deadline (the whole exchange, body included) or when the caller aborts.
 * `settle` turns whatever the aborted stream threw into the error to report.
 */
export function deadline(timeoutMs: number, parent?: AbortSignal) {
  const ctl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctl.abort(new Error("timeout"));
  }, timeoutMs);
  const onAbort = () => ctl.abort(abortError());
  if (parent?.aborted) onAbort();
  else parent?.addEventListener("abort", onAbort, { once: true });
  return {
    signal: ctl.signal,
    done() {
      clearTimeout(timer);
      parent?.removeEventListener("abort", onAbort);
    },
    settle(err: unknown, url: string): unknown {
      if (timedOut) return new EngineFetchError("timeout", url, `${url} did not answer within ${seconds(timeoutMs)}. The site may be slow or down; try again later.`);
      if (parent?.aborted) return abortError();
      return err;
    },
  };
}

export interface ExchangeOptions {
  method: "GET" | "HEAD";
  headers: Record<string, string>;
  guard: GuardSettings;
  agents: Agents;
  signal: AbortSignal;
}

const describeNetworkError = (url: URL, err: NodeJS.ErrnoException): string => {
  const host = url.host;
  switch (err.code) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `The host ${url.hostname} could not be found (DNS). Check the URL for typos.`;
    case "ECONNREFUSED":
      return `${host} refused the connection: nothing is listening there. Check the URL and port.`;
    case "ECONNRESET":
      return `${host} closed the connection unexpectedly. Try again later.`;
    default:
      return `Could not read ${url.href}: ${err.message}${err.code ? ` (${err.code})` : ""}.`;
  }
};

/** Why a request to `url` is refused for its user info (net/user-info.ts), without showing it. */
export function credentialsRefusal(url: URL): EngineFetchError {
  const shown = shownUrl(url);
  return new EngineFetchError("credentials", shown, `Refused to fetch ${shown}: the address holds a user name and password, and the engine sends no credentials.`);
}

/** One request, no redirects. Resolves with the response head; the body is the caller's to read or drop. */
function exchange(url: URL, o: ExchangeOptions): Promise<http.IncomingMessage> {
  // node:http would send the user info as an Authorization header: whatever the caller, never.
  if (hasUserInfo(url)) return Promise.reject(credentialsRefusal(url));
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return Promise.reject(new EngineFetchError("bad_url", url.href, `Only http and https URLs can be fetched, not ${url.protocol.replace(":", "")}: ${url.href}`));
  try {
    assertUrlAllowed(url, o.guard.allowPrivate);
  } catch (err) {
    return Promise.reject(err);
  }
  if (o.signal.aborted) return Promise.reject(o.signal.reason);
  const mod = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(url, {
      method: o.method,
      headers: o.headers,
      agent: url.protocol === "https:" ? o.agents.https : o.agents.http,
      signal: o.signal,
    });
    req.once("response", (res) => {
      // A response cut off later (deadline, dropped connection) emits 'error'; readers that care see it
      // through their iteration, the others must not crash the process with an unhandled event.
      res.on("error", () => {});
      resolve(res);
    });
    // `on`, not `once`: a request can fail again after its response arrived.
    req.on("error", (err: NodeJS.ErrnoException) => {
      if (o.signal.aborted) return reject(o.signal.reason);
      if (err instanceof EngineFetchError && err.code === "blocked_address") {
        // The lookup knew only the host name; say which URL was refused.
        return reject(new EngineFetchError("blocked_address", url.href, err.message.replace(`Refused to fetch ${url.hostname}:`, `Refused to fetch ${url.href}:`)));
      }
      if (err instanceof EngineFetchError) return reject(err);
      reject(new EngineFetchError("network", url.href, describeNetworkError(url, err), { cause: err }));
    });
    req.end();
  });
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export interface FollowOptions extends ExchangeOptions {
  maxRedirects: number;
  /**
   * Runs before each redirect is followed and may throw to stop there. The guard only knows addresses;
   * this is where policies about the URL itself (robots.txt) see every hop, not just the first.
   */
  beforeRedirect?: (next: URL) => Promise<void>;
}

/** Follows redirects by hand so that every hop goes through `exchange` (and so through the guard). */
export async function exchangeFollowing(start: URL, o: FollowOptions) {
  const redirects: string[] = [];
  const seen = new Set([start.href]);
  let url = start;
  for (;;) {
    const res = await exchange(url, o);
    const location = res.headers.location;
    if (!REDIRECTS.has(res.statusCode ?? 0) || !location) return { res, url, redirects };
    // A short redirect body is drained so the keep-alive socket can be reused; a long one is not worth it.
    if (Number(res.headers["content-length"] ?? Infinity) <= 65536) res.resume();
    else res.destroy();
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      throw new EngineFetchError("bad_url", url.href, `${url.href} redirects to an invalid URL (${location}).`);
    }
    next.hash = "";
    // Before anything else can name it in a message: a site handing out credentials in a redirect
    // means them to be sent, and the engine sends none (following it without them would read some
    // other page than the one the site meant). The address is shown without them.
    if (hasUserInfo(next)) {
      const shown = shownUrl(next);
      throw new EngineFetchError(
        "credentials",
        shown,
        `${url.href} redirects to ${shown} with a user name and password in the address; the engine sends no credentials a page gives it, so it does not follow that redirect.`,
      );
    }
    if (seen.has(next.href))
      throw new EngineFetchError("too_many_redirects", next.href, `${start.href} redirects in a loop (back to ${next.href}); the site is misconfigured or needs cookies the engine does not keep.`);
    if (redirects.length >= o.maxRedirects)
      throw new EngineFetchError("too_many_redirects", next.href, `${start.href} redirected more than ${o.maxRedirects} times; open the last address (${url.href}) to see where it leads.`);
    await o.beforeRedirect?.(next);
    seen.add(next.href);
    redirects.push(next.href);
    url = next;
  }
}

/**
 * The body, decompressed, at most `maxBytes` both before and after decompression (a small gzip can
 * inflate to gigabytes). `truncate` keeps the first `maxBytes` instead of failing (robots.txt).
 */
export async function readBody(res: http.IncomingMessage, url: string, o: { maxBytes: number; truncate?: boolean }): Promise<Buffer> {
  const tooLarge = () =>
    new EngineFetchError("too_large", url, `${url} is larger than ${Math.round(o.maxBytes / 1e5) / 10} MB, the most the engine reads from one page.`);
  const declared = Number(res.headers["content-length"]);
  if (!o.truncate && Number.isFinite(declared) && declared > o.maxBytes) {
    res.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res as AsyncIterable<Buffer>) {
    size += chunk.length;
    chunks.push(chunk);
    if (size > o.maxBytes) {
      res.destroy();
      if (!o.truncate) throw tooLarge();
      break;
    }
  }
  let body: Buffer = Buffer.concat(chunks);
  const codings = (res.headers["content-encoding"] ?? "").toLowerCase().split(",").map((c) => c.trim()).filter((c) => c && c !== "identity");
  for (const coding of codings.reverse()) {
    try {
      body = await decompress(body, coding, o.maxBytes);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw tooLarge();
      throw new EngineFetchError("network", url, `${url} sent a corrupt ${coding}-compressed body.`, { cause: err });
    }
  }
  return o.truncate && body.length > o.maxBytes ? body.subarray(0, o.maxBytes) : body;
}

function decompress(buf: Buffer, coding: string, maxOutputLength: number): Promise<Buffer> {
  // Z_SYNC_FLUSH: accept truncated streams like browsers do instead of failing the whole page.
  const opts = { maxOutputLength, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  return new Promise((resolve, reject) => {
    const done = (err: Error | null, out: Buffer) => (err ? reject(err) : resolve(out));
    if (coding === "gzip" || coding === "x-gzip") zlib.gunzip(buf, opts, done);
    // "deflate" should be zlib-wrapped, but some servers send raw deflate: a zlib header is 0x?8 with
    // (b0 * 256 + b1) divisible by 31.
    else if (coding === "deflate")
      (buf.length >= 2 && (buf[0]! & 0x0f) === 8 && (buf[0]! * 256 + buf[1]!) % 31 === 0 ? zlib.inflate : zlib.inflateRaw)(buf, opts, done);
    else if (coding === "br")
      zlib.brotliDecompress(buf, { maxOutputLength, finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH }, done);
    else resolve(buf); // unknown coding: hand the bytes on; the charset step will show if they are garbage
  });
}
