import "server-only";
import { ApiError } from "@/lib/errors";
import type { ExtractInput, ListParams, Task } from "@/lib/extract/types";
import { noResultError, type ExtractProvider, type ProviderTaskPage, type ResultStream } from "@/lib/extract/provider-types";
import { log, redact } from "@/lib/log";
import { guardResult } from "./result-stream";
import { LinkupTransport, maybeStarted } from "./transport";
import { upstreamWait } from "@/lib/api/timing";
import { linkupListSchema, linkupTaskSchema, type LinkupCreateBody, type LinkupTask } from "./schemas";

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
    // A failed task's reason is shown to the user: a secret echoed in it is blanked out.
    error: t.error == null ? null : redact(t.error),
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
  private readonly http: LinkupTransport;
  private readonly polls = new Map<string, { at: number; promise: Promise<LinkupTask> }>();

  constructor(private readonly opts: LinkupClientOptions) {
    this.origin = new URL(opts.baseUrl).origin;
    this.http = new LinkupTransport(opts);
  }

  async create(input: ExtractInput, signal?: AbortSignal): Promise<Task> {
    const body: LinkupCreateBody = { q: input.q, url: input.url, schema: input.schema, verifyUrls: input.verifyUrls };
    try {
      const res = await this.http.send({ method: "POST", url: this.api("/extract"), body, signal, auth: true });
      return toTask(await this.http.parse(res, linkupTaskSchema, "create"));
    } catch (err) {
      throw maybeStarted(err);
    }
  }

  async get(id: string, signal?: AbortSignal): Promise<Task> {
    return toTask(await this.getRaw(id, signal));
  }

  async list(params: ListParams, signal?: AbortSignal): Promise<ProviderTaskPage> {
    const query = new URLSearchParams({
      page: String(params.page),
      pageSize: String(params.pageSize),
      sortBy: params.sortBy,
      sortDirection: params.sortDirection,
    });
    const res = await this.http.send({ method: "GET", url: `${this.api("/extract")}?${query}`, signal, auth: true });
    const list = await this.http.parse(res, linkupListSchema, "list");
    const data: Task[] = [];
    const unreadableAt: number[] = [];
    list.data.forEach((raw, i) => {
      const task = linkupTaskSchema.safeParse(raw);
      if (task.success) return void data.push(toTask(task.data));
      unreadableAt.push(i);
      // The id (when there is one) lets whoever runs the studio look the task up; the analyst gets the count.
      const id = typeof raw === "object" && raw !== null && "id" in raw && typeof raw.id === "string" ? raw.id.slice(0, 128) : "(no id)";
      log.warn(`Linkup list: task ${id} could not be read and is left out of the list`, task.error.issues.slice(0, 5));
    });
    return { metadata: list.metadata, data, ...(unreadableAt.length > 0 ? { unreadable: unreadableAt.length, unreadableAt } : {}) };
  }

  /**
   * Opens the task's NDJSON result as a stream (never buffered). The link is time-limited: when it
   * has expired, the task is fetched again for a fresh link, once.
   */
  async openResult(id: string, signal?: AbortSignal): Promise<ResultStream> {
    let task = await this.getRaw(id, signal);
    // A coalesced task may carry a link signed a moment ago; one that is refused is re-fetched fresh below.
    for (let refreshed = false; ; refreshed = true) {
      if (task.status !== "completed") throw noResultError(task.status);
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
      const res = await this.http.send({
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
      return { body: guardResult(res.body, controller, rowsReturned, id, this.opts.resultIdleTimeoutMs, signal), rowsReturned, task: toTask(task) };
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
    const res = await this.http.send({ method: "GET", url: this.api(`/extract/${encodeURIComponent(id)}`), signal, auth: true });
    return this.http.parse(res, linkupTaskSchema, "get");
  }

  private api(path: string) {
    return `${this.opts.baseUrl}${path}`;
  }
}
