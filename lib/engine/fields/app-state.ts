/**
 * Rows from an app shell's embedded state. A Next.js or Nuxt page whose list a script renders in
 * the browser ships that list as JSON in the HTML — `<script id="__NEXT_DATA__"
 * type="application/json">`, `window.__INITIAL_STATE__ = {…}` — and shows only a spinner or
 * skeleton cards until the script runs. The engine runs no scripts, so it reads the list where the
 * script would: the array of like objects that best fills the fields (without fields, the largest
 * such list with the most values). Read only when the page shows no records of its own (see
 * page-rows.ts): a server-rendered page holds the same list twice, and the visible one is what a
 * person sees. Bounded: a state of more than MAX_STATE characters is not read, the walk stops after
 * MAX_NODES values, and the JSON is parsed in steps (json-steps.ts). Also read: a Next.js App
 * Router page's flight stream (`self.__next_f.push`, flight-state.ts), Nuxt 3's devalue-written
 * `__NUXT_DATA__` (devalue-state.ts), and a state assigned as JavaScript literals, not JSON: Nuxt 2's
 * `window.__NUXT__=(function(a,b){return {…}}(…))`, an object with unquoted keys (literal-state.ts,
 * which runs nothing).
 */
import { attr, walkElementsSteps, type Document, type Element } from "../dom";
import { xpathOf } from "../xpath";
import { parseJsonSteps } from "../json-steps";
import { mapSteps, STRIDE, type Steps } from "../steps";
import { own, put } from "../lookup";
import { flatten, mapFields, type JsonLdRow, type Mapped } from "./jsonld";
import { isObj, type Json } from "./jsonld-read";
import { tokens, type FieldSpec } from "./spec";
import { singular } from "../words";
import { planField } from "./plan";
import { resolveUrl } from "./values";
import { flightStateSteps } from "./flight-state";
import { reviveDevalueSteps } from "./devalue-state";
import { literalStateSteps } from "./literal-state";

export const MAX_STATE = 5_000_000;
export const MAX_NODES = 200_000;

