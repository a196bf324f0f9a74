import type { Row } from "./rows";

/** Objects nested deeper than this are kept whole (as JSON text in a cell) rather than flattened. */
const MAX_DEPTH = 32;

const isPlainObject = (value: unknown): value is Row => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * `{a: {b: 1}, c: [1]}` → `{"a.b": 1, "c": [1]}`. Arrays stay values (JSON text in CSV), and so do
 * empty objects; a key that already has a dot keeps it, so `{"a.b": 1}` and `{a: {b: 1}}` land in
 * the same column (if one row has both, the later one in the row wins). The result has no
 * prototype, so any column name can be looked up safely.
 */
export function flattenRow(row: Row): Row {
  const out = Object.create(null) as Row;
  walk(row, "", 0, out);
  return out;
}

function walk(object: Row, prefix: string, depth: number, out: Row) {
  for (const key of Object.keys(object)) {
    const value = object[key];
    const name = depth === 0 ? key : `${prefix}.${key}`;
    if (isPlainObject(value) && depth < MAX_DEPTH && hasKeys(value)) walk(value, name, depth + 1, out);
    else out[name] = value;
  }
}

function hasKeys(object: Row): boolean {
  for (const key in object) if (Object.hasOwn(object, key)) return true;
  return false;
}
