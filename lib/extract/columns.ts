/** Column order for a result: schema properties first (in schema order), then keys seen in rows. */
export function columnsFromSchema(schema: Record<string, unknown> | null | undefined): string[] {
  const props = schema?.properties;
  if (!props || typeof props !== "object" || Array.isArray(props)) return [];
  return Object.keys(props);
}

/** Adds the keys of `row` not yet in `columns` (mutates and returns whether any were added). */
export function mergeColumns(columns: string[], known: Set<string>, row: Record<string, unknown>): boolean {
  let added = false;
  for (const key of Object.keys(row)) {
    if (!known.has(key)) {
      known.add(key);
      columns.push(key);
      added = true;
    }
  }
  return added;
}
