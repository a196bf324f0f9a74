/**
 * A code and what it stands for, written with a dash between them: a tender's CPV "45000000 –
 * Construction work", a course's "COMP-101 - Intro to Computing", a part's "AB-123 — Blue widget".
 * A field that asks for the code ("cpvCode") takes the code; a field the row asks for beside it
 * for its words ("cpvDescription", "cpvName") takes the words; nothing else is cut.
 */
import { asksForCode } from "./bracket-codes";
import type { FieldPlan } from "./plan";
import { tokens } from "./spec";

/** A code of capitals, digits and joining marks (one digit at least), a dash set off by spaces, the words. */
const DASHED = /^([\p{Lu}\d][\p{Lu}\d./-]{1,19})\s+[–—-]\s+(\p{L}.*)$/u;
/** Last words of a field that asks for the words a code stands for. */
const TEXT_WORDS = new Set(["description", "desc", "name", "label", "title", "text", "meaning"]);

/** Fields the row asks for beside a code of the same thing ("cpvDescription" beside "cpvCode"). */
const TEXT_BESIDE = new WeakSet<FieldPlan>();

/** `text` asks for the words of what `code` asks the code of: "cpvDescription" of "cpvCode". */
export function textOfCode(text: FieldPlan, code: FieldPlan): boolean {
  if (text === code || !asksForCode(code)) return false;
  const c = tokens(code.spec.name);
  const t = tokens(text.spec.name);
  const last = t[t.length - 1] ?? "";
  return c.length >= 2 && t.length === c.length && TEXT_WORDS.has(last) && t.slice(0, -1).every((w, i) => w === c[i]);
}

/** Marks the fields that take a code's words, the row asking for its code too. */
export function planDashedCodes(plans: FieldPlan[]): void {
  for (const text of plans) if (plans.some((code) => textOfCode(text, code))) TEXT_BESIDE.add(text);
}

/** The code and its words read by two fields from one text. */
export const sharesDashedCode = (a: FieldPlan, b: FieldPlan): boolean => textOfCode(a, b) || textOfCode(b, a);

/** The part of "45000000 – Construction work" the field takes: the code, or the words; null when it takes the text as it is. */
export function dashedCodePart(plan: FieldPlan, v: string): string | null {
  if (v.length > 200) return null;
  const text = TEXT_BESIDE.has(plan);
  if (!text && !asksForCode(plan)) return null;
  const m = DASHED.exec(v.trim());
  if (!m || !/\d/.test(m[1]!)) return null;
  return text ? m[2]!.trim() : m[1]!;
}
