import { fieldSpecsFromQuery } from "@/lib/engine/fields/query";
import { tokens, type FieldSpec } from "@/lib/engine/fields/spec";
import { parseJson, stringifyJson, type Json, type JsonObject } from "./ordered-json";

/**
 * "Suggest a schema from the query": the fields the query names, merged into the current schema.
 * Offline string work (no model, no network). Existing fields are kept exactly as written and new ones
 * appended; nothing is marked required, because Linkup advises against over-constraining a schema
 * (a required field the page lacks drops the whole row).
 */

export interface DiffLine {
  kind: "same" | "added" | "removed";
  text: string;
}

export interface Suggestion {
  proposed: string;
  diff: DiffLine[];
}

export type SuggestionOutcome =
  | ({ ok: true; added: string[] } & Suggestion)
  | { ok: false; reason: "no-fields" | "not-mergeable" | "no-change"; message: string };

/** The proposed schema and its line diff against the current one; null when there is nothing to offer. */
export function suggestSchema(q: string, currentText: string): Suggestion | null {
  const outcome = planSuggestion(q, currentText);
  return outcome.ok ? { proposed: outcome.proposed, diff: outcome.diff } : null;
}

/** Like suggestSchema, with the sentence a user needs when there is no suggestion. */
export function planSuggestion(q: string, currentText: string): SuggestionOutcome {
  const specs = fieldSpecsFromQuery(q);
  if (!specs) {
    return { ok: false, reason: "no-fields", message: "The query names no fields. List them, e.g. “every engineer with name, role and profile page”." };
  }
  const notMergeable = (why: string) => ({ ok: false as const, reason: "not-mergeable" as const, message: `${why} Fix it or clear it to get a suggestion.` });

  let root: JsonObject = new Map();
  let current = "";
  if (currentText.trim() !== "") {
    const parsed = parseJson(currentText);
    if ("error" in parsed) return notMergeable(parsed.error);
    if (!(parsed.value instanceof Map)) return notMergeable("The schema is not a JSON object.");
    root = parsed.value;
    current = stringifyJson(root);
  }
  const type = root.get("type");
  if (type !== undefined && type !== "object") return notMergeable('The schema does not describe one row ("type": "object").');
  const existing = root.get("properties") ?? new Map<string, Json>();
  if (!(existing instanceof Map)) return notMergeable('The schema\'s "properties" is not an object.');

  // "profile_page" or "ProfilePage" already in the schema is the query's "profile page".
  const key = (name: string) => tokens(name).join(" ");
  const known = new Set([...existing.keys()].map(key));
  const props = new Map(existing);
  const added: string[] = [];
  for (const spec of specs) {
    if (known.has(key(spec.name)) || props.has(spec.name)) continue;
    known.add(key(spec.name));
    props.set(spec.name, propertyFor(spec));
    added.push(spec.name);
  }
  if (added.length === 0) {
    return { ok: false, reason: "no-change", message: "The schema already has every field the query names." };
  }

  const next: JsonObject = type === undefined ? new Map<string, Json>([["type", "object"], ...root]) : new Map(root);
  next.set("properties", props);
  const proposed = stringifyJson(next);
  return { ok: true, added, proposed, diff: diffLines(current === "" ? [] : current.split("\n"), proposed.split("\n")) };
}

function propertyFor(spec: FieldSpec): JsonObject {
  const prop: JsonObject = new Map<string, Json>([["type", spec.type]]);
  if (spec.format) prop.set("format", spec.format);
  if (spec.items) {
    const { description: _, ...item } = spec.items;
    prop.set("items", propertyFor(item));
  }
  if (spec.description) prop.set("description", spec.description);
  return prop;
}

/** Past this many cells the LCS table costs more than it is worth: show a replace-all diff instead. */
const MAX_LCS_CELLS = 4_000_000;

/** A line diff from the longest common subsequence; removals come before additions in a change. */
export function diffLines(before: readonly string[], after: readonly string[]): DiffLine[] {
  // Common head and tail need no table, and in a schema merge they are most of the text.
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const a = before.slice(head, before.length - tail);
  const b = after.slice(head, after.length - tail);
  const out: DiffLine[] = before.slice(0, head).map((text) => ({ kind: "same", text }));

  const n = a.length;
  const m = b.length;
  if (n * m > MAX_LCS_CELLS) {
    for (const text of a) out.push({ kind: "removed", text });
    for (const text of b) out.push({ kind: "added", text });
  } else {
    // lcs[i * (m + 1) + j] = length of the LCS of a[i..] and b[j..].
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] = a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[i] === b[j]) {
        out.push({ kind: "same", text: a[i]! });
        i++;
        j++;
      } else if (j >= m || (i < n && lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!)) {
        out.push({ kind: "removed", text: a[i++]! });
      } else {
        out.push({ kind: "added", text: b[j++]! });
      }
    }
  }
  for (const text of before.slice(before.length - tail)) out.push({ kind: "same", text });
  return out;
}
