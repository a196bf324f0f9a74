/**
 * The client's HTTP to Linkup: one request with its timeout, retries with backoff (for GETs only),
 * Linkup's error bodies turned into the studio's ApiError, and JSON answers checked against their
 * zod schema. It sends the API key, so it is server-only like the client.
 */
import "server-only";
import type { z } from "zod";
import { ApiError } from "@/lib/errors";
import { log } from "@/lib/log";
import { upstreamWait } from "@/lib/api/timing";
import type { LinkupClientOptions } from "./client";
import { mapLinkupError, parseRetryAfter, rateLimitedFor } from "./errors";
import { linkupErrorSchema } from "./schemas";

export interface SendOptions {
  method: "GET" | "POST";
  url: string;
  body?: unknown;
  signal?: AbortSignal;
  /** Only the wait for response headers is timed (result downloads can legitimately take minutes). */
  headersTimeoutOnly?: boolean;
  auth: boolean;
  /** Hand back a final non-2xx response instead of throwing (the caller reads the status). */
  raw?: boolean;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/** Sends LinkupClient's requests and reads Linkup's answers (errors, JSON) into the studio's terms. */
export class LinkupTransport {
  /**
   * Until when Linkup asked, with a 429's Retry-After, to be sent nothing. Every caller shares it: an
   * open task page polling, the tasks list refreshing and a new Run would each otherwise ask again at
   * once, get 429 again and prolong the limit.
   */
  private quietUntil = 0;

  constructor(private readonly opts: LinkupClientOptions) {}

  /**
   * Holds a call to Linkup's own API back while it is rate-limiting the studio: a GET with attempts
   * left waits out a short remainder (it would only get another 429), anything else is answered here,
   * with the wait, without a request. Result files on another host are not Linkup's API.
   */
  private async whenQuiet(o: SendOptions, attemptsLeft: boolean) {
    const remaining = this.quietUntil - Date.now();
    if (!o.auth || remaining <= 0) return;
    if (attemptsLeft && remaining <= (this.opts.maxRetryAfterMs ?? 10_000)) return upstreamWait(sleep(remaining, o.signal));
    throw rateLimitedFor(Math.ceil(remaining / 1000));
  }

  private quietFor(seconds: number | undefined) {
    if (seconds !== undefined) this.quietUntil = Math.max(this.quietUntil, Date.now() + seconds * 1000);
  }

  private backoff(attempt: number) {
    const base = this.opts.backoffBaseMs ?? 250;
    const cap = this.opts.backoffCapMs ?? 5_000;
    // "Full jitter": spreads retries from many clients instead of synchronising them.
    return Math.random() * Math.min(cap, base * 2 ** (attempt - 1));
  }

