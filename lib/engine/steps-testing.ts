/** Test helper: a computation's steps run straight through, counted (a stretch per step, not one for all). */
import type { Steps } from "./steps";

export function drainSteps<T>(steps: Steps<T>): { value: T; steps: number } {
  let count = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, steps: count };
    count++;
  }
}
