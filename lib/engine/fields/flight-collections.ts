/**
 * A flight stream's Maps, Sets and FormData. React's server writes a Map as `"$Q5"`, a Set as `"$W5"`
 * and a FormData as `"$K5"`: row 5 holds the Map's or FormData's entries (`[[key, value], …]`) or
 * the Set's values (`[…]`), and a path may follow (`"$Q5:props:m"`), as after `$5` (React's client:
 * parseModelString, createMap / createSet / createFormData). Read here as app-state.ts's walk reads
 * JSON: a Set is the array of its values, a Map whose keys are all texts (or numbers) an object of
 * its entries, any other Map the array of its `[key, value]` pairs. A FormData's keys are texts and
 * may repeat (a form's checkboxes): an object of its entries, a repeated key's values in an array.
 * Resolved after the other references (flight-state.ts), so the keys are read texts (`$$…` already
 * one `$`), and in two passes: every Map and Set is made before any Map is filled, so a Map may hold
 * another, or itself. Each row is read once however often it is named; at most `budget` values.
 */
import { STRIDE, type Steps } from "../steps";

/** `$Q5`, `$W5`, `$K5`, with a path after it (`$Q5:props:m`). */
export const COLLECTION = /^\$([QWK])([0-9a-f]+(?::[^:]*)*)$/;

/** Where a `$Q…` / `$W…` text was found: `holder[key]`. */
export interface CollectionSite {
  holder: Record<string, unknown>;
  key: string;
  /** The text itself. */
  ref: string;
}

const setKey = (o: Record<string, unknown>, key: string, value: unknown) => Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

/** `repeats`: a FormData's, whose repeated key keeps every value (a Map's last one wins). */
type Fill = { into: Record<string, unknown>; entries: unknown[][]; repeats: boolean };

/**
 * Each site's text replaced by the Map or Set it names (`lookup` gives the row a `$5`-style reference
 * names); a text whose row is missing or not an array stays as it is, as an unresolved `$5` does.
 */
export function* resolveCollections(sites: CollectionSite[], lookup: (ref: string) => unknown, budget: number): Steps<void> {
  const made = new Map<string, unknown>();
  const fills: Fill[] = [];
  let n = 0;
  for (const site of sites) {
    if (n >= budget) return;
    if (++n % STRIDE === 0) yield;
    const m = COLLECTION.exec(site.ref);
    if (!m) continue;
    if (!made.has(site.ref)) {
      const row = lookup(`$${m[2]!}`);
      let value: unknown;
      if (!Array.isArray(row)) value = undefined;
      // A Set: the row is the array of its values, already resolved in place.
      else if (m[1] === "W") value = row;
      else {
        const entries: unknown[][] = [];
        let texts = true;
        for (const e of row) {
          if (n >= budget) return;
          if (++n % STRIDE === 0) yield;
          if (!Array.isArray(e) || e.length < 2) continue;
          entries.push(e);
          // A key still written `$Q…` is a Map or Set not made yet: not a text.
          if (typeof e[0] !== "number" && (typeof e[0] !== "string" || COLLECTION.test(e[0]))) texts = false;
        }
        if (texts) {
          value = {};
          fills.push({ into: value as Record<string, unknown>, entries, repeats: m[1] === "K" });
        } else value = entries;
      }
      made.set(site.ref, value);
    }
    const value = made.get(site.ref);
    if (value !== undefined) site.holder[site.key] = value;
  }
  // Every site now holds its Map or Set, those inside entries too: a copied value is the final one.
  for (const { into, entries, repeats } of fills) {
    const repeated = new Set<string>();
    for (const [k, v] of entries) {
      if (n >= budget) return;
      if (++n % STRIDE === 0) yield;
      const key = String(k);
      if (!repeats || !Object.hasOwn(into, key)) setKey(into, key, v);
      else if (repeated.has(key)) (into[key] as unknown[]).push(v);
      else {
        repeated.add(key);
        setKey(into, key, [into[key], v]);
      }
    }
  }
}
