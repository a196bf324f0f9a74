/**
 * A Nuxt 3 page's embedded state: `<script type="application/json" id="__NUXT_DATA__">[…]</script>`
 * is written by devalue, not as plain JSON: a flat array whose entry 0 is the root, where every
 * array item and object value is the index of another entry (so a value shared or cyclic is written
 * once), a negative index is a value JSON has not (-1 undefined, -2 a hole, -3 NaN, -4/-5 ±Infinity,
 * -6 -0), and an array that starts with a text is a typed value: `["Date","2024-…"]`,
 * `["Set",i,…]`, `["Map",k,v,…]`, `["null",key,i,…]` (an object without prototype), or a Nuxt
 * reviver's wrapper around one value (`["Reactive",i]`, `["ShallowReactive",i]`, `["Ref",i]`…).
 * Revived here without running anything: a wrapper is its value, a Set an array, a Map an object
 * (its keys as text), a Date its text. Each entry is revived once (shared values stay shared,
 * cycles stay cycles: the walk in app-state.ts bounds its depth), iteratively (a deep state does
 * not overflow the stack), in steps, at most `maxNodes` entries.
 */
import { STRIDE, type Steps } from "../steps";

const SPECIAL: Record<number, unknown> = { [-1]: null, [-2]: null, [-3]: NaN, [-4]: Infinity, [-5]: -Infinity, [-6]: 0 };
/** Wrappers that hold one value through more wrappers than this are not read (or cyclic). */
const MAX_WRAPS = 32;

/** A container to fill from its entry, from item `at` on (a long array is filled over several steps). */
type Fill = { kind: "array" | "set" | "map" | "null" | "object"; into: unknown[] | Record<string, unknown>; entry: unknown; at: number };

const setKey = (o: Record<string, unknown>, key: string, value: unknown) => Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

/** The devalue-encoded value (the parsed JSON array), or null when it is not one. */
export function* reviveDevalueSteps(entries: unknown, maxNodes: number): Steps<unknown> {
  if (!Array.isArray(entries) || !entries.length) return null;
  const memo = new Map<number, unknown>();
  const pending = new Set<number>();
  const work: Fill[] = [];
  let made = 0;

  const revive = (index: unknown, wraps = 0): unknown => {
    if (typeof index !== "number" || !Number.isInteger(index)) return null;
    if (index < 0) return SPECIAL[index] ?? null;
    if (memo.has(index)) return memo.get(index);
    const entry: unknown = entries[index];
    if (entry === undefined || made >= maxNodes) return null;
    made++;
    if (typeof entry !== "object" || entry === null) return set(index, entry);
    if (!Array.isArray(entry)) return start(index, "object", {}, entry);
    if (typeof entry[0] !== "string") return start(index, "array", [], entry);
    switch (entry[0]) {
      case "Set":
        return start(index, "set", [], entry);
      case "Map":
        return start(index, "map", {}, entry);
      case "null":
        return start(index, "null", {}, entry);
      case "Date":
      case "RegExp":
      case "BigInt":
      case "Object":
      case "URL":
        return set(index, typeof entry[1] === "string" || typeof entry[1] === "number" ? entry[1] : null);
      default: {
        // A reviver's wrapper (Reactive, Ref, ShallowReactive, NuxtError…): the value it wraps.
        if (pending.has(index) || wraps > MAX_WRAPS) return null;
        pending.add(index);
        const inner = revive(entry[1], wraps + 1);
        pending.delete(index);
        return set(index, inner);
      }
    }
  };
  const set = (index: number, value: unknown) => {
    memo.set(index, value);
    return value;
  };
  const start = (index: number, kind: Fill["kind"], into: Fill["into"], entry: unknown) => {
    work.push({ kind, into, entry, at: 0 });
    return set(index, into);
  };

  const root = revive(0);
  while (work.length) {
    yield;
    const fill = work.pop()!;
    const { kind, into, entry } = fill;
    // Objects and arrays alike as [key, index] pairs; a Set's, a Map's and a "null" object's items follow their tag.
    const items: unknown[] = kind === "object" ? Object.entries(entry as Record<string, unknown>) : (entry as unknown[]);
    const from = fill.at || (kind === "object" || kind === "array" ? 0 : 1);
    const pair = kind === "map" || kind === "null" ? 2 : 1;
    const to = Math.min(items.length, from + STRIDE * pair);
    for (let k = from; k < to; k += pair) {
      if (kind === "array" || kind === "set") (into as unknown[]).push(revive(items[k]));
      else if (kind === "object") {
        const [key, i] = items[k] as [string, unknown];
        setKey(into as Record<string, unknown>, key, revive(i));
      } else if (k + 1 < items.length) {
        const key = kind === "null" ? items[k] : revive(items[k]);
        if (typeof key === "string" || typeof key === "number") setKey(into as Record<string, unknown>, String(key), revive(items[k + 1]));
      }
    }
    if (to < items.length) work.push({ ...fill, at: to });
  }
  return root;
}
