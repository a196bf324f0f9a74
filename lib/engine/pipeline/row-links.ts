/**
 * The links of a row that verify-URLs checks: with a schema, the values of its link fields (format
 * uri), of its lists of links, and the link properties of its lists of objects, where each sits in
 * the nested row; without one (or with no link field), every http(s) value the row holds.
 */
import { valueAtPath, type FieldSpec } from "../fields";

const HTTP = /^https?:\/\//i;

/** Every plain value inside `v`: itself, a list's items, an object's values, all the way down. */
const values = (v: unknown): unknown[] => (Array.isArray(v) ? v.flatMap(values) : v && typeof v === "object" ? Object.values(v).flatMap(values) : [v]);

/** Reads one field's links out of its value. */
type Reader = (v: unknown) => unknown[];

function readerOf(f: FieldSpec): Reader | null {
  if (f.format === "uri" || f.items?.format === "uri") return values;
  const props = f.items?.type === "object" ? (f.items.properties ?? []).filter((p) => p.format === "uri").map((p) => p.name) : [];
  if (!props.length) return null;
  return (v) => (Array.isArray(v) ? v : []).flatMap((item) => (item && typeof item === "object" ? props.map((name) => (item as Record<string, unknown>)[name]) : []));
}

/** `fields` as the pipeline fills them (objects flattened), `paths` where each sits (fieldPaths). */
export function rowLinks(fields: FieldSpec[] | null, paths: Map<string, string[]>): (row: Record<string, unknown>) => string[] {
  const readers = (fields ?? []).flatMap((f) => {
    const read = readerOf(f);
    return read ? [{ path: paths.get(f.name) ?? [f.name], read }] : [];
  });
  return (row) =>
    (readers.length ? readers.flatMap(({ path, read }) => read(valueAtPath(row, path))) : values(row)).filter((v): v is string => typeof v === "string" && HTTP.test(v));
}
