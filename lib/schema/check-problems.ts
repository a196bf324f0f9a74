/**
 * A problem the row schema checker reports, and the small helpers its rules share to place it
 * (JSON pointer, field name) and word it (“quoted” names, lists). Pure, like the checker.
 */
import type { JsonEntry, JsonNode } from "./json-ast";

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

export type Report = (severity: SchemaSeverity, message: string, segments: readonly (string | number)[], span?: { start: number; end: number }) => void;

export const entry = (node: JsonNode & { kind: "object" }, key: string): JsonEntry | undefined => {
  let found: JsonEntry | undefined;
  for (const e of node.entries) if (e.key === key) found = e; // the last one wins, as in JSON.parse
  return found;
};
export const keySpan = (e: JsonEntry) => e.keySpan;
