/**
 * The engine runs inside the studio's server process: a long synchronous stretch (the records of a
 * 60,000-row page) holds every API request, the studio's own polling included, until it ends. The
 * pipeline calls a pause between records and between steps; it gives the event loop a turn once the
 * last turn is `sliceMs` old, so the cost is one setImmediate per slice, not one per record.
 */
export type Pause = (() => Promise<void>) & {
  /**
   * Whether a turn is due now. Steps (steps.ts) ask before awaiting the pause: a long page takes
   * millions of steps, and awaiting a pause that gives no turn still costs a promise each.
   */
  due?: () => boolean;
};

/**
 * `signal`: a cancelled extraction stops at its next turn (it throws the signal's reason), so a long
 * page's records are not read to the end for nobody.
 */
export function pauser(sliceMs = 20, signal?: AbortSignal): Pause {
  let last = performance.now();
  const due = () => performance.now() - last >= sliceMs;
  const pause = async () => {
    if (!due()) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    last = performance.now();
    signal?.throwIfAborted();
  };
  return Object.assign(pause, { due });
}

/** For callers with nothing else to serve (tests, the synchronous helpers): never yields. */
export const noPause: Pause = async () => undefined;
