"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { grid as gridConfig } from "@/lib/config";
import { ApiError, apiErrorFromBody } from "@/lib/errors";
import type { ProviderName } from "@/lib/extract/types";
import { NdjsonDecoder, type NdjsonItem } from "@/lib/ndjson/decoder";
import { providerQuery } from "@/lib/queries/tasks";
import { MAX_MALFORMED_KEPT, type MainToWorker, type MalformedLine, type RowInvalidity, type WorkerToMain } from "./row-stream-protocol";

export type { MalformedLine, RowInvalidity } from "./row-stream-protocol";

export type RowStreamStatus = "loading" | "done" | "error" | "cancelled";

export interface RowStreamState {
  status: RowStreamStatus;
  /** Rows handed to `onBatch` so far. */
  loaded: number;
  /** Bytes of NDJSON read so far. */
  bytes: number;
  /** The size of the NDJSON from content-length, when the server sent one; else null. */
  totalBytes: number | null;
  /** The row count the studio announced (x-rows-returned), when it did; else null. */
  rowsReturned: number | null;
  malformedCount: number;
  /** The first malformed lines (at most 100: the count above is the full story). */
  malformed: MalformedLine[];
  /** The schema could not be compiled, so rows were not validated (Ajv's message); else null. */
  schemaError: string | null;
  /** An ApiError when status is "error". */
  error: unknown;
}

export interface RowStream extends RowStreamState {
  /** Stops loading: rows already handed over stay; status becomes "cancelled". */
  cancel: () => void;
}

export interface UseRowStreamOptions {
  taskId: string;
  provider: ProviderName | null;
  /** The task's row schema (rows are validated against it in the worker); null: no validation. */
  schema: Record<string, unknown> | null;
  /** Start only once the grid is ready to take rows. */
  enabled: boolean;
  /** Bump to load again from scratch (retry). */
  attempt: number;
  /** Receives every batch: the rows and, parallel to them, each row's invalid field names (or null). */
  onBatch: (rows: Record<string, unknown>[], invalid: RowInvalidity[]) => void;
}

/** React state is published at most this often while loading (the grid gets rows as they come). */
const PUBLISH_EVERY_MS = 100;

const initial: RowStreamState = {
  status: "loading",
  loaded: 0,
  bytes: 0,
  totalBytes: null,
  rowsReturned: null,
  malformedCount: 0,
  malformed: [],
  schemaError: null,
  error: null,
};

/**
 * Streams a task's NDJSON rows through a Web Worker (rows.worker.ts): fetching, parsing and schema
 * checks happen off the main thread; batches go straight to `onBatch` (rows never enter React
 * state: a million of them would be copied per render). The worker is terminated when loading
 * ends, on cancel, on unmount and before every restart.
 */
export function useRowStream(options: UseRowStreamOptions): RowStream;
/**
 * @deprecated The pre-worker signature, kept only until results-panel.tsx moves to the options
 * form: parses on the main thread and does not validate (every `invalid` entry is null).
 */
export function useRowStream(
  taskId: string,
  provider: ProviderName | null,
  enabled: boolean,
  onBatch: (rows: Record<string, unknown>[]) => void,
  attempt: number,
): RowStream;
export function useRowStream(...args: [UseRowStreamOptions] | [string, ProviderName | null, boolean, (rows: Record<string, unknown>[]) => void, number]): RowStream {
  const legacy = args.length !== 1;
  const { taskId, provider, schema, enabled, attempt, onBatch } = args.length === 1 ? args[0] : { taskId: args[0], provider: args[1], schema: null, enabled: args[2], onBatch: args[3], attempt: args[4] };
  const [state, setState] = useState<RowStreamState>(initial);
  const onBatchRef = useRef(onBatch);
  useEffect(() => {
    onBatchRef.current = onBatch;
  }, [onBatch]);
  const cancelRef = useRef<() => void>(() => {});
  // By value: a refetched task with the same schema must not restart the load.
  const schemaKey = useMemo(() => (schema ? JSON.stringify(schema) : null), [schema]);

  useEffect(() => {
    if (!enabled) return;
    const snapshot: RowStreamState = { ...initial, malformed: [] };
    let finished = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastPublish = 0;

    const publishNow = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      lastPublish = performance.now();
      setState({ ...snapshot, malformed: [...snapshot.malformed] });
    };
    // Throttled: at most one React update per PUBLISH_EVERY_MS while rows stream in.
    const publish = () => {
      if (timer !== null) return;
      const wait = Math.max(0, PUBLISH_EVERY_MS - (performance.now() - lastPublish));
      timer = setTimeout(publishNow, wait);
    };
    let stop = () => {};
    const finish = (status: RowStreamStatus, error: unknown = null) => {
      if (finished) return;
      finished = true;
      snapshot.status = status;
      snapshot.error = error;
      stop();
      publishNow();
    };
    const brokeOff = (cause: unknown) =>
      new ApiError("studio_unreachable", "The download of the rows broke off. Retry to load them again.", { cause });
    const sink: Sink = {
      batch: (rows, invalid) => {
        if (!finished && rows.length) onBatchRef.current(rows, invalid);
      },
      progress: (p) => {
        if (finished) return;
        Object.assign(snapshot, p);
        publish();
      },
      malformed: (lines) => {
        if (finished || !lines.length || snapshot.malformed.length >= MAX_MALFORMED_KEPT) return;
        snapshot.malformed = [...snapshot.malformed, ...lines].slice(0, MAX_MALFORMED_KEPT);
      },
      finish,
      brokeOff,
      isFinished: () => finished,
    };
    const url = `/api/extract/${encodeURIComponent(taskId)}/rows${providerQuery(provider)}`;
    publishNow(); // back to "loading", zero rows (a retry starts from scratch)
    const load = legacy ? loadOnMainThread : loadInWorker;
    const handle = load(url, schemaKey ? (JSON.parse(schemaKey) as Record<string, unknown>) : null, sink);
    stop = handle.stop;
    cancelRef.current = () => {
      if (finished) return;
      handle.cancel();
      finish("cancelled");
    };

    return () => {
      finished = true;
      if (timer !== null) clearTimeout(timer);
      cancelRef.current = () => {};
      handle.stop();
    };
  }, [taskId, provider, schemaKey, enabled, attempt, legacy]);

  const cancel = useCallback(() => cancelRef.current(), []);
  return { ...state, cancel };
}

