/**
 * Drops the first `lines` newline-terminated lines of a byte stream, without decoding them: how a
 * download that broke off resumes after the lines already read (the result of a completed task
 * never changes, so line N is the same line on every read). Pure, for the server and the browser.
 */
export function skipLines(source: ReadableStream<Uint8Array>, lines: number): ReadableStream<Uint8Array> {
  if (lines <= 0) return source;
  let left = lines;
  return source.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        if (left === 0) return controller.enqueue(chunk);
        let at = 0;
        while (left > 0) {
          const nl = chunk.indexOf(0x0a, at);
          if (nl === -1) return;
          left--;
          at = nl + 1;
        }
        if (at < chunk.length) controller.enqueue(chunk.subarray(at));
      },
    }),
  );
}
