/**
 * The rows Web Worker: fetches a task's NDJSON, decodes it (lib/ndjson/decoder), checks every row
 * against the task's schema (lib/validation/row-validator) and posts rows to the main thread in
 * batches. The main thread never parses or validates. Protocol: ./row-stream-protocol.
 *
 * Created by use-row-stream.ts with `new Worker(new URL("./rows.worker.ts", import.meta.url), { type: "module" })`.
 */
import { NdjsonDecoder, type NdjsonItem } from "@/lib/ndjson/decoder";
import { compileRowValidator, type RowValidator } from "@/lib/validation/row-validator";
import { batching, MAX_MALFORMED_KEPT, type MainToWorker, type MalformedLine, type RowInvalidity, type StartMessage, type WorkerToMain } from "./row-stream-protocol";

interface WorkerScope {
  location: { href: string };
  postMessage(message: WorkerToMain): void;
  addEventListener(type: "message", listener: (event: MessageEvent<MainToWorker>) => void): void;
}

const scope = self as unknown as WorkerScope;
const post = (message: WorkerToMain) => scope.postMessage(message);

let current: AbortController | null = null;

const headerNumber = (res: Response, name: string): number | null => {
  const raw = res.headers.get(name);
  if (raw === null || raw.trim() === "") return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
};

async function run({ url, schema }: StartMessage, abort: AbortController) {
  let validate: RowValidator = () => null;
  let schemaError: string | null = null;
  try {
    validate = compileRowValidator(schema);
  } catch (err) {
    schemaError = err instanceof Error ? err.message : String(err);
  }

  let loaded = 0;
  let bytes = 0;
  let malformedCount = 0;
  let malformedKept = 0;
  let rows: Record<string, unknown>[] = [];
  let invalid: RowInvalidity[] = [];
  let malformed: MalformedLine[] = [];
  let posted = 0;
  let lastPost = performance.now();
  const items: NdjsonItem[] = [];

  const flush = () => {
    if (!rows.length && !malformed.length) return;
    post({ type: "batch", rows, invalid, loaded, bytes, malformedCount, malformed });
    posted++;
    rows = [];
    invalid = [];
    malformed = [];
    lastPost = performance.now();
  };

  const take = () => {
    for (const item of items) {
      if ("value" in item) {
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

  let res: Response;
  try {
    res = await fetch(new URL(url, scope.location.href), { signal: abort.signal, cache: "no-store" });
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
      if (rows.length >= batching.rows || performance.now() - lastPost >= batching.flushMs) flush();
    }
    decoder.end(items);
    take();
    flush();
    post({ type: "done", loaded, bytes, malformedCount });
  } catch (err) {
    if (abort.signal.aborted) return;
    // What was read stays loaded; the main thread offers a retry.
    flush();
    post({ type: "error", message: err instanceof Error ? err.message : String(err) });
  }
}

scope.addEventListener("message", (event) => {
  const message = event.data;
  if (message.type === "cancel") {
    current?.abort();
    current = null;
    return;
  }
  if (message.type === "start") {
    current?.abort();
    const abort = new AbortController();
    current = abort;
    void run(message, abort);
  }
});
