/**
 * Ajv for the JSON Schema dialect a schema declares. Linkup takes standard JSON Schema, and a schema
 * that names its draft ("$schema": "https://json-schema.org/draft/2020-12/schema") must compile: Ajv's
 * default class knows draft-07 only and throws on any other `$schema` ("no schema with key or ref"),
 * which made every row invalid. Shared by the engine's validator and the results grid's.
 */
import Ajv, { type Options, type ValidateFunction } from "ajv";
import Ajv2019 from "ajv/dist/2019";
import Ajv2020 from "ajv/dist/2020";
import type AjvCore from "ajv/dist/core";
import addFormats from "ajv-formats";
import { dialectOf, type Dialect } from "@/lib/schema/meta-rules";
import { linearRegExp } from "./linear-regexp";

/**
 * A fresh Ajv for `dialect`, with ajv-formats: the one place the studio builds its validators.
 * Patterns run on RE2 (linear-regexp.ts): a backtracking one would block the server's event loop.
 */
export function ajvForDialect(dialect: Dialect, given: Options): AjvCore {
  const options: Options = { ...given, code: { ...given.code, regExp: linearRegExp } };
  const ajv = dialect === "2020-12" ? new Ajv2020(options) : dialect === "2019-09" ? new Ajv2019(options) : new Ajv(options);
  addFormats(ajv);
  return ajv;
}

/**
 * Compiles `schema` with the Ajv of its dialect (its `$schema`, else `dialect`: the `$schema` of the
 * schema it was cut from, such as an array schema whose items are the row). 2020-12 and 2019-09 have
 * their own classes; draft-07 and no `$schema` are Ajv's default. A `$schema` the chosen Ajv has no
 * meta-schema for ("https://json-schema.org/draft-07/schema") is left out, so the rows are checked by
 * its draft's rules instead of none passing. A new extraction cannot name a draft the studio does
 * not implement (lib/api/handler.ts refuses draft-04 and draft-06); a task saved before that rule
 * is read by draft-07's. Throws when the schema is invalid.
 */
export function compileForDialect(schema: Record<string, unknown>, options: Options, dialect?: unknown): ValidateFunction {
  // The compose page's checker (lib/schema) reads the dialect the same way, to refuse what this refuses.
  const ajv = ajvForDialect(dialectOf(typeof schema.$schema === "string" ? schema.$schema : dialect), options);
  return compileWith(ajv, schema);
}

/** Compiles `schema` with an Ajv of its dialect, leaving out a `$schema` that Ajv has no meta-schema for. */
export function compileWith(ajv: AjvCore, schema: Record<string, unknown>): ValidateFunction {
  if (typeof schema.$schema !== "string" || ajv.getSchema(schema.$schema)) return ajv.compile(schema);
  const own = { ...schema };
  delete own.$schema;
  return ajv.compile(own);
}
