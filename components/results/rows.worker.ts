/**
 * The rows Web Worker: fetches a task's NDJSON, decodes it (lib/ndjson/decoder), checks every row
 * against the task's schema (lib/validation/row-validator) and posts rows to the main thread in
 * batches. The main thread never parses or validates. Protocol: ./row-stream-protocol.
 *
 * Created by use-row-stream.ts with `new Worker(new URL("./rows.worker.ts", import.meta.url), { type: "module" })`.
 */
import { NdjsonDecoder, type NdjsonItem } from "@/lib/ndjson/decoder";
import { ProfileBuilder } from "@/lib/results/profile";
import type { RowValidator } from "@/lib/validation/row-validator";
import { batching, MAX_MALFORMED_KEPT, type MainToWorker, type MalformedLine, type RowInvalidity, type StartMessage, type WorkerToMain } from "./row-stream-protocol";

interface WorkerScope {
  location: { href: string };
  postMessage(message: WorkerToMain): void;
  addEventListener(type: "message", listener: (event: MessageEvent<MainToWorker>) => void): void;
}

const scope = self as unknown as WorkerScope;
const post = (message: WorkerToMain) => scope.postMessage(message);

/** The running load: its abort switch and its flow-control credits. */
interface Load {
  abort: AbortController;
  credits: number;
  /** Resolves when a credit comes back (or the load is aborted). */
  waiting: (() => void) | null;
}

let current: Load | null = null;

const headerNumber = (res: Response, name: string): number | null => {
  const raw = res.headers.get(name);
  if (raw === null || raw.trim() === "") return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
};

async function run({ url, schema }: StartMessage, load: Load) {
  const { abort } = load;
  // The request goes out first; Ajv (a chunk of its own, loaded on demand) loads and compiles the
  // schema while it is on its way.
  const response = fetch(new URL(url, scope.location.href), { signal: abort.signal, cache: "no-store" });
  response.catch(() => {}); // handled below; this only avoids an unhandled-rejection report meanwhile
  let validate: RowValidator = () => null;
  let schemaError: string | null = null;
  if (schema) {
    try {
      const { compileRowValidator } = await import("@/lib/validation/row-validator");
      validate = compileRowValidator(schema);
    } catch (err) {
      schemaError = err instanceof Error ? err.message : String(err);
    }
  }

  let loaded = 0;
  let bytes = 0;
  let malformedCount = 0;
  let malformedKept = 0;
  let rows: Record<string, unknown>[] = [];
  let invalid: RowInvalidity[] = [];
  let malformed: MalformedLine[] = [];
  let posted = 0;
  // Column discovery and the per-column profile are done here too, off the main thread.
  const rowSchema = schema?.type === "array" && schema.items && typeof schema.items === "object" ? (schema.items as Record<string, unknown>) : schema;
  const properties = rowSchema?.properties;
  const keys: string[] = properties && typeof properties === "object" && !Array.isArray(properties) ? Object.keys(properties) : [];
  const known = new Set(keys);
  let columns: string[] = [];
  const profiler = new ProfileBuilder();
  let lastPost = performance.now();
  const items: NdjsonItem[] = [];

  const flush = () => {
    if (!rows.length && !malformed.length) return;
    if (columns.length) keys.push(...columns);
    profiler.add(rows, invalid, keys);
    post({ type: "batch", rows, invalid, loaded, bytes, malformedCount, malformed, columns, profile: profiler.snapshot() });
    columns = [];
    posted++;
    load.credits--;
    rows = [];
    invalid = [];
    malformed = [];
    lastPost = performance.now();
  };

  const take = () => {
    for (const item of items) {
      if ("value" in item) {
        for (const key in item.value) {
          if (!known.has(key)) {
            known.add(key);
            columns.push(key);
          }
        }
        rows.push(item.value);
        invalid.push(validate(item.value));
        loaded++;
        // The first rows go out at once: they are what the user sees first.
        if (posted === 0 && rows.length >= batching.firstRows) flush();
      } else {
        malformedCount++;
        if (malformedKept < MAX_MALFORMED_KEPT) {
          malformedKept++;
          malformed.push({ line: item.line, error: item.error, snippet: item.snippet });
        }
      }
    }
    items.length = 0;
  };

  /** Waits until the main thread has room for another batch. */
  const credit = async () => {
    while (load.credits <= 0 && !abort.signal.aborted) await new Promise<void>((resolve) => (load.waiting = resolve));
  };

  let res: Response;
  try {
    res = await response;
  } catch (err) {
    if (!abort.signal.aborted) post({ type: "error", message: err instanceof Error ? err.message : String(err) });
    return;
  }
  if (!res.ok || !res.body) {
    const body: unknown = await res.json().catch(() => null);
    if (!abort.signal.aborted) post({ type: "error", status: res.status, body, message: `The studio answered HTTP ${res.status}.` });
    return;
  }
  post({ type: "head", totalBytes: headerNumber(res, "content-length"), rowsReturned: headerNumber(res, "x-rows-returned"), schemaError });

  const decoder = new NdjsonDecoder();
  const reader = res.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      decoder.push(value, items);
      take();
      if (rows.length >= batching.rows || ((rows.length || malformed.length) && performance.now() - lastPost >= batching.flushMs)) {
        // No credit: stop reading (the network backs off) until the main thread catches up.
        if (load.credits <= 0 && rows.length >= batching.rows) await credit();
        if (abort.signal.aborted) return;
        if (load.credits > 0) flush();
      }
    }
    decoder.end(items);
    take();
    await credit();
    if (abort.signal.aborted) return;
    flush();
    post({ type: "done", loaded, bytes, malformedCount });
  } catch (err) {
    if (abort.signal.aborted) return;
    // What was read stays loaded; the main thread offers a retry.
    flush();
    post({ type: "error", message: err instanceof Error ? err.message : String(err) });
  }
}

const stop = (load: Load | null) => {
  if (!load) return;
  load.abort.abort();
  load.waiting?.();
};

scope.addEventListener("message", (event) => {
  const message = event.data;
  switch (message.type) {
    case "ack":
      if (current) {
        current.credits++;
        const wake = current.waiting;
        current.waiting = null;
        wake?.();
      }
      return;
    case "cancel":
      stop(current);
      current = null;
      return;
    case "start": {
      stop(current);
      const load: Load = { abort: new AbortController(), credits: batching.inFlight, waiting: null };
      current = load;
      void run(message, load);
      return;
    }
  }
});
