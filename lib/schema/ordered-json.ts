import { lineColumn, parseJson as parseJsonNodes } from "./json-ast";

/**
 * Order-preserving JSON for the field table and the schema suggestion, which rewrite the user's
 * schema text and must keep everything they do not touch exactly as it was.
 *
 * The text is parsed into an order-preserving tree (objects are Maps) rather than with JSON.parse:
 * plain objects move integer-like keys ("2024") first, treat "__proto__" specially and round numbers
 * such as 1e400 — any of which would silently rewrite parts of the user's schema on an unrelated edit.
 */

/** A JSON number kept as written, so re-serialising never changes its value or spelling. */
class JsonNumber {
  constructor(readonly raw: string) {}
}
export type Json = null | boolean | string | JsonNumber | Json[] | JsonObject;
export type JsonObject = Map<string, Json>;

export const isObj = (v: Json | undefined): v is JsonObject => v instanceof Map;

/** Text that is not JSON, in the words of the editor's problem list (never JSON.parse's "position 80"). */
export interface JsonSyntaxError {
  error: string;
  invalidJson: true;
}

function syntaxError(text: string): JsonSyntaxError {
  const parsed = parseJsonNodes(text);
  if (parsed.ok) return { error: "The schema is not valid JSON.", invalidJson: true };
  const { line, column } = lineColumn(text, parsed.start);
  return { error: `The schema is not valid JSON (line ${line}, column ${column}): ${parsed.message}.`, invalidJson: true };
}

/** JSON text → ordered tree; JSON.parse decides what is valid, the schema checker says why not. */
export function parseJson(text: string): { value: Json } | JsonSyntaxError {
  try {
    JSON.parse(text);
  } catch {
    return syntaxError(text);
  }
  let i = 0;
  const skip = () => {
    while (text[i] === " " || text[i] === "\n" || text[i] === "\r" || text[i] === "\t") i++;
  };
  const str = (): string => {
    const start = i++;
    while (text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (): Json => {
    skip();
    const c = text[i];
    if (c === "{") {
      i++;
      const obj: JsonObject = new Map();
      skip();
      if (text[i] === "}") return i++, obj;
      for (;;) {
        skip();
        const key = str();
        skip();
        i++; // ":"
        // Like JSON.parse: a repeated key keeps its first position and its last value.
        obj.set(key, value());
        skip();
        if (text[i++] === "}") return obj;
      }
    }
    if (c === "[") {
      i++;
      const arr: Json[] = [];
      skip();
      if (text[i] === "]") return i++, arr;
      for (;;) {
        arr.push(value());
        skip();
        if (text[i++] === "]") return arr;
      }
    }
    if (c === '"') return str();
    for (const [word, v] of [["true", true], ["false", false], ["null", null]] as const) {
      if (text.startsWith(word, i)) return (i += word.length), v;
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    i = NUMBER.lastIndex;
    return new JsonNumber(m?.[0] ?? "0");
  };
  return { value: value() };
}

/** Ordered tree → text, laid out exactly like JSON.stringify(value, null, 2). */
export function stringifyJson(value: Json, indent = ""): string {
  if (value === null || typeof value === "boolean") return String(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (value instanceof JsonNumber) return value.raw;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => inner + stringifyJson(v, inner)).join(",\n")}\n${indent}]`;
  }
  if (value.size === 0) return "{}";
  const lines = [...value].map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringifyJson(v, inner)}`);
  return `{\n${lines.join(",\n")}\n${indent}}`;
}

/** A copy of `obj` with `key` set right after `after` (or at the end when `after` is absent). */
export function withKeyAfter(obj: JsonObject, after: string, key: string, value: Json): JsonObject {
  if (obj.has(key) || !obj.has(after)) return new Map(obj).set(key, value);
  const out: JsonObject = new Map();
  for (const [k, v] of obj) {
    out.set(k, v);
    if (k === after) out.set(key, value);
  }
  return out;
}
