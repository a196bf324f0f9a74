/**
 * Messages between the results page (main thread) and the rows Web Worker (rows.worker.ts).
 * The worker fetches a task's NDJSON, parses and validates it and keeps every row; the main thread
 * hears about progress and asks for the slices of the grid's view it shows (AG Grid's infinite row
 * model), so it never holds more than the rows on screen.
 */
import type { ColumnKind } from "@/lib/results/columns";
import type { ResultProfile } from "@/lib/results/profile";
import type { StoredRow } from "@/lib/results/row-store";
import type { ViewQuery } from "@/lib/results/view";

export type { ColumnKind } from "@/lib/results/columns";
export type { ResultProfile } from "@/lib/results/profile";
export type { StoredRow } from "@/lib/results/row-store";
export type { RowInvalidity, ViewQuery } from "@/lib/results/view";

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

// ---- main → worker ----

export interface StartMessage {
  type: "start";
  /** Same-origin URL of the rows (relative URLs are resolved against the worker's location). */
  url: string;
  /** The task's row schema; null: no validation. */
  schema: Record<string, unknown> | null;
}

/**
 * After an error: load the rest. The rows already received stay; the request asks the studio to
 * skip the lines already read (`from=`), so nothing is downloaded or parsed twice.
 */
export interface ResumeMessage {
  type: "resume";
}

export interface CancelMessage {
  type: "cancel";
}

/**
 * The grid shows its first rows: read on. After the first rows the worker pauses reading (for at
 * most `progress.holdMs`) so that the download, the server and the parsing do not compete with the
 * page for the CPU while the grid starts and paints them.
 */
export interface FlowMessage {
  type: "flow";
}

/** Rows `start`..`end` (exclusive) of the view `query` describes (answered with a SliceMessage). */
export interface SliceRequest {
  type: "slice";
  id: number;
  query: ViewQuery;
  start: number;
  end: number;
}

/** Every position the view shows, in order (answered with a PositionsMessage). */
export interface PositionsRequest {
  type: "positions";
  id: number;
  query: ViewQuery;
}

export type MainToWorker = StartMessage | ResumeMessage | CancelMessage | FlowMessage | SliceRequest | PositionsRequest;

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

/** Sent as rows arrive (the first 1,000 at once, then at most every `progressEveryMs`). */
export interface ProgressMessage {
  type: "progress";
  /** Rows parsed so far. */
  loaded: number;
  /** Bytes of the body read so far (over every attempt). */
  bytes: number;
  malformedCount: number;
  /** Malformed lines new since the previous message (at most MAX_MALFORMED_KEPT over the whole load). */
  malformed: MalformedLine[];
  /**
   * Every key the schema does not name, in column order, when one is new since the previous message
   * (else empty): a later row can place a new key between earlier ones (lib/extract/columns
   * mergeKeys). The schema's properties come first and are not listed.
   */
  columns: string[];
  /**
   * Kinds decided since the previous message for keys the schema does not name, inferred from their
   * values (lib/results/column-kinds): each key's kind comes once and never changes. Usually in the
   * message that brings the key; later when its values so far were all blank.
   */
  kinds: Record<string, ColumnKind>;
  /** Per-column profile (filled / distinct / invalid) of every row so far. */
  profile: ResultProfile;
}

export interface SliceMessage {
  type: "slice";
  id: number;
  rows: StoredRow[];
  /** Rows in the whole view now. */
  count: number;
}

export interface PositionsMessage {
  type: "positions";
  id: number;
  /** Transferred. */
  positions: Int32Array;
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

export type WorkerToMain = HeadMessage | ProgressMessage | DoneMessage | ErrorMessage | SliceMessage | PositionsMessage;

export const progress = {
  /** The first rows are announced as soon as there are this many (or the load ends). */
  firstRows: 1_000,
  everyMs: 100,
  /** The longest pause after the first rows, waiting for the grid to show them (FlowMessage). */
  holdMs: 1_500,
} as const;
