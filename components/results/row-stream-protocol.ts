/**
 * Messages between the results page (main thread) and the rows Web Worker (rows.worker.ts).
 * The worker fetches a task's NDJSON, parses and validates it, and posts rows in batches; the main
 * thread only hands them to the grid.
 */
import type { ResultProfile } from "@/lib/results/profile";

export type { ResultProfile } from "@/lib/results/profile";

/** One line of the NDJSON that is not a JSON object (never fatal: counted, and the first few listed). */
export interface MalformedLine {
  /** 1-based line number in the result file. */
  line: number;
  error: string;
  /** The start of the line (at most 120 characters). */
  snippet: string;
}

/** At most this many malformed lines are listed, in total, per load (the count is always exact). */
export const MAX_MALFORMED_KEPT = 100;

/** Per row: the names of its invalid fields ("" for a problem with the row as a whole), or null when valid. */
export type RowInvalidity = string[] | null;

// ---- main → worker ----

export interface StartMessage {
  type: "start";
  /** Same-origin URL of the rows (relative URLs are resolved against the worker's location). */
  url: string;
  /** The task's row schema; null: no validation. */
  schema: Record<string, unknown> | null;
}

export interface CancelMessage {
  type: "cancel";
}

/**
 * Flow control: the main thread has handed one batch to the grid and yielded to its timers. The
 * worker keeps at most `batching.inFlight` batches un-acknowledged, and stops reading the body
 * while it waits (so a busy main thread slows the download instead of queueing rows up).
 */
export interface AckMessage {
  type: "ack";
}

export type MainToWorker = StartMessage | CancelMessage | AckMessage;

// ---- worker → main ----

/** Sent once, when the response headers are in (before the first batch). */
export interface HeadMessage {
  type: "head";
  /** From content-length when the server sent one, else null. */
  totalBytes: number | null;
  /** From the studio's x-rows-returned header when present, else null. */
  rowsReturned: number | null;
  /** The schema could not be compiled: rows are not validated (the message says why). */
  schemaError: string | null;
}

export interface BatchMessage {
  type: "batch";
  rows: Record<string, unknown>[];
  /** Parallel to `rows`. */
  invalid: RowInvalidity[];
  /** Rows parsed so far (this batch included). */
  loaded: number;
  /** Bytes of the body read so far. */
  bytes: number;
  malformedCount: number;
  /** Malformed lines new since the previous batch (at most MAX_MALFORMED_KEPT over the whole load). */
  malformed: MalformedLine[];
  /** Keys first seen in this batch, in order (the schema's properties count as seen from the start). */
  columns: string[];
  /** Per-column profile (filled / distinct / invalid) of every row so far, this batch included. */
  profile: ResultProfile;
}

export interface DoneMessage {
  type: "done";
  loaded: number;
  bytes: number;
  malformedCount: number;
}

export interface ErrorMessage {
  type: "error";
  /** The HTTP status, when the studio answered with an error. */
  status?: number;
  /** The studio's JSON error body (rebuild the ApiError with `apiErrorFromBody(status, body)`). */
  body?: unknown;
  message: string;
}

export type WorkerToMain = HeadMessage | BatchMessage | DoneMessage | ErrorMessage;

/** Batching: a small first batch as soon as possible, then larger ones by size or time. */
export const batching = {
  firstRows: 1_000,
  rows: 10_000,
  flushMs: 100,
  /** Batches posted but not yet acknowledged by the main thread. */
  inFlight: 2,
} as const;
