/**
 * A query that asks for a change and its percentage apart ("price, change, percent change") asks
 * for two numbers that a quote writes in one text, "+1.23 (+0.54%)": the change is the first, the
 * percentage the one with "%" (percent-values.ts). A query's "change" alone would be text, and
 * a text field does not read the cell the percentage took; beside its percentage it is the number
 * the two share, as a schema typing both number has it. A type the query wrote stays.
 */
import { tokens, type FieldSpec } from "./spec";

const PERCENT_WORD = /^(?:percent|percentage|pct|pc)$/;

export function changeBesidePercent(specs: FieldSpec[]): FieldSpec[] {
  const percentOf = new Set<string>();
  for (const s of specs) {
    const words = tokens(s.name);
    if ((s.type === "number" || s.type === "integer") && words.some((w) => PERCENT_WORD.test(w))) percentOf.add(words.filter((w) => !PERCENT_WORD.test(w)).join(" "));
  }
  if (!percentOf.size) return specs;
  return specs.map((s) => (s.type === "string" && !s.format && !s.declared && percentOf.has(tokens(s.name).join(" ")) ? { ...s, type: "number" } : s));
}
