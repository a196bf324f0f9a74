/** Helpers of the row schema checker's tests: check a schema (text or value), build a row, sort its problems. */
import { expect } from "vitest";
import { checkRowSchemaText, type SchemaProblem } from "./check";

export const check = (value: unknown) => checkRowSchemaText(typeof value === "string" ? value : JSON.stringify(value, null, 2));
export const row = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: "object", properties, ...extra });
export const errors = (r: { problems: SchemaProblem[] }) => r.problems.filter((p) => p.severity === "error");
export const warnings = (r: { problems: SchemaProblem[] }) => r.problems.filter((p) => p.severity === "warning");
export const only = (r: { problems: SchemaProblem[] }) => {
  expect(r.problems).toHaveLength(1);
  return r.problems[0]!;
};
