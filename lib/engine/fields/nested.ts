/**
 * Object fields of a row schema (`company: { name, location }`). A page's text is flat, so each of
 * the object's properties is filled as a flat field named by its path ("company.name"), whose words
 * are the parent's and the child's: "company.name" looks for the company's name, not the job's
 * title. The row is nested back before it is validated. One level deep: a property that is itself
 * an object, or a list of objects, stays unfilled (the pipeline's notes say so).
 */
import type { FieldSpec } from "./spec";

/** Joins an object field's name and its property's name into the flat field's name. */
export const PATH = ".";

/** A property the engine fills: a flat value, or a list of flat values (lists.ts). */
const flat = (f: FieldSpec) => f.type !== "object" && (f.type !== "array" || !!f.items);

/** Whether the object field has properties the engine fills (see flattenObjectFields). */
export const fillsObject = (f: FieldSpec): boolean => f.type === "object" && !!f.properties?.some(flat);

/**
 * The fields to fill: flat fields as they are, and for each object field one field per flat
 * property. A property is required only when the object is: an optional object with a required
 * part may be left out whole.
 */
export function flattenObjectFields(fields: FieldSpec[]): FieldSpec[] {
  return fields.flatMap((f) => {
    if (!fillsObject(f)) return [f];
    return f.properties!.filter(flat).map((p): FieldSpec => {
      const { properties: _, ...child } = p;
      return { ...child, name: `${f.name}${PATH}${p.name}`, required: f.required && p.required };
    });
  });
}

/**
 * A row of flat fields (flattenObjectFields) nested as the schema's `fields` say: "company.name"
 * and "company.location" become `company: { name, location }`, in the schema's property order.
 * An object none of whose parts has a value is left out, or null when the schema allows null.
 */
export function nestRow(row: Record<string, unknown>, fields: FieldSpec[]): Record<string, unknown> {
  if (!fields.some(fillsObject)) return row;
  const out: Record<string, unknown> = {};
  const taken = new Set<string>();
  for (const f of fields) {
    if (!fillsObject(f)) {
      if (Object.hasOwn(row, f.name)) out[f.name] = row[f.name];
      taken.add(f.name);
      continue;
    }
    const obj: Record<string, unknown> = {};
    for (const p of f.properties!.filter(flat)) {
      const key = `${f.name}${PATH}${p.name}`;
      taken.add(key);
      if (row[key] !== undefined) obj[p.name] = row[key];
    }
    if (Object.values(obj).some((v) => v !== null && v !== "")) out[f.name] = obj;
    else if (f.nullable) out[f.name] = null;
  }
  // Anything else the row holds (keys no field names) stays as it is.
  for (const [key, value] of Object.entries(row)) if (!taken.has(key) && !Object.hasOwn(out, key)) out[key] = value;
  return out;
}

/** A flat field's value in a nested row: `row["company.name"]`, else `row.company.name`. */
export function valueAt(row: Record<string, unknown>, name: string): unknown {
  if (Object.hasOwn(row, name) || !name.includes(PATH)) return row[name];
  const at = name.indexOf(PATH);
  const parent = row[name.slice(0, at)];
  return parent && typeof parent === "object" && !Array.isArray(parent) ? (parent as Record<string, unknown>)[name.slice(at + PATH.length)] : undefined;
}
