/**
 * The rows Web Worker: fetches a task's NDJSON, decodes it (lib/ndjson/decoder), checks every row
 * against the task's schema (lib/validation/row-validator), profiles the columns, infers the kind
 * of those the schema does not name (lib/results/column-kinds) and keeps every row
 * (lib/results/row-store). The grid (AG Grid's infinite row model) asks for slices of its view
 * — sorted, filtered, searched here — so the main thread never parses, sorts or holds the result.
 * Protocol: ./row-stream-protocol.
 *
 * Created by use-row-stream.ts with `new Worker(new URL("./rows.worker.ts", import.meta.url), { type: "module" })`.
 */
import { NdjsonDecoder, type NdjsonItem } from "@/lib/ndjson/decoder";
import { ColumnKinds } from "@/lib/results/column-kinds";
import { skipLines } from "@/lib/ndjson/skip-lines";
import { ProfileBuilder } from "@/lib/results/profile";
import { RowStore } from "@/lib/results/row-store";
import { ReportThrottle } from "./report-throttle";
import { mergeKeys } from "@/lib/extract/columns";
import type { RowValidator } from "@/lib/validation/row-validator";
import { MAX_MALFORMED_KEPT, progress, type MainToWorker, type MalformedLine, type StartMessage, type WorkerToMain } from "./row-stream-protocol";

interface WorkerScope {
  location: { href: string };
  postMessage(message: WorkerToMain, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent<MainToWorker>) => void): void;
}

const scope = self as unknown as WorkerScope;
const post = (message: WorkerToMain, transfer?: Transferable[]) => scope.postMessage(message, transfer);

const headerNumber = (res: Response, name: string): number | null => {
  const raw = res.headers.get(name);
  if (raw === null || raw.trim() === "") return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
};

/** One task's rows: what has been read, kept across a resume. */
class Load {
  readonly store = new RowStore();
  readonly profiler = new ProfileBuilder();
  /** Kinds of the keys the schema does not name, from their first values. */
  readonly kinds = new ColumnKinds();
  abort = new AbortController();
  validate: RowValidator = () => null;
  schemaError: string | null = null;
  /** Complete lines read (blank and malformed ones included): where a resumed download starts. */
  lines = 0;
  bytes = 0;
  malformedCount = 0;
  private malformedKept = 0;
  private malformed: MalformedLine[] = [];
  /** Column discovery: the schema's properties first, then the other keys in the rows' order (mergeKeys). */
  private readonly schemaKeys: string[];
  private readonly known: Set<string>;
  private extras: string[] = [];
  private extrasChanged = false;
  private profiled = 0;
  private announced = false;
  private readonly throttle = new ReportThrottle(progress.everyMs, () => this.post());
  /** Set once the grid has shown the first rows (or the hold ran out): reading never pauses again. */
  private flowing = false;
  private release: (() => void) | null = null;

  constructor(readonly start: StartMessage) {
    const schema = start.schema;
    const rowSchema = schema?.type === "array" && schema.items && typeof schema.items === "object" ? (schema.items as Record<string, unknown>) : schema;
    const properties = rowSchema?.properties;
    this.schemaKeys = properties && typeof properties === "object" && !Array.isArray(properties) ? Object.keys(properties) : [];
    this.known = new Set(this.schemaKeys);
  }

  take(items: NdjsonItem[]) {
    const { store, known, validate, kinds } = this;
    const named = new Set(this.schemaKeys);
    for (const item of items) {
      if ("value" in item) {
        const keys = Object.keys(item.value);
        if (keys.some((k) => !known.has(k))) {
          for (const key of mergeKeys(this.extras, known, named.size ? keys.filter((k) => !named.has(k)) : keys)) kinds.watch(key);
          this.extrasChanged = true;
        }
        kinds.see(item.value);
        store.add(item.value, validate(item.value));
      } else {
        this.malformedCount++;
        if (this.malformedKept < MAX_MALFORMED_KEPT) {
          this.malformedKept++;
          this.malformed.push({ line: item.line, error: item.error, snippet: item.snippet });
        }
      }
    }
    items.length = 0;
  }

  /** The grid shows the first rows: stop holding back. */
  flow() {
    this.flowing = true;
    this.release?.();
    this.release = null;
  }

