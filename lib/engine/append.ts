/**
 * Appending a whole list to another. `into.push(...items)` passes one argument per item, and past
 * about 125,000 items (a 10 MB page of short rows, one element with that many children) it throws
 * "Maximum call stack size exceeded", which would kill the extraction.
 */
export function appendAll<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

/** appendAll in reverse order, for a depth-first walk's stack (the first child is popped first). */
export function appendReversed<T>(into: T[], items: readonly T[]): void {
  for (let i = items.length - 1; i >= 0; i--) into.push(items[i]!);
}
