/**
 * Long computations written as steps (generators that yield between pieces of work), so that one
 * body of code serves both callers: the synchronous helpers run the steps straight through, the
 * pipeline (which runs in the studio's server) lets the event loop in between (see pipeline/pause.ts).
 * Each yield costs a generator resume, not a turn: the pause decides when a turn is due.
 */
export type Steps<T> = Generator<void, T, undefined>;

/**
 * Items between two steps in loops whose items cost well under a microsecond (a node of a tree walk,
 * a value of a column): a step per item would cost more than the item.
 */
export const STRIDE = 512;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `pause.due`, when the pause has it, says whether to await it at all (see pipeline/pause.ts). */
export async function runStepsPaused<T>(steps: Steps<T>, pause: (() => Promise<void>) & { due?: () => boolean }): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (!pause.due || pause.due()) await pause();
  }
}

/** `xs.map(fn)`, a step after each item. */
export function* mapSteps<T, U>(xs: readonly T[], fn: (x: T, i: number) => U): Steps<U[]> {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) {
    out.push(fn(xs[i]!, i));
    yield;
  }
  return out;
}

/** `xs.filter(keep)`, a step after each item. */
export function* filterSteps<T>(xs: readonly T[], keep: (x: T, i: number) => boolean): Steps<T[]> {
  const out: T[] = [];
  for (let i = 0; i < xs.length; i++) {
    if (keep(xs[i]!, i)) out.push(xs[i]!);
    yield;
  }
  return out;
}
