/**
 * A problem the row schema checker reports, and the small helpers its rules share to place it
 * (JSON pointer, field name) and word it (“quoted” names, lists). Pure, like the checker.
 */
import type { JsonEntry, JsonNode } from "./json-ast";
import type { Dialect } from "./meta-rules";
import type { SchemaIndex } from "./schema-index";

export type SchemaSeverity = "error" | "warning";
export interface SchemaProblem {
  severity: SchemaSeverity;
  message: string;
  /** JSON pointer to the value concerned, e.g. /properties/price/type ("" is the whole schema). */
  path: string;
  /** 1-based, as editors count. Absent only when the problem has no place in the text. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

export const hasSchemaErrors = (problems: readonly SchemaProblem[]) => problems.some((p) => p.severity === "error");

export const q = (s: string) => `“${s}”`;
export const list = (xs: readonly string[]) => xs.join(", ");
export const pointer = (segments: readonly (string | number)[]) => segments.map((s) => `/${String(s).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");

/** Where a field sits, for sentences: “price”, “offer.price”, “tags” items. */
export interface Place {
  segments: (string | number)[];
  name: string;
}

/** What every rule may need besides the node it checks: the schema's dialect, where its $refs point, its top. */
export interface CheckContext {
  dialect: Dialect;
  index: SchemaIndex;
  root: JsonNode & { kind: "object" };
}

export type Report = (severity: SchemaSeverity, message: string, segments: readonly (string | number)[], span?: { start: number; end: number }) => void;

export const entry = (node: JsonNode & { kind: "object" }, key: string): JsonEntry | undefined => {
  let found: JsonEntry | undefined;
  for (const e of node.entries) if (e.key === key) found = e; // the last one wins, as in JSON.parse
  return found;
};
export const keySpan = (e: JsonEntry) => e.keySpan;

/** How a wrong value reads in a sentence: text ("0"), 1.5, true, a list, an object, null. */
export function describeValue(node: JsonNode): string {
  switch (node.kind) {
    case "string": {
      const s = node.value.length > 40 ? `${node.value.slice(0, 39)}…` : node.value;
      return `text (${JSON.stringify(s)})`;
    }
    case "number":
    case "boolean":
      return String(node.value);
    case "null":
      return "null";
    case "array":
      return "a list";
    case "object":
      return "an object";
  }
}

/** Key-order-insensitive JSON, to find repeats as Ajv's uniqueItems does. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** “of “price””, “of the schema”, or the other fields of an object (additionalProperties, unevaluatedProperties). */
export function ofPlace(place: Place): string {
  if (place.name === "*") return "of the other fields";
  if (place.name.endsWith(".*")) return `of the other fields of ${q(place.name.slice(0, -2))}`;
  return place.name ? `of ${q(place.name)}` : "of the schema";
}
