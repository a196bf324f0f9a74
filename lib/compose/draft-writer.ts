/**
 * Writes that wait for a pause in typing, but can be made at once: the compose draft is written
 * 250 ms after the last keystroke, and immediately when the page is hidden, closed or left, so the
 * last words typed before leaving are never the ones lost.
 */
export interface DebouncedWriter<T> {
  /** Writes `value` once `delayMs` pass without another schedule (only the latest is written). */
  schedule(value: T): void;
  /** Writes the pending value now, if there is one. */
  flush(): void;
}

export function debouncedWriter<T>(write: (value: T) => void, delayMs: number): DebouncedWriter<T> {
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    write(value);
  };
  return {
    schedule(value) {
      pending = { value };
      clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
  };
}
