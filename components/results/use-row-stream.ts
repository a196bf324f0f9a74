"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ApiError, apiErrorFromBody } from "@/lib/errors";
import type { ProviderName } from "@/lib/extract/types";
import { providerQuery } from "@/lib/queries/tasks";
import { MAX_MALFORMED_KEPT, type ColumnKind, type MainToWorker, type MalformedLine, type ResultProfile, type StoredRow, type ViewQuery, type WorkerToMain } from "./row-stream-protocol";

export type { MalformedLine, ResultProfile, StoredRow } from "./row-stream-protocol";

export type RowStreamStatus = "loading" | "done" | "error" | "cancelled";

export interface RowStreamState {
  status: RowStreamStatus;
  /** Rows read so far (all in the worker, ready for the grid). */
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
  /** Keys of the rows that the schema does not name, in first-seen order. */
  extraColumns: string[];
  /** Kinds inferred for those keys from their values, as the worker decides them (a key not here is text). */
  extraKinds: Record<string, ColumnKind>;
  /** The schema could not be compiled, so rows were not validated (Ajv's message); else null. */
  schemaError: string | null;
  /** An ApiError when status is "error". */
  error: unknown;
  /** Per-column profile (lib/results/profile) of the rows read so far; null before the first rows. */
  profile: ResultProfile | null;
}

/** The rows, where they are kept (the worker): the grid's datasource reads them through this. */
export interface RowsSource {
  /** Rows `start`..`end` of the view `query` describes, and the view's size now. */
  slice(query: ViewQuery, start: number, end: number): Promise<{ rows: StoredRow[]; count: number }>;
  /** Every position the view shows, in its order. */
  positions(query: ViewQuery): Promise<Int32Array>;
  /** The grid shows rows: the worker may read on at full speed (see FlowMessage). */
  flow(): void;
}

export interface RowStream extends RowStreamState {
  source: RowsSource | null;
  /** Stops loading: rows already read stay; status becomes "cancelled". */
  cancel: () => void;
  /** After an error: loads the rest (the lines already read are skipped, not read again). */
  resume: () => void;
}

const initial: RowStreamState = {
  status: "loading",
  loaded: 0,
  bytes: 0,
  totalBytes: null,
  rowsReturned: null,
  malformedCount: 0,
  malformed: [],
  extraColumns: [],
  extraKinds: {},
  schemaError: null,
  error: null,
  profile: null,
};

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

const brokeOff = (cause: unknown) => new ApiError("download_interrupted", undefined, { cause });

/**
 * Loads a task's rows into a Web Worker (rows.worker.ts), which fetches, parses, validates and
 * keeps them; React state only holds progress (published at most every 100 ms by the worker). The
 * worker lives as long as the panel shows the task: it *is* the grid's row store.
 */
