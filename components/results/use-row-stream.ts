"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ApiError, apiErrorFromBody } from "@/lib/errors";
import type { ProviderName } from "@/lib/extract/types";
import { providerQuery } from "@/lib/queries/tasks";
import { MAX_MALFORMED_KEPT, type MainToWorker, type MalformedLine, type ResultProfile, type RowInvalidity, type WorkerToMain } from "./row-stream-protocol";

export type { MalformedLine, ResultProfile, RowInvalidity } from "./row-stream-protocol";

/** What else a batch brings besides the rows. */
export interface BatchInfo {
  /** Keys first seen in this batch, in order (the schema's properties are never listed). */
  columns: string[];
}

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
  /**
   * Per-column profile (filled / distinct / invalid counts, lib/results/profile) of the rows handed
   * over so far, computed in the worker; null before the first batch.
   */
  profile: ResultProfile | null;
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
  /**
   * Receives every batch: the rows and, parallel to them, each row's invalid field names ("" for a
   * whole-row problem) or null when the row is valid; `info.columns` lists keys new in this batch.
   */
  onBatch: (rows: Record<string, unknown>[], invalid: RowInvalidity[], info: BatchInfo) => void;
}

/** React state is published at most this often while loading (the grid gets rows as they come). */
const PUBLISH_EVERY_MS = 100;

/**
 * Hand-over sizing. Every grid transaction costs a pass over *all* the grid's rows (AG Grid
 * re-sorts, re-flattens and re-positions them: ~120–150 ms at 1,000,000 rows on a 2-vCPU box)
 * plus ~1 µs per added row, so hand-overs should be few but not big once the grid is large. After
 * the first batch (shown at once): a quarter of what the grid holds (≥ 10,000 rows), capped by a
 * size that shrinks linearly from 95,000 rows (empty grid) to 35,000 (1,000,000 rows), so the
 * last transactions stay under ~200 ms; or whatever arrived within maxWaitMs.
 */
const handover = {
  rows: (delivered: number) => Math.min(Math.max(10_000, Math.floor(delivered / 4)), Math.max(20_000, 95_000 - Math.floor(delivered * 0.06))),
  maxWaitMs: 400,
  /** AG Grid's asyncTransactionWaitMillis (50 ms by default) plus a margin. */
  minGapMs: 80,
};

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
  profile: null,
};

/**
 * Streams a task's NDJSON rows through a Web Worker (rows.worker.ts): fetching, parsing and schema
 * checks happen off the main thread; batches go straight to `onBatch` (rows never enter React
 * state: a million of them would be copied per render). The worker is terminated when loading
 * ends, on cancel, on unmount and before every restart.
 */
export function useRowStream({ taskId, provider, schema, enabled, attempt, onBatch }: UseRowStreamOptions): RowStream {
  const [state, setState] = useState<RowStreamState>(initial);
  const onBatchRef = useRef(onBatch);
  useEffect(() => {
    onBatchRef.current = onBatch;
  }, [onBatch]);
  const cancelRef = useRef<() => void>(() => {});
  // The worker path starts loading at once (the worker boots and the request goes out while the
  // grid initialises) and holds rows back until `enabled`.
  const enabledRef = useRef(enabled);
  const resumeRef = useRef<() => void>(() => {});
  useEffect(() => {
    enabledRef.current = enabled;
    if (enabled) resumeRef.current();
  }, [enabled]);
  // By value: a refetched task with the same schema must not restart the load.
  const schemaKey = useMemo(() => (schema ? JSON.stringify(schema) : null), [schema]);

  useEffect(() => {
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
      performance.mark(`row-stream:${status}`);
    };
    const brokeOff = (cause: unknown) =>
      new ApiError("studio_unreachable", "The download of the rows broke off. Retry to load them again.", { cause });
    const sink: Sink = {
      batch: (rows, invalid, info) => {
        if (!finished && rows.length) onBatchRef.current(rows, invalid, info);
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
      ready: () => enabledRef.current,
    };
    const url = `/api/extract/${encodeURIComponent(taskId)}/rows${providerQuery(provider)}`;
    publishNow(); // back to "loading", zero rows (a retry starts from scratch)
    performance.mark("row-stream:start"); // User Timing marks, for bench/grid-load.ts and DevTools
    const parsedSchema = schemaKey ? (JSON.parse(schemaKey) as Record<string, unknown>) : null;
    const handle = loadInWorker(takeRowsWorker(), url, parsedSchema, sink);
    stop = handle.stop;
    resumeRef.current = handle.resume;
    cancelRef.current = () => {
      if (finished) return;
      handle.cancel();
      finish("cancelled");
    };

    return () => {
      finished = true;
      if (timer !== null) clearTimeout(timer);
      cancelRef.current = () => {};
      resumeRef.current = () => {};
      handle.stop();
    };
  }, [taskId, provider, schemaKey, attempt]);

  const cancel = useCallback(() => cancelRef.current(), []);
  return { ...state, cancel };
}

/** What a loader reports to the hook. */
interface Sink {
  batch: (rows: Record<string, unknown>[], invalid: RowInvalidity[], info: BatchInfo) => void;
  progress: (p: Partial<Pick<RowStreamState, "loaded" | "bytes" | "totalBytes" | "rowsReturned" | "malformedCount" | "schemaError" | "profile">>) => void;
  malformed: (lines: MalformedLine[]) => void;
  finish: (status: RowStreamStatus, error?: unknown) => void;
  brokeOff: (cause: unknown) => ApiError;
  isFinished: () => boolean;
  /** Whether `batch` may be called yet (the grid is ready). */
  ready: () => boolean;
}