/** What a loader reports to the hook. */
interface Sink {
  batch: (rows: Record<string, unknown>[], invalid: RowInvalidity[]) => void;
  progress: (p: Partial<Pick<RowStreamState, "loaded" | "bytes" | "totalBytes" | "rowsReturned" | "malformedCount" | "schemaError">>) => void;
  malformed: (lines: MalformedLine[]) => void;
  finish: (status: RowStreamStatus, error?: unknown) => void;
  brokeOff: (cause: unknown) => ApiError;
  isFinished: () => boolean;
}

interface LoadHandle {
  /** Asks the loader to stop (the hook then finishes as "cancelled"). */
  cancel: () => void;
  /** Releases everything (idempotent). */
  stop: () => void;
}

/** The worker path: fetch, parse and validation in rows.worker.ts. */
function loadInWorker(url: string, schema: Record<string, unknown> | null, sink: Sink): LoadHandle {
  const worker = new Worker(new URL("./rows.worker.ts", import.meta.url), { type: "module" });
  const send = (message: MainToWorker) => worker.postMessage(message);
  worker.onmessage = (event: MessageEvent<WorkerToMain>) => {
    if (sink.isFinished()) return;
    const message = event.data;
    switch (message.type) {
      case "head":
        sink.progress({ totalBytes: message.totalBytes, rowsReturned: message.rowsReturned, schemaError: message.schemaError });
        return;
      case "batch":
        sink.batch(message.rows, message.invalid);
        sink.malformed(message.malformed);
        sink.progress({ loaded: message.loaded, bytes: message.bytes, malformedCount: message.malformedCount });
        return;
      case "done":
        sink.progress({ loaded: message.loaded, bytes: message.bytes, malformedCount: message.malformedCount });
        sink.finish("done");
        return;
      case "error":
        // Rows already handed to the grid stay there; the panel offers a retry.
        sink.finish("error", message.status !== undefined ? apiErrorFromBody(message.status, message.body) : sink.brokeOff(message.message));
        return;
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    sink.finish("error", new ApiError("internal", "The rows could not be loaded: the loader failed in the browser. Retry to load them again.", { cause: event.message }));
  };
  send({ type: "start", url, schema });
  return {
    cancel: () => send({ type: "cancel" }),
    stop: () => worker.terminate(),
  };
}

/** The pre-worker path (deprecated positional signature only): everything on the main thread. */
function loadOnMainThread(url: string, _schema: Record<string, unknown> | null, sink: Sink): LoadHandle {
  const abort = new AbortController();
  let loaded = 0;
  let bytes = 0;
  let malformedCount = 0;
  let batch: Record<string, unknown>[] = [];
  let malformed: MalformedLine[] = [];
  let lastFlush = performance.now();
  const items: NdjsonItem[] = [];
  const flush = () => {
    sink.batch(batch, batch.map(() => null));
    sink.malformed(malformed);
    sink.progress({ loaded, bytes, malformedCount });
    batch = [];
    malformed = [];
    lastFlush = performance.now();
  };
  const take = () => {
    for (const item of items) {
      if ("value" in item) {
        batch.push(item.value);
        loaded++;
      } else {
        malformedCount++;
        malformed.push({ line: item.line, error: item.error, snippet: item.snippet });
      }
    }
    items.length = 0;
  };
  (async () => {
    const res = await fetch(url, { signal: abort.signal });
    if (!res.ok || !res.body) throw apiErrorFromBody(res.status, await res.json().catch(() => null));
    const reader = res.body.getReader();
    const decoder = new NdjsonDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      decoder.push(value, items);
      take();
      if (batch.length >= gridConfig.batchRows || performance.now() - lastFlush >= gridConfig.flushMs) flush();
    }
    decoder.end(items);
    take();
    flush();
    sink.finish("done");
  })().catch((err: unknown) => {
    if (abort.signal.aborted) return;
    flush();
    sink.finish("error", err instanceof ApiError ? err : sink.brokeOff(err));
  });
  return { cancel: () => abort.abort(), stop: () => abort.abort() };
}
