import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { rowsFromPage } from "../page-rows";
import { fieldSpecsFromQuery } from "./query";
import { MAX_STATE } from "./app-state";

const PAGE = "https://team.example/team";
const people = [
  { name: "Ada Lovelace", role: "Chief Engineer", city: "London", profile: "/team/ada" },
  { name: "Grace Hopper", role: "Compiler Lead", city: "New York", profile: "/team/grace" },
  { name: "Alan Turing", role: "Research", city: "Manchester", profile: "/team/alan" },
];
const expected = people.map((p) => ({ ...p, profile: `https://team.example${p.profile}` }));
const shell = (state: string) => `<html><body><main><h1>Our team</h1><div class="spinner">Loading…</div></main>${state}</body></html>`;
const rowsOf = async (html: string, q: string, fields = fieldSpecsFromQuery(q)) => (await rowsFromPage(parseHtml(html), PAGE, { url: PAGE, q, schema: null, verifyUrls: false }, fields, null)).rows.map((r) => r.row);

/** A flight stream's pieces as Next.js writes them into the page (`<` escaped as Next's htmlEscapeJsonString does). */
const pushed = (piece: string, kind: 1 | 3 = 1) => JSON.stringify([kind, kind === 3 ? Buffer.from(piece).toString("base64") : piece]).replace(/</g, "\\u003c");
const push = (piece: string, kind: 1 | 3 = 1) => `<script>self.__next_f.push(${pushed(piece, kind)})</script>`;
const bootstrap = `<script>(self.__next_f=self.__next_f||[]).push([0])</script>`;
const bytes = (s: string) => Buffer.byteLength(s).toString(16);

describe("a Next.js App Router page's flight stream", () => {
  // A client component (module row 1) gets the team as props through a reference to row 3; a debug
  // row and a text row (T: a byte length, then text with a line break and a two-byte letter) come before it.
  const text = "<p>Our people work in\nLondon, New York and Zürich.</p>";
  const stream =
    `1:I["4521",["static/chunks/app/team-5a.js"],"TeamList"]\n` +
    `2:HL["/_next/static/css/a1.css","style"]\n` +
    `0:["$","main",null,{"children":[["$","h1",null,{"children":"Our team"}],["$","$L1",null,{"team":"$3","intro":"$4"}]]}]\n` +
    // A development build's debug row: a tag, then JSON to the line's end.
    `5:D{"name":"TeamPage","env":"Server","key":null}\n` +
    `4:T${bytes(text)},${text}` +
    `3:${JSON.stringify(people)}\n`;

  it("gives the rows a client component gets as props, the stream reassembled from its pieces in order", async () => {
    // Cut mid-row and mid-text: the pieces are one stream, not one row each.
    const cuts = [30, 95, 180, 200, stream.length];
    const pieces = cuts.map((end, i) => stream.slice(i ? cuts[i - 1] : 0, end));
    const html = shell(bootstrap + pieces.map((p, i) => push(p, i === 2 ? 3 : 1)).join(""));
    expect(await rowsOf(html, "our team")).toEqual(expected);
    expect(await rowsOf(html, "every person with name, role and city")).toEqual(people.map(({ name, role, city }) => ({ name, role, city })));
  });

  it("follows references with a path and reads `$$` as a text that starts with `$`", async () => {
    const priced = people.map((p, i) => ({ name: p.name, plan: `$$${(i + 1) * 10} a month`, city: p.city }));
    const s = `5:{"page":{"members":${JSON.stringify(priced)}}}\n0:["$","$L1",null,{"members":"$5:page:members"}]\n`;
    expect(await rowsOf(shell(bootstrap + push(s)), "our team members")).toEqual(people.map((p, i) => ({ name: p.name, plan: `$${(i + 1) * 10} a month`, city: p.city })));
  });

  it("is not read past MAX_STATE characters in all", async () => {
    const arg = (s: string) => pushed(s).length;
    const pad = (n: number) => `9:T${n.toString(16)},${"x".repeat(n)}`;
    const base = arg(stream) + arg(pad(0));
    // The pad's length-prefix grows with it: find the longest pad that keeps the stream within MAX_STATE.
    let n = MAX_STATE - base;
    while (arg(stream) + arg(pad(n)) > MAX_STATE) n--;
    expect(await rowsOf(shell(push(stream) + push(pad(n))), "our team")).toHaveLength(3);
    expect(await rowsOf(shell(push(stream) + push(pad(n + 1))), "our team")).toEqual([]);
  });
});

/** devalue's flat form, as Nuxt 3 writes it: each value once, referred to by its index. */
function devalue(root: unknown): unknown[] {
  const out: unknown[] = [];
  const index = new Map<unknown, number>();
  const put = (v: unknown): number => {
    if (v === undefined) return -1;
    if (index.has(v)) return index.get(v)!;
    const i = out.push(null) - 1;
    index.set(v, i);
    if (v instanceof Set) out[i] = ["Set", ...[...v].map(put)];
    else if (v instanceof Map) out[i] = ["Map", ...[...v].flatMap(([k, x]) => [put(k), put(x)])];
    else if (Array.isArray(v)) out[i] = v.map(put);
    else if (v && typeof v === "object") out[i] = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, put(x)]));
    else out[i] = v;
    return i;
  };
  put(root);
  return out;
}

describe("a Nuxt 3 page's __NUXT_DATA__", () => {
  const nuxtData = (entries: unknown[]) => `<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">${JSON.stringify(entries)}</script>`;

  it("is revived (indices, Nuxt's Reactive wrappers, Set, Map, a cycle) and its list read", async () => {
    const payload: Record<string, unknown> = { data: { "team-list": { members: people } }, state: {}, once: new Set(["team"]), tags: new Map([["lead", "Ada Lovelace"]]), serverRendered: true, path: "/team" };
    payload.self = payload;
    const entries = devalue(payload);
    // Nuxt wraps its payload and each data entry: ["ShallowReactive", i] in front, the index moved.
    const wrapped = [["ShallowReactive", 1], ...entries.map((e) => shift(e, 1))];
    const dataAt = (wrapped[1] as Record<string, number>).data!;
    wrapped.push(wrapped[dataAt]);
    wrapped[dataAt] = ["ShallowReactive", wrapped.length - 1];
    expect(await rowsOf(shell(nuxtData(wrapped)), "our team")).toEqual(expected);
  });

  it("keeps reading when a wrapper wraps itself", async () => {
    // people's entries start at index 1: the array of people is entry 1.
    const flat = [{ team: 1, loop: -7 }, ...(devalue(people).map((e) => shift(e, 1)) as unknown[])];
    flat.push(["Reactive", flat.length]);
    (flat[0] as Record<string, number>).loop = flat.length - 1;
    expect(await rowsOf(shell(nuxtData(flat)), "our team")).toEqual(expected);
  });
});

/** A devalue entry with its indices moved by `by` (an entry inserted before it). */
function shift(entry: unknown, by: number): unknown {
  const at = (i: unknown) => (typeof i === "number" && i >= 0 ? i + by : i);
  if (Array.isArray(entry)) return typeof entry[0] === "string" ? [entry[0], ...entry.slice(1).map(at)] : entry.map(at);
  if (entry && typeof entry === "object") return Object.fromEntries(Object.entries(entry).map(([k, i]) => [k, at(i)]));
  return entry;
}
