/**
 * A code shown in brackets after what it stands for: an airport's "London (LHR)", a share's
 * "Apple Inc. [AAPL]", a language's "German (de)". A field asked for the code takes it without its
 * brackets; the brackets set the code off from the name, they are no part of it.
 */
import type { FieldPlan } from "./plan";
import { tokens } from "./spec";

const CODE_WORDS = new Set(["code", "abbreviation", "abbr", "acronym", "symbol", "ticker", "iata", "icao"]);
/** Something's name (or nothing), then its code in round or square brackets. */
const BRACKETED = /^(?:(.*?\S)\s*)?[([]([\p{L}\d][\p{L}\d.-]{0,9})[)\]]$/u;

/** Whether the field's name asks for a code ("destinationCode", "iata", "ticker symbol"). */
export const asksForCode = (plan: FieldPlan): boolean => CODE_WORDS.has(tokens(plan.spec.name).pop() ?? "");

/**
 * The code in brackets at the end of `v` ("(LHR)", "London (LHR)" → "LHR"), for a field that asks
 * for a code; null otherwise. A name in brackets is no code: it is capitals and digits only, unless
 * the brackets are the whole value ("(de)").
 */
export function bracketedCode(plan: FieldPlan, v: string): { code: string; name: string } | null {
  if (v.length > 60 || !(asksForCode(plan) || plan.codeBeside)) return null;
  const m = BRACKETED.exec(v.trim());
  if (!m) return null;
  const name = m[1] ?? "";
  const code = m[2]!;
  if (name && !/^[\p{Lu}\d][\p{Lu}\d.-]*$/u.test(code)) return null;
  return { code, name };
}

/** `code` asks for the code of what `thing` names: "destinationCode" of "destination", "countryCode" of "country". */
export function codeOfThing(code: FieldPlan, thing: FieldPlan): boolean {
  if (!asksForCode(code)) return false;
  const words = tokens(code.spec.name);
  const rest = tokens(thing.spec.name);
  return rest.length === words.length - 1 && rest.every((w, i) => w === words[i]);
}

/** Marks the fields whose code the row asks for apart ("destination" beside "destinationCode"): they leave it out. */
export function planBracketCodes(plans: FieldPlan[]): void {
  for (const code of plans) for (const thing of plans) if (thing.kind === "text" && codeOfThing(code, thing)) thing.codeBeside = true;
}
