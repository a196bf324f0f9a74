/**
 * The regular-expression engine for a schema's `pattern` and `patternProperties`. JavaScript's own
 * RegExp backtracks: `^(a+)+$` against 27 "a"s and a "!" takes seconds, doubling with each "a", and
 * rows are validated inside the studio's server process, so one such pattern froze every request.
 * RE2 (re2js, a pure-JS port: no native build) matches in time linear in the text, at the price of
 * backreferences and lookaround, which it cannot express, and of repeat counts above 1,000. A
 * pattern RE2 refuses runs on JavaScript's RegExp when its shape cannot make backtracking blow up
 * (pattern-shape.ts: `^[\s\S]{0,2000}$`, `^\p{Script=Greek}+$`); any other is refused when the
 * extraction is created (lib/schema/check-compiled.ts), with a sentence naming the field.
 */
import { RE2JS } from "re2js";
import { backtracksSafely } from "./pattern-shape";

/** What Ajv needs of a compiled pattern: `test`, and a `toString` that tells patterns apart (its cache key). */
type LinearPattern = { test(text: string): boolean; toString(): string };

function compile(pattern: string): RE2JS {
  // translateRegExp rewrites the ECMAScript spellings RE2 writes differently: \u00e9, (?<name>…), "/".
  return RE2JS.compile(RE2JS.translateRegExp(pattern));
}

/**
 * Ajv's `code.regExp` option. JSON Schema patterns are ECMAScript regular expressions in Unicode
 * mode; RE2 always reads Unicode, so the flags Ajv passes ("u" or "") change nothing to the match.
 * Throws when the pattern is no ECMAScript regular expression, or one RE2 cannot run.
 */
export function linearRegExp(pattern: string, flags: string): LinearPattern {
  // Built, never run: JSON Schema's dialect is ECMAScript's, stricter in Unicode mode than RE2
  // ("^\\-$"), and the compose page refuses what this refuses.
  const js = new RegExp(pattern, flags);
  let re: RE2JS;
  try {
    re = compile(pattern);
  } catch (err) {
    if (!backtracksSafely(pattern)) throw err;
    return { test: (text) => js.test(text), toString: () => `/${pattern}/${flags}` };
  }
  return { test: (text) => re.test(text), toString: () => `/${pattern}/${flags}` };
}
// Ajv emits this name only in standalone code, which the studio never generates.
linearRegExp.code = "linearRegExp";

/** Why neither RE2 nor, safely, JavaScript's RegExp can run `pattern` (a backreference, `(a+)+` with a lookahead…), else null. */
export function linearPatternProblem(pattern: string): string | null {
  try {
    compile(pattern);
    return null;
  } catch (err) {
    if (backtracksSafely(pattern)) return null;
    const message = err instanceof Error ? err.message : String(err);
    return message.replace(/^error parsing regexp: /, "");
  }
}
