import "server-only";
import type { z } from "zod";
import { ApiError } from "@/lib/errors";
import type { ExtractInput, ListParams, Task, TaskPage } from "@/lib/extract/types";
import type { ExtractProvider, ResultStream } from "@/lib/extract/provider-types";
import { log } from "@/lib/log";
import { CompletenessCheck } from "./completeness";
import { mapLinkupError, parseRetryAfter } from "./errors";
import { upstreamWait } from "@/lib/api/timing";
import {
  linkupErrorSchema,
  linkupListSchema,
  linkupTaskSchema,
  type LinkupCreateBody,
  type LinkupTask,
} from "./schemas";

export interface LinkupClientOptions {
  baseUrl: string;
  apiKey: string;
  /** Per attempt: the whole exchange for API calls, the wait for headers for the result file. */
  timeoutMs: number;
  /** Attempts for GETs. A POST is sent exactly once: a retry could start, and bill, a second task. */
  maxAttempts: number;
  /** A result download that stalls this long between chunks is abandoned. */
  resultIdleTimeoutMs?: number;
  backoffBaseMs?: number;
  backoffCapMs?: number;
  /** A Retry-After longer than this is not waited out: the caller gets `rate_limited` at once. */
  maxRetryAfterMs?: number;
  /**
   * Polls of one task are coalesced: callers within this window (any number of open tabs) share
   * one upstream GET. Linkup asks for no more than one poll per second.
   */
  pollCoalesceMs?: number;
}

interface SendOptions {
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

/** Resolves with `promise`, or rejects as soon as `signal` aborts (the shared promise goes on). */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener("abort", onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(e);
      },
    );
  });
}

function toTask(t: LinkupTask): Task {
  return {
    id: t.id,
    status: t.status,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    error: t.error ?? null,
    input: {
      q: t.input.q,
      url: t.input.url,
      schema: t.input.schema ?? null,
      verifyUrls: t.input.verifyUrls ?? false,
    },
    output: t.output ? { creditsUsed: t.output.creditsUsed ?? 0, rowsReturned: t.output.rowsReturned ?? 0 } : null,
  };
}

/** The one adapter to Linkup's /v1/extract. Returns the studio's own types; vendor shapes stay here. */
export class LinkupClient implements ExtractProvider {
  readonly name = "linkup" as const;
  private readonly origin: string;
  private readonly polls = new Map<string, { at: number; promise: Promise<LinkupTask> }>();

  constructor(private readonly opts: LinkupClientOptions) {
    this.origin = new URL(opts.baseUrl).origin;
  }

  async create(input: ExtractInput, signal?: AbortSignal): Promise<Task> {
    const body: LinkupCreateBody = { q: input.q, url: input.url, schema: input.schema, verifyUrls: input.verifyUrls };
    try {
      const res = await this.send({ method: "POST", url: this.api("/extract"), body, signal, auth: true });
      return toTask(await this.parse(res, linkupTaskSchema, "create"));
    } catch (err) {
      throw maybeStarted(err);
    }
  }

  async get(id: string, signal?: AbortSignal): Promise<Task> {
    return toTask(await this.getRaw(id, signal));
  }

  async list(params: ListParams, signal?: AbortSignal): Promise<TaskPage> {
    const query = new URLSearchParams({
      page: String(params.page),
      pageSize: String(params.pageSize),
      sortBy: params.sortBy,
      sortDirection: params.sortDirection,
    });
    const res = await this.send({ method: "GET", url: `${this.api("/extract")}?${query}`, signal, auth: true });
    const list = await this.parse(res, linkupListSchema, "list");
    return { metadata: list.metadata, data: list.data.map(toTask) };
  }