interface LoadHandle {
  /** Asks the loader to stop (the hook then finishes as "cancelled"). */
  cancel: () => void;
  /** Releases everything (idempotent). */
  stop: () => void;
  /** `ready()` may have turned true: hand over what was held back. */
  resume: () => void;
}

/** Turbopack and webpack bundle the worker from exactly this form. */
const createRowsWorker = () => new Worker(new URL("./rows.worker.ts", import.meta.url), { type: "module" });

/**
 * One worker is started as soon as this module loads (with the results panel's chunk), so its
 * script is fetched and evaluated while the grid initialises; the next load takes it.
 */
let spareWorker: Worker | null = typeof window !== "undefined" && typeof Worker !== "undefined" ? createRowsWorker() : null;
function takeRowsWorker(): Worker {
  const worker = spareWorker ?? createRowsWorker();
  spareWorker = null;
  return worker;
}

/** The worker path: fetch, parse and validation in rows.worker.ts. */
function loadInWorker(worker: Worker, url: string, schema: Record<string, unknown> | null, sink: Sink): LoadHandle {
  const send = (message: MainToWorker) => worker.postMessage(message);
  // Rows received but not yet handed over, coalesced (see `handover`).
  let pending: Record<string, unknown>[][] = [];
  let pendingInvalid: RowInvalidity[][] = [];
  let pendingCount = 0;
  let pendingColumns: string[] = [];
  let pendingProfile: ResultProfile | null = null;
  let delivered = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastDelivery = 0;
  /** How the worker ended, while rows are still held back (the grid not ready yet). */
  let ended: { status: "done" | "error"; error: unknown } | null = null;

  const deliver = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!pendingCount || sink.isFinished() || !sink.ready()) return;
    lastDelivery = performance.now();
    const rows = pending.length === 1 ? pending[0]! : ([] as Record<string, unknown>[]).concat(...pending);
    const invalid = pendingInvalid.length === 1 ? pendingInvalid[0]! : ([] as RowInvalidity[]).concat(...pendingInvalid);
    const columns = pendingColumns;
    const profile = pendingProfile;
    pending = [];
    pendingInvalid = [];
    pendingCount = 0;
    pendingColumns = [];
    if (delivered === 0) performance.mark("row-stream:first-rows");
    delivered += rows.length;
    sink.batch(rows, invalid, { columns });
    sink.progress({ loaded: delivered, profile });
  };

  worker.onmessage = (event: MessageEvent<WorkerToMain>) => {
    if (sink.isFinished()) return;
    const message = event.data;
    switch (message.type) {
      case "head":
        sink.progress({ totalBytes: message.totalBytes, rowsReturned: message.rowsReturned, schemaError: message.schemaError });
        return;
      case "batch":
        if (message.rows.length) {
          pending.push(message.rows);
          pendingInvalid.push(message.invalid);
          pendingCount += message.rows.length;
        }
        if (message.columns.length) pendingColumns.push(...message.columns);
        pendingProfile = message.profile;
        sink.malformed(message.malformed);
        sink.progress({ bytes: message.bytes, malformedCount: message.malformedCount });
        // The first rows at once; later ones coalesced into fewer, larger hand-overs.
        if (delivered === 0) deliver();
        else if (timer === null) {
          // Not two hand-overs inside one of AG Grid's async-transaction windows (they would be
          // applied as one, twice as long, task).
          const since = performance.now() - lastDelivery;
          const wait = pendingCount >= handover.rows(delivered) ? Math.max(0, handover.minGapMs - since) : handover.maxWaitMs;
          if (wait === 0) deliver();
          else timer = setTimeout(deliver, wait);
        } else if (pendingCount >= handover.rows(delivered) && performance.now() - lastDelivery >= handover.minGapMs) deliver();
        // Until the grid is ready the worker gets no credit back, so at most batching.inFlight
        // batches wait here.
        if (sink.ready()) ack();
        else held++;
        return;
      case "done":
        sink.progress({ bytes: message.bytes, malformedCount: message.malformedCount });
        end("done", null);
        return;
      case "error":
        // Rows already received go to the grid; the panel offers a retry.
        end("error", message.status !== undefined ? apiErrorFromBody(message.status, message.body) : sink.brokeOff(message.message));
        return;
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    end("error", new ApiError("internal", "The rows could not be loaded: the loader failed in the browser. Retry to load them again.", { cause: event.message }));
  };
  // Acknowledge from a timer task, not at once: timers already due (AG Grid's async-transaction
  // flush, React's updates, the hand-over above) run first, so a burst of messages cannot starve them.
  const ack = () =>
    setTimeout(() => {
      if (!sink.isFinished()) send({ type: "ack" });
    }, 0);
  let held = 0;
  /** Finishes once every received row is handed over. */
  const end = (status: "done" | "error", error: unknown) => {
    ended = { status, error };
    deliver();
    if (pendingCount === 0 && !sink.isFinished()) {
      sink.progress({ loaded: delivered });
      sink.finish(ended.status, ended.error);
    }
  };
  send({ type: "start", url, schema });
  return {
    cancel: () => {
      send({ type: "cancel" });
      deliver(); // what has arrived is shown
    },
    stop: () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      worker.terminate();
    },
    resume: () => {
      if (ended) end(ended.status, ended.error);
      else deliver();
      for (; held > 0; held--) ack();
    },
  };
}
