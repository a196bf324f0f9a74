/**
 * Lookups keyed by words from pages, queries and schemas. A plain object answers "constructor",
 * "toString" or "__proto__" with what every object inherits: a field named "constructor" (a
 * Formula 1 standings column) then found a function among its synonyms and crashed the run, or was
 * taken as already filled and skipped. Tables are built without a prototype, and rows are read by
 * their own keys only.
 */

/** A constant table that answers only the keys it was given. */
export function lookup<T>(entries: Record<string, T>): Readonly<Record<string, T | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** `obj[key]` when obj has that key itself, else undefined (never an inherited member). */
export function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/**
 * Sets `obj[key]` as the object's own property, whatever the key: `row["__proto__"] = v` would
 * replace the row's prototype (or, for text, do nothing) instead of filling a field so named.
 */
export function put(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}
