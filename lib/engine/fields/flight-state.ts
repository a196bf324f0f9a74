/**
 * A Next.js App Router page's embedded state. Such a page has no `__NEXT_DATA__`: its server sends
 * the React Server Components payload (the "flight" stream) inline, in pieces, as
 * `<script>self.__next_f.push([1,"…"])</script>` (a string of the stream) or `[3,"…"]` (base64
 * bytes of it). The stream is rows, each `ID:` (hex) then either a tag and a payload to the line's
 * end (`I[…]` a module, `HL[…]` a hint, `E{…}` an error), a tag, a hex byte length and a comma, then
 * that many bytes (`T` text, typed arrays: no line end), or JSON to the line's end (a model:
 * `["$","div",null,{…}]` an element, `{"items":[…]}` a client component's props). A model refers to
 * another row as `"$5"`, `"$L5"` (a lazy element), `"$@5"` (a promise), `"$i5"` (an iterator: the
 * row is the array of what it gave) or `"$5:props:items"` (a path in it), a Map as `"$Q5"`, a Set as
 * `"$W5"` and a FormData as `"$K5"` (flight-collections.ts); a text that starts with `$` is written
 * `$$`, and values JSON has no form for as other `$` texts (plainText). The rows are read as React's client
 * would (the byte lengths make it byte-exact), the references replaced by the rows they name, and
 * the models handed back under their ids for the walk app-state.ts does. Bounded: the pieces are
 * not read past MAX_STATE characters in all, references are resolved over at most MAX_NODES values.
 */
import { walkElementsSteps, type Document, type Element } from "../dom";
import { parseJsonSteps } from "../json-steps";
import { STRIDE, type Steps } from "../steps";
import { COLLECTION, resolveCollections, type CollectionSite } from "./flight-collections";

/** `self.__next_f.push([…])`, or the first script's `(self.__next_f=self.__next_f||[]).push([0])`. */
const PUSH = /^\s*\(?\s*self\.__next_f(?:\s*=\s*self\.__next_f\s*\|\|\s*\[\s*\]\s*\))?\.push\((\[[\s\S]*\])\)\s*;?\s*$/;

/**
 * Row tags followed by a hex byte length and a comma instead of a line end (React's client:
 * processBinaryChunk): text, and typed arrays. (Older experimental builds gave typed arrays C, c, F,
 * D, N; today's D is a development build's debug row, ended by a line end.)
 */
const LENGTH_TAGS = new Set("TAOoUSsLlGgMmV".split("").map((c) => c.charCodeAt(0)));
/** The first byte of a JSON value: a row without a tag. */
const JSON_START = new Set('[{"-0123456789tfn'.split("").map((c) => c.charCodeAt(0)));
const NEWLINE = 10;
const COLON = 58;
const COMMA = 44;

export interface FlightState {
  /** The models by row id (in the order the stream sent them). */
  models: Record<string, unknown>;
  /** The first script of the stream: the rows' XPath. */
  el: Element;
}

/** The page's flight stream as bytes, or null when it has none or it is longer than `max` characters. */
function* flightBytes(doc: Document, max: number): Steps<{ bytes: Uint8Array; el: Element } | null> {
  const scripts: { el: Element; arg: string }[] = [];
  let chars = 0;
  yield* walkElementsSteps(doc, (el) => {
    if (el.tagName !== "script") return;
    if (chars > max) return false;
    const text = el.childNodes.map((n) => ("value" in n ? String(n.value) : "")).join("");
    const m = text.includes("__next_f") ? PUSH.exec(text) : null;
    if (!m) return false;
    chars += m[1]!.length;
    scripts.push({ el, arg: m[1]! });
    return false;
  });
  if (!scripts.length || chars > max) return null;
  // A step per piece: a page pushes thousands of them.
  const pieces: Uint8Array[] = [];
  let first: Element | null = null;
  const encoder = new TextEncoder();
  for (const { el, arg: text } of scripts) {
    yield;
    let arg: unknown;
    try {
      arg = JSON.parse(text);
    } catch {
      continue;
    }
    if (!Array.isArray(arg) || typeof arg[1] !== "string") continue;
    if (arg[0] === 1) pieces.push(encoder.encode(arg[1]));
    else if (arg[0] === 3) pieces.push(base64Bytes(arg[1]));
    else continue;
    first ??= el;
  }
  if (!first) return null;
  const bytes = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    bytes.set(p, at);
    at += p.length;
  }
  return { bytes, el: first };
}

function base64Bytes(text: string): Uint8Array {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return new Uint8Array(0);
  }
}

