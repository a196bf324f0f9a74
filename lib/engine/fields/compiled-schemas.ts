/**
 * Row schemas compiled once. A fresh Ajv compiles its meta-schemas and formats before the row
 * schema, tens of milliseconds on every run, and the studio runs the same task's schema again and
 * again (each run, each page of a crawl's retries). A compiled check keeps no state between calls
 * that matters here: its `errors` are read right after the call, with no await in between.
 */
import type { Options, ValidateFunction } from "ajv";
import { compileForDialect } from "@/lib/validation/dialect";

/** Few schemas are live at once; past this the cache starts over. */
const MAX = 32;
const compiled = new Map<string, ValidateFunction>();

/** compileForDialect, remembered by the schema's JSON, its dialect and the options. Throws as it does (and remembers no failure). */
export function compiledSchema(schema: Record<string, unknown>, options: Options, dialect?: unknown): ValidateFunction {
  const key = JSON.stringify([schema, typeof dialect === "string" ? dialect : null, options]);
  const hit = compiled.get(key);
  if (hit) return hit;
  const validate = compileForDialect(schema, options, dialect);
  if (compiled.size >= MAX) compiled.clear();
  compiled.set(key, validate);
  return validate;
}
