/**
 * Object fields of a row schema (`company: { name, location }`). A page's text is flat, so each of
 * the object's properties is filled as a flat field named by its path ("company.name"), whose words
 * are the parent's and the child's: "company.name" looks for the company's name, not the job's
 * title. The row is nested back before it is validated. One level deep: a property that is itself
 * an object, or a list of objects, stays unfilled (the pipeline's notes name them: unfilledParts),
 * and so does one whose path is the name of another field of the row, which takes the value.
 */
import { tokens, type FieldSpec } from "./spec";
import { own, put } from "../lookup";

/** Names of parts that every record has one of its own: its name, link, picture. */
const GENERIC_PARTS = new Set(["name", "title", "url", "link", "href", "image", "logo", "photo", "picture", "thumbnail", "avatar"]);

/** Joins an object field's name and its property's name into the flat field's name. */
export const PATH = ".";

/** A property the engine fills: a flat value, or a list of flat values (lists.ts). */
const flat = (f: FieldSpec) => f.type !== "object" && (f.type !== "array" || (!!f.items && f.items.type !== "object"));

/** Whether the object field has properties the engine fills (see flattenObjectFields). */
export const fillsObject = (f: FieldSpec): boolean => f.type === "object" && !!f.properties?.some(flat);

const pathName = (f: FieldSpec, p: FieldSpec) => `${f.name}${PATH}${p.name}`;

/** The object's properties the engine fills: flat ones whose path no field of the row is named. */
function filledParts(f: FieldSpec, fields: FieldSpec[]): FieldSpec[] {
  if (!fillsObject(f)) return [];
  return f.properties!.filter((p) => flat(p) && !fields.some((g) => g.name === pathName(f, p)));
}

/**
 * The fields to fill: flat fields as they are, and for each object field one field per flat
 * property. A property is required only when the object is: an optional object with a required
 * part may be left out whole.
 */
export function flattenObjectFields(fields: FieldSpec[]): FieldSpec[] {
  return fields.flatMap((f) => {
    if (!fillsObject(f)) return [f];
    return filledParts(f, fields).map((p): FieldSpec => {
      const { properties: _, ...child } = p;
      const words = tokens(p.name);
      // "brand.name", "author.url": the record has a name and a link of its own; the part must be named by its object.
      const context = GENERIC_PARTS.has(words[words.length - 1] ?? "") ? tokens(f.name) : undefined;
      return { ...child, name: pathName(f, p), parent: f.name, required: f.required && p.required, ...(context ? { context } : {}) };
    });
  });
}

/**
 * The parts of object fields left unfilled ("company.address", an object in an object), by path. A
 * part whose path is the name of a field of the row is that field's, and not named here.
 */
export function unfilledParts(fields: FieldSpec[]): string[] {
  return fields.flatMap((f) => {
    if (f.type !== "object" || !f.properties) return [];
    const filled = new Set(filledParts(f, fields));
    return f.properties.filter((p) => !filled.has(p) && !fields.some((g) => g.name === pathName(f, p))).map((p) => pathName(f, p));
  });
}

/**
 * A row of flat fields (flattenObjectFields) nested as the schema's `fields` say: "company.name"
 * and "company.location" become `company: { name, location }`, in the schema's property order.
 * An object is kept when it has a value and each of its required parts, or when the row must have
 * it (then the schema's check says what is missing, or it is complete with nulls the schema
 * allows). Else it is left out, or null when the schema allows null.
 */
export function nestRow(row: Record<string, unknown>, fields: FieldSpec[]): Record<string, unknown> {
  if (!fields.some(fillsObject)) return row;
  const out: Record<string, unknown> = {};
  const taken = new Set<string>();
  for (const f of fields) {
    if (!fillsObject(f)) {
      if (Object.hasOwn(row, f.name)) put(out, f.name, row[f.name]);
      taken.add(f.name);
      continue;
    }
    const parts = filledParts(f, fields);
    const obj: Record<string, unknown> = {};
    for (const p of parts) {
      const key = pathName(f, p);
      taken.add(key);
      if (own(row, key) !== undefined) put(obj, p.name, row[key]);
    }
    const hasValue = Object.values(obj).some((v) => v !== null && v !== "");
    const complete = (f.properties ?? []).every((p) => !p.required || own(obj, p.name) !== undefined);
    if ((hasValue && complete) || (f.required && (hasValue || (complete && Object.keys(obj).length > 0)))) put(out, f.name, obj);
    else if (f.nullable) put(out, f.name, null);
  }
  // Anything else the row holds (keys no field names) stays as it is.
  for (const [key, value] of Object.entries(row)) if (!taken.has(key) && !Object.hasOwn(out, key)) out[key] = value;
  return out;
}

/**
 * Where each flat field's value sits in a nested row: "company.name" → ["company", "name"]; a field
 * of the row itself, even with a dot in its name ("a.b"), → [name].
 */
export function fieldPaths(fields: FieldSpec[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of fields) {
    out.set(f.name, [f.name]);
    for (const p of filledParts(f, fields)) out.set(pathName(f, p), [f.name, p.name]);
  }
  return out;
}

/** The value at a path of a nested row (fieldPaths). */
export function valueAtPath(row: Record<string, unknown>, path: string[]): unknown {
  let cur: unknown = row;
  for (const key of path) {
    if (!cur || typeof cur !== "object" || Array.isArray(cur) || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}
