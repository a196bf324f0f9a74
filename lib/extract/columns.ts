/** Column order for a result: schema properties first (in schema order), then keys seen in rows. */
export function columnsFromSchema(schema: Record<string, unknown> | null | undefined): string[] {
  const props = schema?.properties;
  if (!props || typeof props !== "object" || Array.isArray(props)) return [];
  return Object.keys(props);
}

/** Adds the keys of `row` not yet in `columns` (mutates and returns whether any were added). */
export function mergeColumns(columns: string[], known: Set<string>, row: Record<string, unknown>): boolean {
  return mergeKeys(columns, known, Object.keys(row)).length > 0;
}

/**
 * Adds `keys` (one row's, in its order) not yet `known` to `columns`, each right after the key
 * before it in the row, so that the rows' own order holds: when the first row has no "score"
 * (name, note, profile) and a later one has (name, note, score, profile), the columns read name,
 * note, score, profile, as the query or the template wrote them, not with score last. A key
 * with no known key before it in its row goes before the first known key after it, or last when
 * there is none. Returns the keys added; mutates columns and known.
 */
export function mergeKeys(columns: string[], known: Set<string>, keys: readonly string[]): string[] {
  // Most rows bring no new key: a pass over their keys, not a search of the columns per key.
  if (keys.every((k) => known.has(k))) return [];
  const added: string[] = [];
  let after = -1;
  for (const key of keys) {
    if (known.has(key)) {
      const at = columns.indexOf(key);
      if (at >= 0) after = at;
      continue;
    }
    known.add(key);
    if (after < 0) {
      // Nothing known before it in this row: before the first known key after it, else last.
      const next = keys.find((k) => known.has(k) && k !== key && columns.includes(k));
      after = (next === undefined ? columns.length : columns.indexOf(next)) - 1;
    }
    columns.splice(after + 1, 0, key);
    after++;
    added.push(key);
  }
  return added;
}
