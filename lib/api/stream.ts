import "server-only";
import { log } from "@/lib/log";

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Passes a response body through; when it fails part-way, the response is aborted (so the browser
 * sees an error, never a shorter body that looks whole), but only after `graceMs`: a browser drops
 * the chunks it has received and not yet read the moment the connection breaks, and those are the
 * rows the user should keep. The abort is an AbortError, which Next takes as a broken connection
 * (no stack trace in the log); the cause is logged here in one line.
 */
export function abortOnError(source: ReadableStream<Uint8Array>, what: string, signal?: AbortSignal, graceMs = 300): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  return new ReadableStream<Uint8Array>(
    {
      async pull(out) {
        try {
          const { done, value } = await reader.read();
          if (done) out.close();
          else out.enqueue(value);
        } catch (err) {
          if (signal?.aborted) return out.error(signal.reason);
          log.warn(`${what} broke off; aborting the response`, err);
          await sleep(graceMs, signal);
          out.error(new DOMException(`${what} broke off`, "AbortError"));
        }
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
