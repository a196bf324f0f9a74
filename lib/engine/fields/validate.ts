/**
 * Schema validation of rows (Ajv 8), after a lossless coercion: values read from a page are text
 * until typed, and "42" for an integer field is the number 42, not an invalid row. Coercion never
 * loses information: "£39.01" stays text for a number field (and the row is dropped as invalid).
 */
import type { ValidateFunction } from "ajv";
import { compiledSchema } from "./compiled-schemas";
import type { FieldSpec } from "./spec";
import { own, put } from "../lookup";

export type RowVerdict = { ok: true } | { ok: false; reason: string };

/**
 * The check of one row against `schema`. Throws Ajv's error when the schema cannot be compiled (a
 * task stored before the create checks refused its schema): the pipeline calls this before it reads
 * any page and fails the task with a sentence naming the field (pipeline/messages.ts), where every
 * row would otherwise be dropped as invalid with advice that does not fit.
 */
export function makeRowValidator(schema: Record<string, unknown>): (row: Record<string, unknown>) => RowVerdict {
  // A schema for the whole result (an array of rows) validates each row with its item schema.
  const rowSchema = schema.type === "array" && schema.items && typeof schema.items === "object" ? (schema.items as Record<string, unknown>) : schema;
  // In the schema's own dialect: a 2020-12 schema compiled as draft-07 would fail every row.
  // (No logger: a format Ajv does not know, "currency", is valid JSON Schema and simply not
  // checked; its "unknown format ignored" warning would land in the server log on every run.)
  // (ownProperties: a row without "constructor" has none; what every object inherits is no value.)
  const validate: ValidateFunction = compiledSchema(rowSchema, { strict: false, allErrors: false, logger: false, ownProperties: true }, schema.$schema);
  return (row) => {
    if (validate(row)) return { ok: true };
    const e = validate.errors?.[0];
    if (!e) return { ok: false, reason: "does not match the schema" };
    const where = e.instancePath ? e.instancePath.replace(/^\//, "") : "row";
    if (e.keyword === "required") return { ok: false, reason: `missing required field "${String(e.params.missingProperty)}"` };
    return { ok: false, reason: `${where} ${e.message ?? "is invalid"}` };
  };
}

const PLAIN_NUMBER = /^[-+]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;

/** The row with values converted to their field's type where nothing is lost. */
export function coerceRow(row: Record<string, unknown>, fields: FieldSpec[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...row };
  for (const f of fields) {
    const v = own(out, f.name);
    if (v === undefined || v === null) continue;
    put(out, f.name, coerceValue(v, f));
  }
  return out;
}

function coerceValue(v: unknown, f: FieldSpec): unknown {
  switch (f.type) {
    case "number":
    case "integer": {
      if (typeof v === "boolean" || typeof v === "number") return v;
      const s = String(v).trim();
      if (!PLAIN_NUMBER.test(s)) return v;
      const n = Number(s.replace(/,/g, ""));
      return Number.isFinite(n) && (f.type === "number" || Number.isInteger(n)) ? n : v;
    }
    case "boolean": {
      if (typeof v !== "string") return v;
      const s = v.trim().toLowerCase();
      return s === "true" ? true : s === "false" ? false : v;
    }
    case "string":
      if (v === "" && f.nullable) return null;
      return typeof v === "number" || typeof v === "boolean" ? String(v) : v;
    case "array":
      return Array.isArray(v) ? v : [v];
    default:
      return v;
  }
}
