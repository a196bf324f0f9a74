import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseHtml } from "../dom";
import { rowsFromPage } from "../page-rows";
import { runSteps, STRIDE } from "../steps";
import { drainSteps } from "../steps-testing";
import { fieldSpecsFromQuery } from "./query";
import { MAX_NODES } from "./app-state";
import { literalStateSteps } from "./literal-state";

const read = (script: string, maxNodes = MAX_NODES) => runSteps(literalStateSteps(script, maxNodes));

describe("a state assigned as JavaScript literals, read without running it", () => {
  it("reads Nuxt 2's call: each parameter is its argument, the same value wherever it is used", () => {
    const state = read(`window.__NUXT__=(function(a,b,c,d){return {data:[{items:[{name:"Ada",tags:d,city:a},{name:'Grace',tags:d,city:b}]}],error:c,n:-3.5,big:123456789012345678901234567890n,ok:!0,no:!1,gone:void 0,t:\`plain\`}}("London","New York",null,["x"]));`) as {
      data: { items: { name: string; tags: unknown; city: string }[] }[];
    };
    expect(state).toEqual({
      data: [{ items: [{ name: "Ada", tags: ["x"], city: "London" }, { name: "Grace", tags: ["x"], city: "New York" }] }],
      error: null,
      n: -3.5,
      big: "123456789012345678901234567890",
      ok: true,
      no: false,
      gone: null,
      t: "plain",
    });
    expect(state.data[0]!.items[0]!.tags).toBe(state.data[0]!.items[1]!.tags);
  });

  it("reads the call written `(function(){…})(…)`, a shorthand parameter, a body that returns a parameter, an array with holes", () => {
    expect(read(`window.__NUXT__=(function(a,b){return {a,list:[b,,1]}})("x",2);`)).toEqual({ a: "x", list: [2, null, 1] });
    expect(read(`window.__NUXT__=(function(a){return a}([1,2]))`)).toEqual([1, 2]);
  });

  it("reads an object with unquoted, quoted, keyword and number keys (not JSON)", () => {
    expect(read(`self.__STATE__ = {items:[{name:'Ada',"role":"Engineer",default:1,2:"two"}]};`)).toEqual({ items: [{ name: "Ada", role: "Engineer", default: 1, "2": "two" }] });
  });

  it("reads a value that is not a literal as null and runs nothing: a call, `new`, a regular expression, a template with `${}`, a spread", () => {
    const g = globalThis as { __state11Ran?: number };
    const state = read(
      `window.__NUXT__=(function(a){return {at:new Date(1764460800000),ran:(globalThis.__state11Ran=1),re:/a,b]/g,t:\`\${a}\`,f:function(){return [1,2]},alert:alert(1),...{x:1},[a]:2,name:"kept"}}(Date.now()));`,
    );
    expect(state).toEqual({ at: null, ran: null, re: null, t: null, f: null, alert: null, name: "kept" });
    expect(g.__state11Ran).toBeUndefined();
  });

  it("does not read a script that does more than assign a literal or a call that returns one", () => {
    expect(read(`window.__NUXT__=(function(a){a.self=a;return {a}}({}));`)).toBeUndefined();
    expect(read(`window.__NUXT__={a:1};window.__OTHER__={b:2};`)).toBeUndefined();
    expect(read(`document.title="x";`)).toBeUndefined();
    expect(read(`window.__NUXT__=(function(){return {a:1}}(`)).toBeUndefined();
    expect(read(`window.__NUXT__={a:"unterminated}`)).toBeUndefined();
  });

  it("keeps `__proto__` an own key, not the object's prototype", () => {
    const state = read(`window.__S__={__proto__:{polluted:1},ok:1}`) as Record<string, unknown>;
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
    expect(Object.keys(state)).toEqual(["__proto__", "ok"]);
    expect((state as { polluted?: number }).polluted).toBeUndefined();
  });

  it("is read in steps and bounded: at most maxNodes values, nested at most 256 deep", () => {
    const items = Array.from({ length: 40 * STRIDE }, (_, i) => `{id:${i},name:"n${i}"}`).join(",");
    const run = drainSteps(literalStateSteps(`window.__S__={items:[${items}]}`, MAX_NODES));
    expect((run.value as { items: unknown[] }).items).toHaveLength(40 * STRIDE);
    expect(run.steps).toBeGreaterThanOrEqual(40 * 4);
    expect(read(`window.__S__={items:[${items}]}`, 1000)).toBeUndefined();
    expect(read(`window.__S__=${"[".repeat(200)}1${"]".repeat(200)}`)).toBeDefined();
    expect(read(`window.__S__=${"[".repeat(300)}1${"]".repeat(300)}`)).toBeUndefined();
  });
});

describe("a Nuxt 2 listing page whose products are only in window.__NUXT__", () => {
  const PAGE = "https://lumen.example/lamps/desk";
  const html = readFileSync(path.join(__dirname, "..", "__fixtures__", "nuxt2-listing.html"), "utf8");
  const rowsOf = async (q: string) => (await rowsFromPage(parseHtml(html), PAGE, { url: PAGE, q, schema: null, verifyUrls: false }, fieldSpecsFromQuery(q), null)).rows.map((r) => r.row);

  it("gives the products, parameters read as their arguments and links made absolute", async () => {
    expect(await rowsOf("every product with name, price, currency and link")).toEqual([
      { name: "Arc desk lamp", price: "129", currency: "EUR", link: "https://lumen.example/lamps/arc-desk-lamp" },
      { name: 'Brass "Banker" lamp', price: "89.5", currency: "EUR", link: "https://lumen.example/lamps/banker" },
      { name: "Clamp task light", price: "45", currency: "EUR", link: "https://lumen.example/lamps/clamp" },
      { name: "Dome reading lamp", price: "210", currency: "EUR", link: "https://lumen.example/lamps/dome" },
    ]);
  });

  it("gives the rows of a state assigned as an object with unquoted keys", async () => {
    const shell = `<html><body><main><h1>Desk lamps</h1><div class="skeleton-card"></div></main><script>window.__INITIAL_STATE__={catalogue:{products:[{name:'Arc desk lamp',price:129},{name:'Clamp task light',price:45}]}};</script></body></html>`;
    const q = "every product with name and price";
    const rows = (await rowsFromPage(parseHtml(shell), PAGE, { url: PAGE, q, schema: null, verifyUrls: false }, fieldSpecsFromQuery(q), null)).rows.map((r) => r.row);
    expect(rows).toEqual([
      { name: "Arc desk lamp", price: "129" },
      { name: "Clamp task light", price: "45" },
    ]);
  });
});
