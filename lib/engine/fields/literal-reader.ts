/**
 * The literals of a state a script assigns, read from acorn's tokens in steps (literal-state.ts
 * reads the assignment around them): objects, arrays, texts, templates without `${}`, numbers,
 * booleans (`!0`, `!1`), null, undefined, `void 0`, a minus sign. Any other value is skipped, its
 * brackets balanced, and reads as null: nothing is run. At most `maxNodes` values, MAX_DEPTH deep.
 */
import { tokenizer, tokTypes as tt, type Token, type TokenType } from "acorn";
import { STRIDE, type Steps } from "../steps";

const MAX_DEPTH = 256;

/** Where a parameter was used: `holder[key]` takes argument `index`. */
export interface ParamSite {
  holder: Record<string, unknown> | unknown[];
  key: string | number;
  index: number;
}

export class Refused extends Error {}

/** A parameter's place in the body, filled once the arguments are read. */
export class Param {
  constructor(readonly index: number) {}
}

export const setKey = (o: Record<string, unknown>, key: string, value: unknown) => Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

/** A number as JSON can hold it: a BigInt (`1n`) is a number when exact, else its digits; infinities and NaN are null. */
function numberValue(v: unknown, negative: boolean): unknown {
  if (typeof v === "bigint") {
    const b = negative ? -v : v;
    return Number.isSafeInteger(Number(b)) ? Number(b) : b.toString();
  }
  if (typeof v !== "number" || !Number.isFinite(v)) return null;
  return negative ? -v : v;
}

export class LiteralReader {
  private readonly tokens: Iterator<Token>;
  private tok: Token & { value?: unknown };
  /** Tokens read (a step every STRIDE), and values read (at most maxNodes). */
  private taken = 0;
  private values = 0;
  readonly sites: ParamSite[] = [];
  params: string[] = [];

  constructor(
    text: string,
    private readonly maxNodes: number,
  ) {
    this.tokens = tokenizer(text, { ecmaVersion: "latest" })[Symbol.iterator]();
    this.tok = this.tokens.next().value as Token;
  }

  get type(): TokenType {
    return this.tok.type;
  }

  get value(): unknown {
    return this.tok.value;
  }

  /** The next token; a step every STRIDE tokens. */
  *next(): Steps<void> {
    if (++this.taken % STRIDE === 0) yield;
    // The tokenizer's iterator ends with its eof token as the value (done), and gives it again after.
    this.tok = this.tokens.next().value as Token;
  }

  *expect(type: TokenType, value?: string): Steps<void> {
    if (this.type !== type || (value !== undefined && this.value !== value)) throw new Refused();
    yield* this.next();
  }

  /**
   * A literal value. In the function's body (`scoped`) a parameter's name reads as a Param, put in
   * its place once the arguments are read (see sites). Anything else is skipped: null.
   */
  *literal(depth: number, scoped: boolean): Steps<unknown> {
    if (depth > MAX_DEPTH || ++this.values > this.maxNodes) throw new Refused();
    const { type, value } = this;
    if (type === tt.braceL) return yield* this.object(depth, scoped);
    if (type === tt.bracketL) return yield* this.array(depth, scoped);
    if (type === tt.string || type === tt._null || type === tt._true || type === tt._false || type === tt.num) {
      yield* this.next();
      return type === tt.string ? value : type === tt.num ? numberValue(value, false) : type === tt._true ? true : type === tt._false ? false : null;
    }
    if (type === tt.name) {
      yield* this.next();
      const at = scoped ? this.params.lastIndexOf(String(value)) : -1;
      if (at >= 0) return new Param(at);
      if (this.ends()) return null;
    } else if (type === tt.plusMin) {
      yield* this.next();
      if (this.type === tt.num) {
        const n = this.value;
        yield* this.next();
        if (this.ends()) return numberValue(n, value === "-");
      }
    } else if (type === tt.prefix && value === "!") {
      yield* this.next();
      if (this.type === tt.num && (this.value === 0 || this.value === 1)) {
        const n = this.value;
        yield* this.next();
        if (this.ends()) return n === 0;
      }
    } else if (type === tt._void) {
      yield* this.next();
      if (this.type === tt.num) {
        yield* this.next();
        if (this.ends()) return null;
      }
    } else if (type === tt.backQuote) {
      yield* this.next();
      const text = this.type === tt.template ? this.value : "";
      if (this.type === tt.template) yield* this.next();
      if (this.type === tt.backQuote) {
        yield* this.next();
        if (this.ends()) return typeof text === "string" ? text : null;
      }
    }
    yield* this.skip();
    return null;
  }

  /** Whether the value ends here: the next token is a comma or a closing bracket. */
  private ends(): boolean {
    return this.type === tt.comma || this.type === tt.braceR || this.type === tt.bracketR || this.type === tt.parenR || this.type === tt.semi;
  }

  /** Past a value that is not a literal, to the comma or bracket that ends it (brackets inside it balanced). */
  private *skip(): Steps<void> {
    let open = 0;
    while (open > 0 || !this.ends()) {
      if (this.type === tt.eof) throw new Refused();
      if (this.type === tt.braceL || this.type === tt.bracketL || this.type === tt.parenL || this.type === tt.dollarBraceL) open++;
      else if (this.type === tt.braceR || this.type === tt.bracketR || this.type === tt.parenR) open--;
      if (open < 0) throw new Refused();
      yield* this.next();
    }
  }

  private place(holder: Record<string, unknown> | unknown[], key: string | number, v: unknown): void {
    if (v instanceof Param) {
      this.sites.push({ holder, key, index: v.index });
      v = null;
    }
    if (Array.isArray(holder)) holder.push(v);
    else setKey(holder, key as string, v);
  }

  private *object(depth: number, scoped: boolean): Steps<Record<string, unknown>> {
    yield* this.next();
    const out: Record<string, unknown> = {};
    while (this.type !== tt.braceR) {
      const { type, value } = this;
      // A key: a name (a keyword too: `{default:1}`), a text or a number.
      const plain = type === tt.name || type === tt.string || type === tt.num || type.keyword !== undefined;
      if (!plain) {
        // A computed key, a spread, a method: not a literal's property.
        yield* this.skip();
      } else {
        yield* this.next();
        const key = type === tt.num ? String(numberValue(value, false)) : String(value);
        if (this.type === tt.colon) {
          yield* this.next();
          this.place(out, key, yield* this.literal(depth + 1, scoped));
        } else if (type === tt.name && this.ends()) {
          // `{a}`: a parameter's shorthand.
          const at = scoped ? this.params.lastIndexOf(key) : -1;
          this.place(out, key, at >= 0 ? new Param(at) : null);
        } else yield* this.skip();
      }
      if (this.type === tt.comma) yield* this.next();
      else if (this.type !== tt.braceR) throw new Refused();
    }
    yield* this.next();
    return out;
  }

  private *array(depth: number, scoped: boolean): Steps<unknown[]> {
    yield* this.next();
    const out: unknown[] = [];
    while (this.type !== tt.bracketR) {
      // A hole (`[1,,2]`) reads as null, as JSON writes it.
      if (this.type === tt.comma) {
        out.push(null);
        yield* this.next();
        continue;
      }
      this.place(out, out.length, yield* this.literal(depth + 1, scoped));
      if (this.type === tt.comma) yield* this.next();
      else if (this.type !== tt.bracketR) throw new Refused();
    }
    yield* this.next();
    return out;
  }
}