/** `window.__INITIAL_STATE__ = {…};` (or self./globalThis.): an assignment of a JSON literal. */
const ASSIGNED = /^\s*(?:window|self|globalThis)\.__[A-Za-z0-9_]+__\s*=\s*(?=[[{])/;
/** `window.__NUXT__=(function(a,b){…`: Nuxt 2's state, a call (literal-state.ts). */
const ASSIGNED_CALL = /^\s*(?:window|self|globalThis)\.__[A-Za-z0-9_]+__\s*=\s*\(\s*function\b/;

/**
 * A state script's JSON (null: a call, not JSON), whether it is devalue's (Nuxt 3: `id="__NUXT_DATA__"`,
 * `data-nuxt-data`), and for an assignment the script, read as JavaScript literals when it is not JSON.
 */
interface StateScript {
  text: string | null;
  el: Element;
  devalue?: boolean;
  script?: string;
}

function* stateScripts(doc: Document): Steps<StateScript[]> {
  const out: StateScript[] = [];
  yield* walkElementsSteps(doc, (el) => {
    if (el.tagName !== "script") return;
    const type = (attr(el, "type") ?? "").trim().toLowerCase();
    const text = el.childNodes.map((n) => ("value" in n ? String(n.value) : "")).join("");
    if (text.length > MAX_STATE) return false;
    if (type === "application/json") out.push({ text, el, devalue: attr(el, "id") === "__NUXT_DATA__" || attr(el, "data-nuxt-data") !== undefined });
    else if (type === "" || /javascript/.test(type)) {
      const m = ASSIGNED.exec(text);
      if (m) out.push({ text: text.slice(m[0].length).replace(/;\s*$/, ""), el, script: text });
      else if (ASSIGNED_CALL.test(text)) out.push({ text: null, el, script: text });
    }
    return false;
  });
  return out;
}

/** An array of two or more objects that hold text values (records, not coordinates), with the key that holds it. */
interface ObjectArray {
  items: Json[];
  key: string;
}

/**
 * The state's arrays of records, found within MAX_NODES values and `maxDepth` levels. A value met
 * twice (a revived state shares them, and may be cyclic) is walked once.
 */
function* objectArrays(data: unknown, maxDepth = 16): Steps<ObjectArray[]> {
  const out: ObjectArray[] = [];
  const stack: { v: unknown; key: string; depth: number }[] = [{ v: data, key: "", depth: 0 }];
  const walked = new Set<object>();
  for (let seen = 1; stack.length && seen <= MAX_NODES; seen++) {
    if (seen % STRIDE === 0) yield;
    const { v, key, depth } = stack.pop()!;
    if (depth > maxDepth || typeof v !== "object" || v === null || walked.has(v)) continue;
    walked.add(v);
    if (Array.isArray(v) && v.length >= 2) {
      const items = v.filter((x): x is Json => isObj(x) && Object.values(x).some((y) => typeof y === "string" && y.trim() !== ""));
      if (items.length * 5 >= v.length * 4) out.push({ items, key });
    }
    const entries: [string, unknown][] = Array.isArray(v) ? v.map((x) => [key, x]) : Object.entries(v);
    for (let i = entries.length - 1; i >= 0; i--) stack.push({ v: entries[i]![1], key: entries[i]![0], depth: depth + 1 });
  }
  return out;
}

/**
 * Without fields, a list is taken when its items are records, not a menu's links: three or more
 * values each in three items or more, or two when the key that holds it is a word of the query
 * ("team" for "our team members").
 */
function enoughWithoutFields(values: number, list: ObjectArray, q: string): boolean {
  if (values >= 3 && list.items.length >= 3) return true;
  const named = new Set(tokens(list.key).map(singular));
  return values >= 2 && tokens(q).some((w) => named.has(singular(w)));
}

/**
 * The rows of the page's embedded state, or [] when it has none that fills the fields (half of them
 * on average, and every required one), as the page's JSON-LD is read (jsonld.ts).
 */
export function* rowsFromAppStateSteps(doc: Document, ctx: { pageUrl: string; q: string; fields: FieldSpec[] | null }): Steps<JsonLdRow[]> {
  let best: { rows: JsonLdRow[]; score: number } | null = null;
  for (const { data, el, maxDepth } of yield* states(doc)) {
    const xpath = xpathOf(el);
    for (const list of yield* objectArrays(data, maxDepth)) {
      const rows: JsonLdRow[] = yield* mapSteps(list.items, (e) => ({ ...(ctx.fields ? byKeyWords(e, mapFields(e, ctx.fields, ctx.pageUrl), ctx.fields, ctx.pageUrl) : absolute(flatten(e, ctx.pageUrl), ctx.pageUrl)), xpath }));
      const values = rows.reduce((s, r) => s + Object.values(r.row).filter((v) => v !== null && v !== "").length, 0);
      const fill = values / (rows.length * (ctx.fields?.length ?? 1));
      const required = (ctx.fields ?? []).filter((f) => f.required).every((f) => rows.every((r) => own(r.row, f.name) != null));
      const score = rows.length * fill;
      if ((ctx.fields ? fill >= 0.5 : enoughWithoutFields(fill, list, ctx.q)) && required && (!best || score > best.score)) best = { rows, score };
    }
  }
  return best?.rows ?? [];
}

/**
 * The page's states, parsed (and revived). A flight stream nests a client component's props under
 * every element around it (an element is an array and its props, two levels each): it is walked
 * deeper, still within MAX_NODES values.
 */
function* states(doc: Document): Steps<{ data: unknown; el: Element; maxDepth?: number }[]> {
  const out: { data: unknown; el: Element; maxDepth?: number }[] = [];
  for (const { text, el, devalue, script } of yield* stateScripts(doc)) {
    let data: unknown;
    try {
      if (text !== null) data = yield* parseJsonSteps(text);
      if (devalue) data = yield* reviveDevalueSteps(data, MAX_NODES);
    } catch {
      data = undefined;
    }
    // JSON gives no undefined: the script is not JSON.
    if (data === undefined && script !== undefined) data = yield* literalStateSteps(script, MAX_NODES);
    if (data !== undefined) out.push({ data, el });
  }
  const flight = yield* flightStateSteps(doc, MAX_STATE, MAX_NODES);
  if (flight) out.push({ data: flight.models, el: flight.el, maxDepth: 64 });
  return out;
}

/** A path from the site's root ("/team/ada"), or a protocol-relative address: a link, made absolute as the page's own links are. */
const ROOT_PATH = /^\/(?:\/[^\s/]+)?[^\s]*$/;

/** Without fields: an app's state writes its links from the site's root; the row gets them absolute. */
function absolute(mapped: Mapped, base: string): Mapped {
  for (const [k, v] of Object.entries(mapped.row)) if (typeof v === "string" && ROOT_PATH.test(v)) put(mapped.row, k, resolveUrl(v, base) ?? v);
  return mapped;
}

/**
 * A field schema.org's names did not fill, read at the key that shares a word with it ("profile"
 * for a profilePage, "avatar" for an avatarUrl): an app's state is named by its developers, not by
 * schema.org. A link or image field takes only a link.
 */
function byKeyWords(entity: Json, mapped: Mapped, fields: FieldSpec[], base: string): Mapped {
  for (const f of fields) {
    if (own(mapped.row, f.name) != null) continue;
    const words = new Set(tokens(f.name));
    const key = Object.keys(entity).find((k) => tokens(k).some((w) => words.has(w)) && ["string", "number", "boolean"].includes(typeof entity[k]));
    if (!key) continue;
    const v = entity[key];
    const kind = planField(f).kind;
    const value = kind === "link" || kind === "image" ? (typeof v === "string" && /^(?:https?:|\/)/i.test(v) ? resolveUrl(v, base) : null) : v;
    if (value == null || value === "") continue;
    put(mapped.row, f.name, value);
    put(mapped.fields, f.name, { jsonld: key });
  }
  return mapped;
}
