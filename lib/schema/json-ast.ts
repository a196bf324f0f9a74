/**
 * A small strict JSON parser that remembers where every value and key is, so a problem found in
 * the schema can point at its line and column. `JSON.parse` gives no positions for valid input and
 * engine-specific messages for invalid input; this gives both, the same in the browser and in Node.
 */

interface Span {
  start: number;
  end: number;
}
export interface JsonEntry {
  key: string;
  keySpan: Span;
  value: JsonNode;
}
export type JsonNode = Span &
  (
    | { kind: "object"; entries: JsonEntry[] }
    | { kind: "array"; items: JsonNode[] }
    | { kind: "string"; value: string }
    | { kind: "number"; value: number }
    | { kind: "boolean"; value: boolean }
    | { kind: "null"; value: null }
  );

export type ParseResult = { ok: true; node: JsonNode } | { ok: false; message: string; start: number; end: number };

class SyntaxProblem {
  constructor(
    readonly message: string,
    readonly start: number,
    readonly end: number = start + 1,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$-]*/y;
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
/** Upper bound on nesting: a row schema is shallow; this keeps a pasted monster off the stack. */
const MAX_DEPTH = 256;

export function parseJson(text: string): ParseResult {
  let pos = 0;

  const skipSpace = () => {
    for (;;) {
      const c = text[pos];
      if (c === " " || c === "\t" || c === "\n" || c === "\r") pos++;
      else if (c === "\uFEFF" && pos === 0) pos++;
      else if (c === "/" && (text[pos + 1] === "/" || text[pos + 1] === "*")) throw new SyntaxProblem("JSON does not allow comments; remove them", pos, pos + 2);
      else return;
    }
  };

  const word = () => {
    WORD.lastIndex = pos;
    return WORD.exec(text)?.[0] ?? "";
  };

  const unexpected = (expected: string): SyntaxProblem => {
    if (pos >= text.length) return new SyntaxProblem("the text ends too early: a closing “}” or “]” is probably missing", text.length, text.length);
    const c = text[pos] ?? "";
    if (c === "'") return new SyntaxProblem("text and names must be in double quotes (\"), not single quotes", pos);
    if (c === "“" || c === "”") return new SyntaxProblem("use straight double quotes (\"), not curly quotes (“ ”)", pos);
    const w = word();
    if (w) return new SyntaxProblem(`“${w}” is not a JSON value; ${expected}`, pos, pos + w.length);
    return new SyntaxProblem(`“${c}” is not expected here; ${expected}`, pos);
  };

  const parseString = (): JsonNode & { kind: "string" } => {
    const start = pos;
    pos++; // opening quote
    let out = "";
    for (;;) {
      const c = text[pos];
      if (c === undefined) throw new SyntaxProblem("this text is missing its closing double quote", start, text.length);
      if (c === '"') break;
      if (c === "\n" || c === "\r") throw new SyntaxProblem("text cannot span lines; close the quote, or write \\n for a line break", start, pos);
      if (c < " ") throw new SyntaxProblem("text cannot contain control characters such as tabs; write \\t instead", pos);
      if (c === "\\") {
        const e = text[pos + 1] ?? "";
        if (e === "u") {
          const hex = text.slice(pos + 2, pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new SyntaxProblem("“\\u” must be followed by four hexadecimal digits", pos, pos + 2);
          out += String.fromCharCode(parseInt(hex, 16));
          pos += 6;
          continue;
        }
        const decoded = ESCAPES[e];
        if (decoded === undefined) throw new SyntaxProblem(`“\\${e}” is not a valid escape; write “\\\\” for a backslash`, pos, pos + 2);
        out += decoded;
        pos += 2;
        continue;
      }
      out += c;
      pos++;
    }
    pos++; // closing quote
    return { kind: "string", value: out, start, end: pos };
  };

  const parseValue = (depth: number): JsonNode => {
    if (depth > MAX_DEPTH) throw new SyntaxProblem("the schema is nested too deeply", pos);
    skipSpace();
    const start = pos;
    const c = text[pos];
    if (c === "{") return parseObject(depth);
    if (c === "[") return parseArray(depth);
    if (c === '"') return parseString();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) {
      NUMBER.lastIndex = pos;
      const m = NUMBER.exec(text)?.[0];
      const after = text[pos + (m?.length ?? 0)] ?? "";
      if (!m || m === "-" || /[\w.]/.test(after)) {
        const bad = /^[-+\w.]+/.exec(text.slice(pos))?.[0] ?? c;
        throw new SyntaxProblem(`“${bad}” is not a valid JSON number`, pos, pos + bad.length);
      }
      pos += m.length;
      return { kind: "number", value: Number(m), start, end: pos };
    }
    for (const [literal, node] of [
      ["true", { kind: "boolean", value: true }],
      ["false", { kind: "boolean", value: false }],
      ["null", { kind: "null", value: null }],
    ] as const) {
      if (text.startsWith(literal, pos) && !/[\w$]/.test(text[pos + literal.length] ?? "")) {
        pos += literal.length;
        return { ...node, start, end: pos };
      }
    }
    throw unexpected("write true, false, null, a number, text in double quotes, an object {…} or a list […]");
  };

  const parseObject = (depth: number): JsonNode => {
    const start = pos;
    pos++;
    const entries: JsonEntry[] = [];
    skipSpace();
    if (text[pos] === "}") {
      pos++;
      return { kind: "object", entries, start, end: pos };
    }
    for (;;) {
      skipSpace();
      if (text[pos] === "}" && entries.length > 0) throw new SyntaxProblem("remove the comma before “}” (JSON does not allow a trailing comma)", pos);
      if (text[pos] !== '"') {
        const w = word();
        if (w) throw new SyntaxProblem(`property names must be in double quotes: write “"${w}"”`, pos, pos + w.length);
        throw unexpected("a property name in double quotes is expected");
      }
      const keyNode = parseString();
      skipSpace();
      if (text[pos] !== ":") throw new SyntaxProblem(`a colon (:) is missing after “${keyNode.value}”`, pos);
      pos++;
      const value = parseValue(depth + 1);
      entries.push({ key: keyNode.value, keySpan: { start: keyNode.start, end: keyNode.end }, value });
      skipSpace();
      if (text[pos] === ",") {
        pos++;
        continue;
      }
      if (text[pos] === "}") {
        pos++;
        return { kind: "object", entries, start, end: pos };
      }
      if (text[pos] === '"') throw new SyntaxProblem("a comma is missing before this property", pos);
      throw unexpected("a comma or a closing “}” is expected");
    }
  };

  const parseArray = (depth: number): JsonNode => {
    const start = pos;
    pos++;
    const items: JsonNode[] = [];
    skipSpace();
    if (text[pos] === "]") {
      pos++;
      return { kind: "array", items, start, end: pos };
    }
    for (;;) {
      skipSpace();
      if (text[pos] === "]" && items.length > 0) throw new SyntaxProblem("remove the comma before “]” (JSON does not allow a trailing comma)", pos);
      items.push(parseValue(depth + 1));
      skipSpace();
      if (text[pos] === ",") {
        pos++;
        continue;
      }
      if (text[pos] === "]") {
        pos++;
        return { kind: "array", items, start, end: pos };
      }
      if (text[pos] === '"' || text[pos] === "{" || text[pos] === "[") throw new SyntaxProblem("a comma is missing between two items of the list", pos);
      throw unexpected("a comma or a closing “]” is expected");
    }
  };

  try {
    const node = parseValue(0);
    skipSpace();
    if (pos < text.length) throw new SyntaxProblem("there is more text after the end of the schema; a schema is a single {…} object", pos, text.length);
    return { ok: true, node };
  } catch (err) {
    if (err instanceof SyntaxProblem) return { ok: false, message: err.message, start: err.start, end: Math.max(err.end, err.start) };
    throw err;
  }
}

/** The plain value of a node. Keys are defined, not assigned, so "__proto__" stays an ordinary key. */
export function toValue(node: JsonNode): unknown {
  switch (node.kind) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const e of node.entries) Object.defineProperty(out, e.key, { value: toValue(e.value), enumerable: true, writable: true, configurable: true });
      return out;
    }
    case "array":
      return node.items.map(toValue);
    default:
      return node.value;
  }
}

/** 1-based line and column of an offset (what editors show). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