  async send(o: SendOptions): Promise<Response> {
    const attempts = o.method === "GET" ? Math.max(1, this.opts.maxAttempts) : 1;
    const path = new URL(o.url).pathname;
    for (let attempt = 1; ; attempt++) {
      await this.whenQuiet(o, attempt < attempts);
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(new DOMException("timed out", "TimeoutError")), this.opts.timeoutMs);
      timer.unref?.();
      const signal = o.signal ? AbortSignal.any([o.signal, timeout.signal]) : timeout.signal;
      let res: Response;
      try {
        const headers: Record<string, string> = { accept: o.body === undefined ? "application/json, application/x-ndjson" : "application/json" };
        if (o.auth) headers.authorization = `Bearer ${this.opts.apiKey}`;
        if (o.body !== undefined) headers["content-type"] = "application/json";
        res = await upstreamWait(
          fetch(o.url, {
            method: o.method,
            headers,
            body: o.body === undefined ? undefined : JSON.stringify(o.body),
            signal,
            cache: "no-store",
          }),
        );
      } catch (err) {
        clearTimeout(timer);
        if (o.signal?.aborted) throw o.signal.reason ?? err;
        const timedOut = timeout.signal.aborted;
        if (attempt < attempts) {
          const wait = this.backoff(attempt);
          log.info(`Linkup ${o.method} ${path} ${timedOut ? "timed out" : "failed"} (attempt ${attempt} of ${attempts}); retrying in ${Math.round(wait)} ms`, err);
          await upstreamWait(sleep(wait, o.signal));
          continue;
        }
        log.warn(`Linkup ${o.method} ${path} failed after ${attempt} attempt(s)`, err);
        if (timedOut) throw new ApiError("upstream_timeout", undefined, { cause: err });
        // Refused or unresolvable: the address is wrong or Linkup is down (the default message says
        // where to look). Anything else reached Linkup and then broke off.
        const brokeOff = causeCode(err) === undefined;
        throw new ApiError("upstream_unavailable", brokeOff ? "The connection to Linkup broke off. Try again in a moment." : undefined, { cause: err });
      }
      // API calls stay timed while their (small) body is read; a result download only until headers.
      if (o.headersTimeoutOnly) clearTimeout(timer);
      if (res.ok) return res;

      const retryAfter = parseRetryAfter(res.headers.get("retry-after"));
      const retryable = res.status >= 500 || res.status === 429 || res.status === 408;
      const waitMs = retryAfter !== undefined ? retryAfter * 1000 : this.backoff(attempt);
      if (retryable && attempt < attempts && waitMs <= (this.opts.maxRetryAfterMs ?? 10_000)) {
        await res.body?.cancel().catch(() => undefined);
        if (res.status === 429 && o.auth) this.quietFor(retryAfter);
        log.info(`Linkup ${o.method} ${path} → HTTP ${res.status} (attempt ${attempt} of ${attempts}); retrying in ${Math.round(waitMs)} ms`);
        await upstreamWait(sleep(waitMs, o.signal));
        continue;
      }
      if (o.raw) return res;
      const err = await this.errorFrom(res, o.method, path, retryAfter);
      // Only a rate limit holds every call back: a Retry-After on "out of credit" concerns new tasks.
      if (err.code === "rate_limited" && o.auth) this.quietFor(err.retryAfter);
      throw err;
    }
  }

  private async errorFrom(res: Response, method: string, path: string, retryAfter: number | undefined): Promise<ApiError> {
    const text = await res.text().catch(() => "");
    let body: z.infer<typeof linkupErrorSchema> | null = null;
    try {
      const parsed = linkupErrorSchema.safeParse(JSON.parse(text));
      if (parsed.success) body = parsed.data;
    } catch {
      // An HTML error page or a truncated body: the status decides.
    }
    const err = mapLinkupError(res.status, body, retryAfter);
    log.warn(
      `Linkup ${method} ${path} → HTTP ${res.status} ${body?.error.code ?? "(no error body)"}: ${body?.error.message ?? text.slice(0, 200)}`,
    );
    return err;
  }

  async parse<T>(res: Response, schema: z.ZodType<T>, what: string): Promise<T> {
    let json: unknown;
    try {
      json = await res.json();
    } catch (err) {
      log.warn(`Linkup ${what}: response was not JSON`, err);
      throw new ApiError("bad_upstream_response", undefined, { cause: err });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      log.warn(`Linkup ${what}: unexpected response shape`, parsed.error.issues.slice(0, 5));
      throw new ApiError("bad_upstream_response");
    }
    return parsed.data;
  }
}

/** Connection errors that prove the request never reached Linkup. */
const NEVER_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

function causeCode(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && NEVER_SENT.has(code)) return code;
  }
  return undefined;
}

/**
 * A create that timed out, broke off or got an unreadable answer may still have started (and
 * billed) a task on Linkup's side: the user is told to look before running it again.
 */
export function maybeStarted(err: unknown): unknown {
  if (!(err instanceof ApiError)) return err;
  const ambiguous =
    err.code === "upstream_timeout" || err.code === "bad_upstream_response" || (err.code === "upstream_unavailable" && causeCode(err) === undefined);
  if (!ambiguous) return err;
  const what = {
    upstream_timeout: "Linkup did not answer in time",
    bad_upstream_response: "Linkup's answer could not be read",
    upstream_unavailable: "The connection to Linkup broke off",
  }[err.code as "upstream_timeout" | "bad_upstream_response" | "upstream_unavailable"];
  return new ApiError(err.code, `${what}, so the extraction may have started anyway. Check the tasks list before running it again.`, {
    cause: err.cause,
  });
}