  /**
   * Opens the task's NDJSON result as a stream (never buffered). The link is time-limited: when it
   * has expired, the task is fetched again for a fresh link, once.
   */
  async openResult(id: string, signal?: AbortSignal): Promise<ResultStream> {
    let task = await this.getRaw(id, signal);
    // A coalesced task may carry a link signed a moment ago; one that is refused is re-fetched fresh below.
    for (let refreshed = false; ; refreshed = true) {
      if (task.status !== "completed") throw new ApiError("result_not_ready");
      const rowsReturned = task.output?.rowsReturned ?? 0;
      const link = task.output?.resultUrl;
      if (!link) {
        if (rowsReturned === 0) return { body: new ReadableStream({ start: (c) => c.close() }), rowsReturned: 0, task: toTask(task) };
        throw new ApiError("bad_upstream_response", "Linkup reported rows for this task but gave no link to download them.");
      }
      let url: URL;
      try {
        url = new URL(link, this.opts.baseUrl);
      } catch {
        throw new ApiError("bad_upstream_response", "Linkup gave an invalid result link for this task.");
      }
      const controller = new AbortController();
      const combined = signal ? AbortSignal.any([signal, controller.signal]) : controller.signal;
      const res = await this.send({
        method: "GET",
        url: url.href,
        signal: combined,
        headersTimeoutOnly: true,
        // The key only ever goes to Linkup's own origin, never to a storage host behind a signed link.
        auth: url.origin === this.origin,
        raw: true,
      });
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        // Signed links answer 401/403/404/410 once expired (S3-style); a fresh GET signs a new one.
        if ([401, 403, 404, 410].includes(res.status) && !refreshed) {
          log.info(`result link for task ${id} was refused with HTTP ${res.status} (expired?); getting a fresh link`);
          task = await this.fetchTask(id, signal);
          continue;
        }
        log.warn(`result download for task ${id} failed with HTTP ${res.status}`);
        throw new ApiError("upstream_error", `The result file could not be downloaded from Linkup (HTTP ${res.status}). Try again in a moment.`);
      }
      if (!res.body) {
        if (rowsReturned === 0) return { body: new ReadableStream({ start: (c) => c.close() }), rowsReturned, task: toTask(task) };
        throw new ApiError("bad_upstream_response", "Linkup sent an empty result file for a task that reported rows. Try again.");
      }
      return { body: this.guard(res.body, controller, rowsReturned, id, signal), rowsReturned, task: toTask(task) };
    }
  }

  /** One upstream GET per task per coalescing window, shared by every caller in it. */
  private getRaw(id: string, signal?: AbortSignal): Promise<LinkupTask> {
    const window = this.opts.pollCoalesceMs ?? 1_000;
    const now = Date.now();
    const recent = this.polls.get(id);
    // A caller that shares another's GET waits on the upstream too (the first caller's wait is
    // counted inside send).
    if (recent && now - recent.at < window) return upstreamWait(signal ? raceAbort(recent.promise, signal) : recent.promise);
    // Not tied to one caller's signal: others share the answer (each still gets its own timeout).
    const promise = this.fetchTask(id);
    this.polls.set(id, { at: now, promise });
    promise.catch(() => this.polls.delete(id));
    if (this.polls.size > 1_000) {
      for (const [key, value] of this.polls) if (now - value.at >= window) this.polls.delete(key);
    }
    return signal ? raceAbort(promise, signal) : promise;
  }

  private async fetchTask(id: string, signal?: AbortSignal): Promise<LinkupTask> {
    const res = await this.send({ method: "GET", url: this.api(`/extract/${encodeURIComponent(id)}`), signal, auth: true });
    return this.parse(res, linkupTaskSchema, "get");
  }

  private api(path: string) {
    return `${this.opts.baseUrl}${path}`;
  }

  private backoff(attempt: number) {
    const base = this.opts.backoffBaseMs ?? 250;
    const cap = this.opts.backoffCapMs ?? 5_000;
    // "Full jitter": spreads retries from many clients instead of synchronising them.
    return Math.random() * Math.min(cap, base * 2 ** (attempt - 1));
  }

  private async send(o: SendOptions): Promise<Response> {
    const attempts = o.method === "GET" ? Math.max(1, this.opts.maxAttempts) : 1;
    const path = new URL(o.url).pathname;
    for (let attempt = 1; ; attempt++) {
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
        log.info(`Linkup ${o.method} ${path} → HTTP ${res.status} (attempt ${attempt} of ${attempts}); retrying in ${Math.round(waitMs)} ms`);
        await upstreamWait(sleep(waitMs, o.signal));
        continue;
      }
      if (o.raw) return res;
      throw await this.errorFrom(res, o.method, path, retryAfter);
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

  private async parse<T>(res: Response, schema: z.ZodType<T>, what: string): Promise<T> {
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

  /**
   * Pull-based wrapper: reads the next upstream chunk only when our consumer asks for one (so a slow
   * browser slows the download instead of filling memory), gives up when upstream stalls, and
   * errors instead of ending when the file is incomplete, so that a consumer never mistakes a
   * download that broke off for the whole result (the rows route then aborts its response).
   */
  private guard(
    body: ReadableStream<Uint8Array>,
    controller: AbortController,
    rowsReturned: number,
    id: string,
    callerSignal?: AbortSignal,
  ): ReadableStream<Uint8Array> {
    const reader = body.getReader();
    const idleMs = this.opts.resultIdleTimeoutMs ?? 60_000;
    const completeness = new CompletenessCheck();
    return new ReadableStream<Uint8Array>(
      {
        async pull(out) {
          const timer = setTimeout(() => controller.abort(new DOMException("stalled", "TimeoutError")), idleMs);
          try {
            const { done, value } = await reader.read();
            if (!done) {
              completeness.push(value);
              out.enqueue(value);
              return;
            }
            const problem = completeness.end(rowsReturned);
            if (!problem) return out.close();
            log.warn(`result download for task ${id} ended early: ${problem}`);
            out.error(new ApiError("upstream_unavailable", "The result file from Linkup ended before every row had arrived. Try again.", { cause: problem }));
          } catch (err) {
            // The reader went away (closed tab, cancelled export): nothing to report.
            if (callerSignal?.aborted) return out.error(callerSignal.reason);
            const stalled = controller.signal.aborted;
            log.warn(`result download for task ${id} ${stalled ? `stalled for ${idleMs} ms` : "broke off"} after ${completeness.lines} line(s)`, err);
            out.error(
              stalled
                ? new ApiError("upstream_timeout", "Linkup stopped sending the result file. Try again.", { cause: err })
                : new ApiError("upstream_unavailable", "The download of the result from Linkup broke off. Try again.", { cause: err }),
            );
          } finally {
            clearTimeout(timer);
          }
        },
        cancel(reason) {
          return reader.cancel(reason);
        },
      },
      { highWaterMark: 0 },
    );
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
function maybeStarted(err: unknown): unknown {
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
