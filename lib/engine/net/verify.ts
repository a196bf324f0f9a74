/**
 * Link checking for `verifyUrls`: is each URL alive (a 2xx after redirects)? HEAD first, GET when the
 * server does not do HEAD properly; every hop under the guard; keep-alive agents so a thousand links on
 * a few hosts reuse a handful of connections.
 */
import { getMaxListeners, setMaxListeners } from "node:events";
import type { IncomingMessage } from "node:http";
import { abortError, EngineFetchError } from "./errors";
import type { Resolve } from "./guard";
import { DEFAULT_USER_AGENT, deadline, exchangeFollowing, makeAgents, type Agents } from "./transport";

export interface VerifyOptions {
  /** Checks in flight at once. Default 16. */
  concurrency?: number;
  /** Per request (the HEAD, and the GET fallback if any). Default 5 000. */
  timeoutMs?: number;
  allowPrivate: boolean;
  userAgent?: string;
  /** Default 5. */
  maxRedirects?: number;
  /** The DNS step under the guard (tests). */
  resolve?: Resolve;
  signal?: AbortSignal;
  /**
   * Time for all the checks together. Past it no check starts and those in flight are abandoned:
   * their URLs are left out of the answer (unchecked, which is not dead). Default: no limit.
   */
  budgetMs?: number;
}

export interface VerifyResult {
  ok: boolean;
  /** The final status, when there was an answer. */
  status?: number;
  /** Why it is not ok, as a sentence. */
  reason?: string;
}

/** HEAD answers that often mean "this server does not do HEAD", not "this link is dead". */
const RETRY_WITH_GET = new Set([403, 405, 501]);
/** Errors a GET would not change. */
const FINAL_ERRORS = new Set(["blocked_address", "timeout", "bad_url", "too_many_redirects", "credentials"]);
/** A GET body up to this size is drained so the socket stays in the pool; a longer one is cut off. */
const DRAIN_LIMIT = 16 * 1024;

/** Settles when the body ended, failed, was cut by the deadline, or passed `limit` (then destroyed). */
function drainSome(res: IncomingMessage, limit: number): Promise<void> {
  return new Promise((resolve) => {
    let size = 0;
    res.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        res.destroy();
        resolve();
      }
    });
    res.once("end", resolve).once("close", resolve).once("error", resolve);
  });
}

type Attempt = { status: number; statusText: string } | { error: EngineFetchError };

/**
 * Checks every distinct URL once. Choice: URLs that are not http(s) (or not URLs) are reported not ok
 * with a reason rather than skipped, so every input has an answer and the caller decides — except,
 * when `budgetMs` runs out, the URLs not checked by then, which have none.
 * robots.txt is not consulted: a HEAD per link is not crawling, and checking robots would cost a fetch
 * per origin for a verdict on a single request.
 */
export async function verifyUrls(urls: string[], opts: VerifyOptions): Promise<Map<string, VerifyResult>> {
  const unique = [...new Set(urls)];
  const results = new Map<string, VerifyResult>();
  const concurrency = Math.max(1, opts.concurrency ?? 16);
  // A link per row, up to 5 s each (twice with the GET), on a slow host: without an overall limit,
  // tens of thousands of rows would hold an engine slot for hours.
  const budget = opts.budgetMs === undefined ? null : new AbortController();
  const timer = budget ? setTimeout(() => budget.abort(), opts.budgetMs) : undefined;
  const signal = budget ? (opts.signal ? AbortSignal.any([opts.signal, budget.signal]) : budget.signal) : opts.signal;
  // Every check in flight listens for the abort: up to `concurrency` listeners at once, past Node's
  // default of 10, which warns of a leak (MaxListenersExceededWarning) where there is none. The
  // signals are allowed that many (and the few their owner adds) for the run.
  for (const s of new Set([opts.signal, signal])) if (s) setMaxListeners(Math.max(getMaxListeners(s), concurrency + 10), s);
  const checkOpts = { ...opts, signal };
  const agents = makeAgents({ allowPrivate: opts.allowPrivate, resolve: opts.resolve }, { keepAlive: true, maxSockets: concurrency });
  let next = 0;
  const worker = async () => {
    while (next < unique.length && !signal?.aborted) {
      const url = unique[next++]!;
      try {
        results.set(url, await check(url, checkOpts, agents));
      } catch (err) {
        // The budget ran out during this check: it stays unchecked. The caller's own abort goes on up.
        if (opts.signal?.aborted || !budget?.signal.aborted) throw err;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, unique.length) }, worker));
  } finally {
    clearTimeout(timer);
    agents.http.destroy();
    agents.https.destroy();
  }
  if (opts.signal?.aborted) throw abortError();
  return results;
}

async function check(raw: string, opts: VerifyOptions, agents: Agents): Promise<VerifyResult> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: "Not a valid URL." };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, reason: `Only http(s) links are checked, not ${url.protocol}` };
  let got = await attempt(url, "HEAD", opts, agents);
  const retry = "error" in got ? !FINAL_ERRORS.has(got.error.code) : RETRY_WITH_GET.has(got.status);
  if (retry) got = await attempt(url, "GET", opts, agents);
  if ("error" in got) return { ok: false, reason: got.error.message };
  const ok = got.status >= 200 && got.status < 300;
  return ok ? { ok, status: got.status } : { ok, status: got.status, reason: `The link answered ${got.status}${got.statusText ? ` ${got.statusText}` : ""}.` };
}

async function attempt(url: URL, method: "HEAD" | "GET", opts: VerifyOptions, agents: Agents): Promise<Attempt> {
  const timeoutMs = opts.timeoutMs ?? 5_000;
  const d = deadline(timeoutMs, opts.signal);
  try {
    const { res } = await exchangeFollowing(url, {
      method,
      headers: { "user-agent": opts.userAgent ?? DEFAULT_USER_AGENT, accept: "*/*", "accept-encoding": "identity" },
      guard: { allowPrivate: opts.allowPrivate, resolve: opts.resolve },
      agents,
      signal: d.signal,
      maxRedirects: opts.maxRedirects ?? 5,
    });
    // Only the status matters. A GET body is read up to a few KB so that a short page leaves its
    // keep-alive socket reusable; a longer one is cut off (costs the socket, not a download).
    if (method === "GET") await drainSome(res, DRAIN_LIMIT);
    else res.resume();
    return { status: res.statusCode ?? 0, statusText: res.statusMessage ?? "" };
  } catch (err) {
    const settled = d.settle(err, url.href);
    if (settled instanceof EngineFetchError) return { error: settled };
    if (settled instanceof Error && settled.name === "AbortError") throw settled;
    const message = settled instanceof Error ? settled.message : String(settled);
    return { error: new EngineFetchError("network", url.href, `Could not check ${url.href}: ${message}`) };
  } finally {
    d.done();
  }
}