export function useRowStream({ taskId, provider, schema }: { taskId: string; provider: ProviderName | null; schema: Record<string, unknown> | null }): RowStream {
  // By value: a refetched task with the same schema must not restart the load.
  const schemaKey = useMemo(() => (schema ? JSON.stringify(schema) : null), [schema]);
  const loadKey = JSON.stringify([taskId, provider, schemaKey]);
  // State of the current load only: a new load starts from `initial` without a reset render.
  const [keyed, setKeyed] = useState<{ key: string; state: RowStreamState }>({ key: loadKey, state: initial });
  const state = keyed.key === loadKey ? keyed.state : initial;
  const controls = useRef<{ cancel: () => void; resume: () => void; source: RowsSource | null }>({ cancel: () => {}, resume: () => {}, source: null });
  // One source per load (the grid resets when it changes); it reads from the load's worker.
  const source = useMemo<RowsSource>(
    () => ({
      slice: (query, start, end) => controls.current.source?.slice(query, start, end) ?? Promise.resolve({ rows: [], count: 0 }),
      positions: (query) => controls.current.source?.positions(query) ?? Promise.resolve(new Int32Array(0)),
      flow: () => controls.current.source?.flow(),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new object per load is the point
    [loadKey],
  );

  useEffect(() => {
    const setState = (update: (s: RowStreamState) => RowStreamState) =>
      setKeyed((k) => ({ key: loadKey, state: update(k.key === loadKey ? k.state : initial) }));
    const worker = takeRowsWorker();
    const send = (message: MainToWorker) => worker.postMessage(message);
    const waiting = new Map<number, (message: WorkerToMain | null) => void>();
    let nextId = 0;
    let alive = true;
    /** A request and its answer; null once the worker is gone (the panel moved on). */
    const ask = (message: (id: number) => MainToWorker) =>
      new Promise<WorkerToMain | null>((resolve) => {
        if (!alive) return resolve(null);
        const id = nextId++;
        waiting.set(id, resolve);
        send(message(id));
      });
    const rows: RowsSource = {
      slice: async (query, start, end) => {
        const reply = await ask((id) => ({ type: "slice", id, query, start, end }));
        return reply?.type === "slice" ? { rows: reply.rows, count: reply.count } : { rows: [], count: 0 };
      },
      positions: async (query) => {
        const reply = await ask((id) => ({ type: "positions", id, query }));
        return reply?.type === "positions" ? reply.positions : new Int32Array(0);
      },
      flow: () => {
        if (alive) send({ type: "flow" });
      },
    };
    let firstRows = true;
    const end = (status: RowStreamStatus, error: unknown = null) => {
      setState((s) => (s.status === "loading" ? { ...s, status, error } : s));
      performance.mark(`row-stream:${status}`);
    };

    worker.onmessage = (event: MessageEvent<WorkerToMain>) => {
      if (!alive) return;
      const message = event.data;
      switch (message.type) {
        case "slice":
        case "positions": {
          const resolve = waiting.get(message.id);
          waiting.delete(message.id);
          resolve?.(message);
          return;
        }
        case "head":
          setState((s) => ({ ...s, totalBytes: message.totalBytes ?? s.totalBytes, rowsReturned: message.rowsReturned, schemaError: message.schemaError }));
          return;
        case "progress":
          if (firstRows && message.loaded > 0) {
            firstRows = false;
            performance.mark("row-stream:first-rows");
          }
          setState((s) => ({
            ...s,
            loaded: message.loaded,
            bytes: message.bytes,
            malformedCount: message.malformedCount,
            malformed: message.malformed.length ? [...s.malformed, ...message.malformed].slice(0, MAX_MALFORMED_KEPT) : s.malformed,
            extraColumns: message.columns.length ? message.columns : s.extraColumns,
            extraKinds: Object.keys(message.kinds).length ? { ...s.extraKinds, ...message.kinds } : s.extraKinds,
            profile: message.profile,
          }));
          return;
        case "done":
          setState((s) => ({ ...s, loaded: message.loaded, bytes: message.bytes, malformedCount: message.malformedCount }));
          end("done");
          return;
        case "error":
          // Rows already read stay in the grid; the panel offers to load the rest.
          end("error", message.status !== undefined ? apiErrorFromBody(message.status, message.body) : brokeOff(message.message));
          return;
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      end("error", new ApiError("internal", "The rows could not be loaded: the loader failed in the browser. Retry to load them again.", { cause: event.message }));
    };

    performance.mark("row-stream:start"); // User Timing marks, for bench/grid-load.ts and DevTools
    send({ type: "start", url: `/api/extract/${encodeURIComponent(taskId)}/rows${providerQuery(provider)}`, schema: schemaKey ? (JSON.parse(schemaKey) as Record<string, unknown>) : null });
    controls.current = {
      source: rows,
      cancel: () => {
        send({ type: "cancel" });
        end("cancelled");
      },
      resume: () => {
        setState((s) => (s.status === "error" ? { ...s, status: "loading", error: null } : s));
        send({ type: "resume" });
      },
    };

    return () => {
      alive = false;
      controls.current = { cancel: () => {}, resume: () => {}, source: null };
      for (const resolve of waiting.values()) resolve(null);
      waiting.clear();
      worker.terminate();
    };
  }, [taskId, provider, schemaKey, loadKey]);

  const cancel = useCallback(() => controls.current.cancel(), []);
  const resume = useCallback(() => controls.current.resume(), []);
  return { ...state, source, cancel, resume };
}
