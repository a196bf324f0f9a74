/**
 * JSON.parse of a long text in steps: a page's JSON-LD can be one 5 MB ItemList, which JSON.parse
 * reads in one call (a few hundred milliseconds on a busy core) while the studio's server answers
 * nothing. A text no longer than a piece is JSON.parse's whole; a longer object or array is read
 * member by member (each member's extent found by a scan of its brackets and strings), each member
 * parsed the same way, a step between members. JSON.parse still reads every value and every key,
 * and the structure between them (brackets, commas, colons, whitespace) is checked here as strictly,
 * so the value is JSON.parse's and a text JSON.parse refuses is refused (a SyntaxError).
 */
import { STRIDE, type Steps } from "./steps";

/** Characters JSON.parse reads in one call: well under a millisecond. */
export const JSON_PIECE = 65_536;

export function* parseJsonSteps(text: string, piece = JSON_PIECE): Steps<unknown> {
  if (text.length <= piece) return JSON.parse(text);
  const end = skipSpace(text, 0, text.length);
  const after = yield* valueEnd(text, end);
  if (skipSpace(text, after, text.length) !== text.length) throw refused(after);
  return yield* parseValue(text, end, after, piece);
}

const refused = (at: number) => new SyntaxError(`Unexpected token in JSON at position ${at}`);

/** The value in text[from, to) (no whitespace around it). */
function* parseValue(text: string, from: number, to: number, piece: number): Steps<unknown> {
  const open = text[from];
  if (to - from <= piece || (open !== "{" && open !== "[")) return JSON.parse(text.slice(from, to));
  const close = open === "{" ? "}" : "]";
  if (text[to - 1] !== close) throw refused(to - 1);
  const inner = to - 1;
  const out: unknown[] | Record<string, unknown> = open === "{" ? {} : [];
  let at = skipSpace(text, from + 1, inner);
  if (at === inner) return out;
  for (;;) {
    let key: string | null = null;
    if (open === "{") {
      if (text[at] !== '"') throw refused(at);
      const keyEnd = stringEnd(text, at);
      key = JSON.parse(text.slice(at, keyEnd)) as string;
      at = skipSpace(text, keyEnd, inner);
      if (text[at] !== ":") throw refused(at);
      at = skipSpace(text, at + 1, inner);
    }
    const valueTo = yield* valueEnd(text, at);
    if (valueTo > inner) throw refused(inner);
    const value = yield* parseValue(text, at, valueTo, piece);
    // As JSON.parse: "__proto__" is an own key, not the prototype; a repeated key keeps its place.
    if (key === null) (out as unknown[]).push(value);
    else Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
    yield;
    at = skipSpace(text, valueTo, inner);
    if (at === inner) return out;
    if (text[at] !== ",") throw refused(at);
    at = skipSpace(text, at + 1, inner);
  }
}

/** Past JSON's whitespace (space, tab, line feed, carriage return) from `at`, up to `to`. */
function skipSpace(text: string, at: number, to: number): number {
  while (at < to) {
    const c = text.charCodeAt(at);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
    at++;
  }
  return at;
}

/** Just past the string whose opening quote is at `at`. */
function stringEnd(text: string, at: number): number {
  for (let from = at + 1; ; ) {
    const quote = text.indexOf('"', from);
    if (quote < 0) throw refused(at);
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/**
 * Just past the value that starts at `at`: a string to its closing quote, an object or array to its
 * matching bracket (strings skipped), anything else (a number, true…) to the next delimiter. Only
 * the extent: the value itself is checked when it is parsed.
 */
function* valueEnd(text: string, at: number): Steps<number> {
  const open = text[at];
  if (open === '"') return stringEnd(text, at);
  if (open !== "{" && open !== "[") {
    const delimiter = /[\s,\]}]/g;
    delimiter.lastIndex = at;
    return delimiter.exec(text)?.index ?? text.length;
  }
  // (A regex of its own: two extractions' scans may take turns.)
  const structure = /["[\]{}]/g;
  structure.lastIndex = at;
  let depth = 0;
  for (let seen = 1, m = structure.exec(text); m; seen++, m = structure.exec(text)) {
    const c = m[0];
    if (c === '"') structure.lastIndex = stringEnd(text, m.index);
    else if (c === "{" || c === "[") depth++;
    else if (--depth === 0) return m.index + 1;
    if (seen % STRIDE === 0) yield;
  }
  throw refused(text.length);
}
