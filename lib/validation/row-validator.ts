/**
 * Row-by-row schema checking for the results grid (runs in the rows Web Worker, also fine in Node).
 * Unlike the engine's validator (lib/engine/fields/validate.ts) nothing is coerced and every error
 * is collected: the grid wants to know *which cells* of a row are wrong, not just whether it is.
 *
 * The verdict for one row is `null` when it is valid, else the names of its invalid top-level
 * fields (the grid's columns), in first-seen order without repeats. A nested problem
 * (`/address/city`) is reported on its top-level field (`address`); a missing required property on
 * its own name; a problem with the row as a whole (not an object, too few properties…) as `""`.
 */
import type { ErrorObject, Options } from "ajv";
import { compileForDialect } from "./dialect";

export type RowVerdict = string[] | null;
export type RowValidator = (row: unknown) => RowVerdict;

/** The field a row-level problem is reported on. */
export const ROW_LEVEL = "";

// ownProperties: a row without "constructor" or "toString" has none; inherited members are not values.
const OPTIONS: Options = { strict: false, allErrors: true, validateFormats: true, ownProperties: true, code: { optimize: true } };

/** "/a~1b/0/c" → "a/b": the first JSON Pointer segment, unescaped. */
function topSegment(pointer: string): string | null {
  if (pointer === "") return null;
  const end = pointer.indexOf("/", 1);
  const raw = end === -1 ? pointer.slice(1) : pointer.slice(1, end);
  return raw.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** The top-level field an Ajv error is about ("" for the row as a whole). */
export function fieldOfError(e: ErrorObject): string {
  const top = topSegment(e.instancePath);
  if (top !== null) return top;
  // At the root, a few keywords name the property they are about.
  const params = e.params as Record<string, unknown>;
  if (e.keyword === "required" && typeof params.missingProperty === "string") return params.missingProperty;
  if (e.keyword === "dependentRequired" || e.keyword === "dependencies") {
    if (typeof params.missingProperty === "string") return params.missingProperty;
  }
  if (e.keyword === "additionalProperties" && typeof params.additionalProperty === "string") return params.additionalProperty;
  if (e.keyword === "unevaluatedProperties" && typeof params.unevaluatedProperty === "string") return params.unevaluatedProperty;
  if (e.keyword === "propertyNames" && typeof params.propertyName === "string") return params.propertyName;
  return ROW_LEVEL;
}

/** Names of the invalid fields of one failed validation, without repeats. */
export function fieldsOfErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  if (!errors || errors.length === 0) return [ROW_LEVEL];
  const out: string[] = [];
  for (const e of errors) {
    // `if`/`anyOf`/`oneOf` wrappers repeat what their sub-errors already say.
    if ((e.keyword === "if" || e.keyword === "anyOf" || e.keyword === "oneOf") && errors.length > 1 && e.instancePath === "") continue;
    const field = fieldOfError(e);
    if (!out.includes(field)) out.push(field);
  }
  return out.length ? out : [ROW_LEVEL];
}

/**
 * A schema for the whole result (`{"type":"array","items":{…}}`) checks each row with its item
 * schema (in the whole schema's dialect), as the engine does.
 */
export function rowSchemaOf(schema: Record<string, unknown>): Record<string, unknown> {
  const items = schema.items;
  return schema.type === "array" && items && typeof items === "object" && !Array.isArray(items) ? (items as Record<string, unknown>) : schema;
}

/**
 * Compiles `schema` once; the returned function checks one row. No schema: every row is valid.
 * Throws (with Ajv's message) when the schema itself cannot be compiled.
 */
export function compileRowValidator(schema: Record<string, unknown> | null | undefined): RowValidator {
  if (!schema) return () => null;
  const validate = compileForDialect(rowSchemaOf(schema), OPTIONS, schema.$schema);
  return (row) => (validate(row) ? null : fieldsOfErrors(validate.errors));
}
