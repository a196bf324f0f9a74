/** Helpers of the field builder's tests: a rich schema, an edit that must succeed, the result's fields. */
import { applyFieldEdit, type EditResult, type FieldEdit } from "./builder";

/** A schema with something the table does not show at every level. */
export const RICH = `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Engineer",
  "type": "object",
  "x-owner": { "team": "data", "tags": ["a", 1.50, 1e400] },
  "properties": {
    "name": { "type": "string", "minLength": 1, "description": "Full name" },
    "role": { "type": "string", "enum": ["eng", "pm"], "x-ui": { "width": 3 } },
    "profilePage": { "type": ["string", "null"], "format": "uri", "pattern": "^https://" },
    "skills": { "type": "array", "items": { "type": "string", "maxLength": 40 } },
    "address": { "type": "object", "properties": { "city": { "type": "string" } }, "required": ["city"] }
  },
  "required": ["role", "name"],
  "additionalProperties": false
}`;

function ok(result: EditResult): string {
  if ("error" in result) throw new Error(`expected an edit, got: ${result.error}`);
  return result.text;
}
export const edit = (text: string, e: FieldEdit) => ok(applyFieldEdit(text, e));
export const parse = (text: string) => JSON.parse(text) as Record<string, unknown> & { properties: Record<string, Record<string, unknown>>; required?: string[] };
export const names = (text: string) => Object.keys(parse(text).properties);