/** The stream's JSON rows, by id: tagged rows (modules, hints, errors, text) are skipped. */
function* jsonRows(bytes: Uint8Array): Steps<Map<string, string>> {
  const rows = new Map<string, string>();
  const decoder = new TextDecoder();
  let at = 0;
  while (at < bytes.length) {
    yield;
    const colon = bytes.indexOf(COLON, at);
    if (colon < 0) break;
    const id = decoder.decode(bytes.subarray(at, colon));
    // A row's id is hex: anything else is not a stream this reads (or it lost its place).
    if (!/^[0-9a-f]+$/.test(id)) break;
    const tag = bytes[colon + 1];
    if (tag === undefined) break;
    if (LENGTH_TAGS.has(tag)) {
      const comma = bytes.indexOf(COMMA, colon + 2);
      const length = comma < 0 ? NaN : parseInt(decoder.decode(bytes.subarray(colon + 2, comma)), 16);
      if (!Number.isFinite(length)) break;
      at = comma + 1 + length;
      continue;
    }
    let end = bytes.indexOf(NEWLINE, colon + 1);
    if (end < 0) end = bytes.length;
    if (JSON_START.has(tag)) rows.set(id, decoder.decode(bytes.subarray(colon + 1, end)));
    at = end + 1;
  }
  return rows;
}

/** `$5`, `$L5`, `$@5`, `$i5`, with a path after it (`$5:props:items`). */
const REFERENCE = /^\$[L@i]?([0-9a-f]+)((?::[^:]*)*)$/;

/**
 * The page's flight models, their references resolved, or null when it has no flight stream (or
 * one past `max` characters). A row that is not JSON is left out.
 */
export function* flightStateSteps(doc: Document, max: number, maxNodes: number): Steps<FlightState | null> {
  const stream = yield* flightBytes(doc, max);
  if (!stream) return null;
  const models = new Map<string, unknown>();
  for (const [id, text] of yield* jsonRows(stream.bytes)) {
    try {
      models.set(id, yield* parseJsonSteps(text));
    } catch {
      continue;
    }
  }
  if (!models.size) return null;
  yield* resolveReferences(models, maxNodes);
  const out: Record<string, unknown> = {};
  for (const [id, model] of models) Object.defineProperty(out, id, { value: model, enumerable: true, writable: true, configurable: true });
  return { models: out, el: stream.el };
}

/** The value a reference names, through references on its path (a few hops: a cycle ends). */
function target(models: Map<string, unknown>, ref: string, hops = 0): unknown {
  const m = REFERENCE.exec(ref);
  if (!m || hops > 8 || !models.has(m[1]!)) return undefined;
  let v = models.get(m[1]!);
  const path = m[2] ? m[2].slice(1).split(":") : [];
  for (let i = 0; ; i++) {
    if (typeof v === "string" && REFERENCE.test(v)) v = target(models, v, hops + 1);
    // A row that is a text is read as one inside a model is (`$D…` a date, `$n…` a number).
    if (i >= path.length) return typeof v === "string" && !REFERENCE.test(v) && !COLLECTION.test(v) ? plainText(v) : v;
    if (typeof v !== "object" || v === null || !Object.hasOwn(v, path[i]!)) return undefined;
    v = (v as Record<string, unknown>)[path[i]!];
  }
}

/** `$n…`: a BigInt's digits, as React's server writes them (`value.toString(10)`). */
const BIGINT = /^\$n(-?\d+)$/;

/**
 * A text value as React's client reads it (parseModelString): `$$…` is a text that starts with `$`;
 * `$D…` a date (its ISO text kept); `$n…` a BigInt, a number when it is one exactly, else its digits
 * as text; `$B5` a Blob (its row is its type and byte chunks: no text to read, so none). Values
 * JSON writes as null (undefined, infinities, NaN) are null here; `$-0` is 0.
 */
function plainText(s: string): unknown {
  if (s.startsWith("$$")) return s.slice(1);
  if (s.startsWith("$D")) return s.slice(2);
  const big = BIGINT.exec(s);
  if (big) return Number.isSafeInteger(Number(big[1])) ? Number(big[1]) : big[1];
  if (/^\$B[0-9a-f]+$/.test(s)) return null;
  if (s === "$undefined" || s === "$Infinity" || s === "$-Infinity" || s === "$NaN") return null;
  if (s === "$-0") return 0;
  return s;
}

/**
 * Every string in the models that refers to a row is replaced by that row's value (in place, MAX_NODES
 * values at most), then every Map, Set and FormData by its entries (flight-collections.ts).
 */
function* resolveReferences(models: Map<string, unknown>, maxNodes: number): Steps<void> {
  const stack: unknown[] = [...models.values()];
  const seen = new Set<object>();
  const collections: CollectionSite[] = [];
  let n = 0;
  for (; stack.length && n < maxNodes; n++) {
    if (n % STRIDE === 0) yield;
    const v = stack.pop();
    if (typeof v !== "object" || v === null || seen.has(v)) continue;
    seen.add(v);
    const record = v as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      // JSON.parse makes "__proto__" an own key; assigning it would set the prototype.
      if (key === "__proto__") continue;
      const x = record[key];
      if (typeof x === "string" && x.startsWith("$")) {
        if (COLLECTION.test(x)) {
          collections.push({ holder: record, key, ref: x });
          continue;
        }
        const resolved = REFERENCE.test(x) ? target(models, x) : plainText(x);
        if (resolved !== undefined) record[key] = resolved;
      } else if (typeof x === "object" && x !== null) stack.push(x);
    }
  }
  yield* resolveCollections(collections, (ref) => target(models, ref), maxNodes - n);
}