  /**
   * Once the first rows are announced, waits until the grid has shown them (or `progress.holdMs`):
   * reading on meanwhile would take the CPU the page needs to start the grid and paint them.
   */
  async holdAfterFirstRows(signal: AbortSignal) {
    if (this.flowing || !this.announced || signal.aborted) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, progress.holdMs);
      signal.addEventListener("abort", done, { once: true });
      this.release = done;
      function done() {
        clearTimeout(timer);
        resolve();
      }
    });
    this.flowing = true;
  }

  /**
   * Tells the main thread how far the load is: the first 1,000 rows at once, else at most every
   * `progress.everyMs` — and rows held back by that limit still go out when it ends, so a download
   * that pauses right after them shows them meanwhile.
   */
  report(force = false) {
    this.throttle.report(force || (!this.announced && this.store.size >= progress.firstRows));
  }

  private post() {
    // A report still waiting when the load was stopped or replaced is not this grid's any more.
    if (this.abort.signal.aborted || current !== this) return;
    if (this.store.size >= progress.firstRows) this.announced = true;
    const { store } = this;
    this.profiler.add(store.rows.slice(this.profiled), store.invalid.slice(this.profiled), [...this.schemaKeys, ...this.extras]);
    this.profiled = store.size;
    const columns = this.extrasChanged ? [...this.extras] : [];
    this.extrasChanged = false;
    post({ type: "progress", loaded: store.size, bytes: this.bytes, malformedCount: this.malformedCount, malformed: this.malformed, columns, kinds: this.kinds.decide(), profile: this.profiler.snapshot() });
    this.malformed = [];
  }
}

let current: Load | null = null;

/** Reads the rows (all of them, or after `load.lines` on a resume) into `load.store`. */
async function run(load: Load) {
  const { abort } = load;
  const signal = abort.signal;
  const from = load.lines;
  const url = new URL(load.start.url, scope.location.href);
  if (from > 0) url.searchParams.set("from", String(from));
  // The request goes out first; Ajv (a chunk of its own, loaded on demand) loads and compiles the
  // schema while it is on its way.
  const response = fetch(url, { signal, cache: "no-store" });
  response.catch(() => {}); // handled below; this only avoids an unhandled-rejection report meanwhile
  if (load.start.schema && from === 0) {
    try {
      const { compileRowValidator } = await import("@/lib/validation/row-validator");
      load.validate = compileRowValidator(load.start.schema);
    } catch (err) {
      load.schemaError = err instanceof Error ? err.message : String(err);
    }
  }

  let res: Response;
  try {
    res = await response;
  } catch (err) {
    if (!signal.aborted) post({ type: "error", message: err instanceof Error ? err.message : String(err) });
    return;
  }
  if (!res.ok || !res.body) {
    const body: unknown = await res.json().catch(() => null);
    if (!signal.aborted) post({ type: "error", status: res.status, body, message: `The studio answered HTTP ${res.status}.` });
    return;
  }
  post({ type: "head", totalBytes: from === 0 ? headerNumber(res, "content-length") : null, rowsReturned: headerNumber(res, "x-rows-returned"), schemaError: load.schemaError });

  // A server that did not skip the lines already read (no x-skipped-lines) is skipped here.
  const body = from > 0 && headerNumber(res, "x-skipped-lines") !== from ? skipLines(res.body, from) : res.body;
  const decoder = new NdjsonDecoder({ linesBefore: from });
  const reader = body.getReader();
  const items: NdjsonItem[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      load.bytes += value.byteLength;
      decoder.push(value, items);
      load.take(items);
      load.lines = decoder.lines;
      load.report();
      await load.holdAfterFirstRows(signal);
      if (signal.aborted) return;
    }
    decoder.end(items);
    load.take(items);
    load.lines = decoder.lines;
    if (signal.aborted) return;
    load.report(true);
    post({ type: "done", loaded: load.store.size, bytes: load.bytes, malformedCount: load.malformedCount });
  } catch (err) {
    if (signal.aborted) return;
    // What was read stays; the main thread offers to load the rest.
    load.report(true);
    post({ type: "error", message: err instanceof Error ? err.message : String(err) });
  }
}

scope.addEventListener("message", (event) => {
  const message = event.data;
  switch (message.type) {
    case "start":
      current?.abort.abort();
      current = new Load(message);
      void run(current);
      return;
    case "resume":
      if (!current) return;
      current.abort.abort();
      current.abort = new AbortController();
      void run(current);
      return;
    case "flow":
      current?.flow();
      return;
    case "cancel":
      // The rows read so far stay: the grid keeps showing them, all of them. A report the throttle
      // still holds back would die with the load, leaving the rows of its last 100 ms uncounted.
      current?.report(true);
      current?.abort.abort();
      return;
    case "slice": {
      const { rows, count } = current ? current.store.slice(message.query, message.start, message.end) : { rows: [], count: 0 };
      post({ type: "slice", id: message.id, rows, count });
      return;
    }
    case "positions": {
      const positions = current ? current.store.positions(message.query) : new Int32Array(0);
      post({ type: "positions", id: message.id, positions }, [positions.buffer]);
      return;
    }
  }
});
