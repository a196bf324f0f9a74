"use client";

import { useEffect, useRef, useState } from "react";
import { grid as gridConfig } from "@/lib/config";
import { ApiError, apiErrorFromBody } from "@/lib/errors";
import type { ProviderName } from "@/lib/extract/types";
import { NdjsonDecoder, type NdjsonItem } from "@/lib/ndjson/decoder";
import { providerQuery } from "@/lib/queries/tasks";

export interface MalformedLine {
  line: number;
  error: string;
  snippet: string;
}

export interface RowStreamState {
  status: "loading" | "done" | "error";
  loaded: number;
  bytes: number;
  malformedCount: number;
  /** The first malformed lines (kept short: the count above is the full story). */
  malformed: MalformedLine[];
  error: unknown;
}

const MAX_MALFORMED_KEPT = 100;

/**
 * Streams a task's NDJSON rows from the studio and hands them over in batches. Rows never go into
 * React state (a million of them would be a million-element array copied per render); `onBatch`
 * gives them straight to the grid.
 */
export function useRowStream(
  taskId: string,
  provider: ProviderName | null,
  enabled: boolean,
  onBatch: (rows: Record<string, unknown>[]) => void,
  attempt: number,
): RowStreamState {
  const [state, setState] = useState<RowStreamState>({ status: "loading", loaded: 0, bytes: 0, malformedCount: 0, malformed: [], error: null });
  const onBatchRef = useRef(onBatch);
  useEffect(() => {
    onBatchRef.current = onBatch;
  }, [onBatch]);

  useEffect(() => {
    if (!enabled) return;
    const abort = new AbortController();
    let loaded = 0;
    let bytes = 0;
    let malformedCount = 0;
    const malformed: MalformedLine[] = [];
    let batch: Record<string, unknown>[] = [];
    let lastFlush = performance.now();
    const items: NdjsonItem[] = [];

    const publish = (status: RowStreamState["status"], error: unknown = null) =>
      setState({ status, loaded, bytes, malformedCount, malformed: [...malformed], error });

    const flush = () => {
      if (batch.length) onBatchRef.current(batch);
      batch = [];
      lastFlush = performance.now();
      publish("loading");
    };

    const take = () => {
      for (const item of items) {
        if ("value" in item) {
          batch.push(item.value);
          loaded++;
        } else {
          malformedCount++;
          if (malformed.length < MAX_MALFORMED_KEPT) malformed.push(item);
        }
      }
      items.length = 0;
    };

    (async () => {
      setState({ status: "loading", loaded: 0, bytes: 0, malformedCount: 0, malformed: [], error: null });
      const res = await fetch(`/api/extract/${encodeURIComponent(taskId)}/rows${providerQuery(provider)}`, { signal: abort.signal });
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
      if (batch.length) onBatchRef.current(batch);
      batch = [];
      publish("done");
    })().catch((err: unknown) => {
      if (abort.signal.aborted) return;
      // Rows already handed to the grid stay there; the panel offers a retry.
      if (batch.length) onBatchRef.current(batch);
      batch = [];
      const error = err instanceof ApiError ? err : new ApiError("studio_unreachable", "The download of the rows broke off. Retry to load them again.", { cause: err });
      publish("error", error);
    });

    return () => abort.abort();
  }, [taskId, provider, enabled, attempt]);

  return state;
}
