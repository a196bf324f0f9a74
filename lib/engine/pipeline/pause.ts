/**
 * The engine runs inside the studio's server process: a long synchronous stretch (the records of a
 * 60,000-row page) holds every API request, the studio's own polling included, until it ends. The
 * pipeline calls a pause between records and between steps; it gives the event loop a turn once the
 * last turn is `sliceMs` old, so the cost is one setImmediate per slice, not one per record.
 */
export type Pause = () => Promise<void>;

export function pauser(sliceMs = 20): Pause {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < sliceMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    last = performance.now();
  };
}

/** For callers with nothing else to serve (tests, the synchronous helpers): never yields. */
export const noPause: Pause = async () => undefined;
