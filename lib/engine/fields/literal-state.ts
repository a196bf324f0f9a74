/**
 * A state a script assigns as JavaScript, not JSON, read without running it. Nuxt 2 writes its
 * state as `window.__NUXT__=(function(a,b,c){return {data:[{…}],…}}(1,"x",null));`: a call of a
 * function whose parameters stand for values used more than once; other apps assign an object
 * literal with unquoted keys (`window.__STATE__={items:[…]}`). Both are read from acorn's tokens (a
 * real lexer: strings, escapes, numbers, regular expressions and templates as JavaScript reads
 * them), in steps, by a grammar that accepts only literals (literal-reader.ts): objects, arrays,
 * texts (and templates without `${}`), numbers, booleans (`!0`, `!1` as minifiers write them), null,
 * undefined, `void 0` and a minus sign; the function's body is one `return` of such a value, its
 * arguments such values, and each parameter reads as its argument (the same value wherever it is
 * used, as the call gives it). Any other value (`new Date(…)`, a call, a regular expression) is skipped and reads as null;
 * any other shape (a statement before the return, a second assignment) is not read at all. Nothing
 * on the page is run. Bounded: at most `maxNodes` values, nested at most 256 deep (literal-reader.ts).
 */
import { tokTypes as tt } from "acorn";
import type { Steps } from "../steps";
import { LiteralReader, Param, Refused, setKey } from "./literal-reader";

/** `window.__NUXT__=` (or self., globalThis.): the assignment the state is. */
function* target(r: LiteralReader): Steps<void> {
  if (r.type !== tt.name || !["window", "self", "globalThis"].includes(String(r.value))) throw new Refused();
  yield* r.next();
  yield* r.expect(tt.dot);
  yield* r.expect(tt.name);
  yield* r.expect(tt.eq);
}

/** The assigned state: a call of a function that returns a literal, or a literal. */
function* state(r: LiteralReader): Steps<unknown> {
  if (r.type !== tt.parenL) return yield* r.literal(0, false);
  yield* r.next();
  const body = yield* fn(r);
  // `(function(){…}(…))` or `(function(){…})(…)`.
  const inside = r.type === tt.parenL;
  if (!inside) yield* r.expect(tt.parenR);
  const values = yield* args(r);
  if (inside) yield* r.expect(tt.parenR);
  for (const { holder, key, index } of r.sites) {
    const v = values[index] ?? null;
    if (Array.isArray(holder)) holder[key as number] = v;
    else setKey(holder, key as string, v);
  }
  return body instanceof Param ? (values[body.index] ?? null) : body;
}

/** `function(a,b){return …}`: the returned value, its parameters left as Params. */
function* fn(r: LiteralReader): Steps<unknown> {
  yield* r.expect(tt._function);
  if (r.type === tt.name) yield* r.next();
  yield* r.expect(tt.parenL);
  while (r.type !== tt.parenR) {
    if (r.type !== tt.name) throw new Refused();
    r.params.push(String(r.value));
    yield* r.next();
    if (r.type === tt.comma) yield* r.next();
    else if (r.type !== tt.parenR) throw new Refused();
  }
  yield* r.next();
  yield* r.expect(tt.braceL);
  yield* r.expect(tt._return);
  const body = yield* r.literal(0, true);
  if (r.type === tt.semi) yield* r.next();
  yield* r.expect(tt.braceR);
  return body;
}

/** `(1,"x",null)`: the call's arguments, read as literals (no parameters in scope). */
function* args(r: LiteralReader): Steps<unknown[]> {
  yield* r.expect(tt.parenL);
  const out: unknown[] = [];
  while (r.type !== tt.parenR) {
    out.push(yield* r.literal(0, false));
    if (r.type === tt.comma) yield* r.next();
    else if (r.type !== tt.parenR) throw new Refused();
  }
  yield* r.next();
  return out;
}

/**
 * The state a script assigns (`window.__NUXT__=…;`, the whole script's text), or undefined when the
 * script is anything more than that assignment of a literal or of a call that returns one.
 */
export function* literalStateSteps(text: string, maxNodes: number): Steps<unknown> {
  try {
    const r = new LiteralReader(text, maxNodes);
    yield* target(r);
    const read = yield* state(r);
    if (r.type === tt.semi) yield* r.next();
    return r.type === tt.eof ? read : undefined;
  } catch (e) {
    // The tokenizer's SyntaxError, a refused shape, or a state nested too deep for the stack.
    if (e instanceof Refused || e instanceof SyntaxError || e instanceof RangeError) return undefined;
    throw e;
  }
}
