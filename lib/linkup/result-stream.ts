/**
 * The result file as the client hands it on: a pull-based guard around Linkup's NDJSON download that
 * abandons a stalled download and turns an incomplete file into an error instead of a clean end.
 */
import { ApiError } from "@/lib/errors";
import { log } from "@/lib/log";
import { CompletenessCheck } from "./completeness";

/**
 * Pull-based wrapper: reads the next upstream chunk only when our consumer asks for one (so a slow
 * browser slows the download instead of filling memory), gives up when upstream stalls, and
 * errors instead of ending when the file is incomplete, so that a consumer never mistakes a
 * download that broke off for the whole result (the rows route then aborts its response).
 */
export function guardResult(
  body: ReadableStream<Uint8Array>,
  controller: AbortController,
  rowsReturned: number,
  id: string,
  idleTimeoutMs: number | undefined,
  callerSignal?: AbortSignal,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  const idleMs = idleTimeoutMs ?? 60_000;
  const completeness = new CompletenessCheck();
  return new ReadableStream<Uint8Array>(
    {
      async pull(out) {
        const timer = setTimeout(() => controller.abort(new DOMException("stalled", "TimeoutError")), idleMs);
        try {
          const { done, value } = await reader.read();
          if (!done) {
            completeness.push(value);
            out.enqueue(value);
            return;
          }
          const problem = completeness.end(rowsReturned);
          if (!problem) return out.close();
          log.warn(`result download for task ${id} ended early: ${problem}`);
          out.error(new ApiError("upstream_unavailable", "The result file from Linkup ended before every row had arrived. Try again.", { cause: problem }));
        } catch (err) {
          // The reader went away (closed tab, cancelled export): nothing to report.
          if (callerSignal?.aborted) return out.error(callerSignal.reason);
          const stalled = controller.signal.aborted;
          log.warn(`result download for task ${id} ${stalled ? `stalled for ${idleMs} ms` : "broke off"} after ${completeness.lines} line(s)`, err);
          out.error(
            stalled
              ? new ApiError("upstream_timeout", "Linkup stopped sending the result file. Try again.", { cause: err })
              : new ApiError("upstream_unavailable", "The download of the result from Linkup broke off. Try again.", { cause: err }),
          );
        } finally {
          clearTimeout(timer);
        }
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
