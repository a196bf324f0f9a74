/**
 * Huge pages that each lean on one stretch of the engine the table page does not reach, for
 * bench/engine-speed.ts: how long the event loop waits at most while each is extracted (the studio's
 * API answers no sooner). Measured, so that what still runs in one stretch is known, not guessed.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { runPipeline } from "../../lib/engine/pipeline";
import { ExtractionError } from "../../lib/engine/pipeline/messages";
import type { PipelineOptions } from "../../lib/engine/pipeline/options";
import type { ExtractInput } from "../../lib/extract/types";

/**
 * The longest the event loop waited while `fn` ran (a 10 ms ticker: ~10 ms is an idle loop), and the
 * process's CPU time in that wait: on a shared machine the wait also holds time the process was not
 * running at all, the CPU time is the engine's own stretch (a little over it with GC threads).
 */
export async function longestBlock<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; blockMs: number; blockCpuMs: number }> {
  let longest = 0;
  let longestCpu = 0;
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  const tick = () => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    if (now - last > longest) [longest, longestCpu] = [now - last, (cpu.user + cpu.system) / 1000];
    last = now;
    lastCpu = process.cpuUsage();
  };
  const ticker = setInterval(tick, 10);
  const start = performance.now();
  try {
    const value = await fn();
    tick();
    return { value, ms: performance.now() - start, blockMs: longest, blockCpuMs: longestCpu };
  } finally {
    clearInterval(ticker);
  }
}

const SYLLABLES = ["ka", "lo", "mi", "ra", "to", "ne", "si", "vu", "de", "an"];
/** A name of its own for each person (the fixture's names repeat, and repeated rows are dropped as duplicates). */
const nameOf = (i: number) => {
  const word = (n: number) => {
    const s = [n % 10, Math.floor(n / 10) % 10, Math.floor(n / 100) % 10].map((d) => SYLLABLES[d]!).join("");
    return s[0]!.toUpperCase() + s.slice(1);
  };
  return `${word(i % 1000)} ${word(Math.floor(i / 1000))}`;
};
const ROLES = ["Staff Engineer", "Design Lead", "Account Executive", "Support Specialist", "Finance Director", "Product Manager"];

/** 30,000 people in 30 departments: the grouping checks (template/named-groups.ts) read them all. */
export function hugeTeam(departments = 30, perDepartment = 1_000): string {
  const sections = Array.from({ length: departments }, (_, d) => {
    const people = Array.from({ length: perDepartment }, (_, i) => {
      const name = nameOf(d * perDepartment + i);
      return `<li><a href="/p/${d}/${i}">${name}</a><span>${ROLES[(d + i) % ROLES.length]}</span></li>`;
    }).join("");
    return `<section class="dept"><h2>Department ${nameOf(d)}</h2><ul>${people}</ul></section>`;
  }).join("");
  return `<!doctype html><html><head><title>Team</title></head><body><header><nav><a href="/">Home</a> <a href="/jobs">Jobs</a></nav></header><main><h1>Meet the team</h1>${sections}</main><footer><p>© Acme</p></footer></body></html>`;
}

/**
 * A page with no records to find: an app's shell whose scripts draw it, prerendered as skeleton
 * placeholders (`rows` × `cells` empty bars, no text). Record detection finds nothing, and the
 * failure path (noRecords) reads the whole page to say why.
 */
export function noRecordsPage(rows: number, cells = 8): string {
  const row = `<div class="sk-row">${`<div class="sk-cell"><div class="sk-bar"></div><div class="sk-bar short"></div></div>`.repeat(cells)}</div>`;
  return `<!doctype html><html><head><title>App</title><script src="/app.js" defer></script></head><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"><div class="skeleton">${row.repeat(rows)}</div></div></body></html>`;
}

/**
 * A page of `bytes` (about) in windows-1252 (€, curly quotes, é): a product list, and a long legal
 * text in one block (no repeated records in it, so the products are what the page lists).
 */
export function cp1252Page(bytes: number): Buffer {
  const cards = Array.from({ length: 40 }, (_, i) => `<li class="product"><a href="/p/${i}">Caf\xe9 cr\xe8me n\xb0 ${i}</a><span class="price">\x80 ${i + 1},50</span></li>`).join("");
  const clause = "\x93Terms\x94 \x96 the seller\x92s caf\xe9 policy applies to every order placed before the deadline. ";
  const legal = clause.repeat(Math.ceil(bytes / clause.length));
  return Buffer.from(`<!doctype html><html><head><title>Shop</title></head><body><main><ul class="products">${cards}</ul><section class="legal"><p>${legal}</p></section></main></body></html>`, "latin1");
}

/** A listing whose records are one JSON-LD ItemList of `n` products (about 260 bytes each). */
export function jsonLdPage(n: number): string {
  const items = Array.from({ length: n }, (_, i) => ({
    "@type": "ListItem",
    position: i + 1,
    item: { "@type": "Product", name: `Product number ${i}`, url: `https://shop.example/p/${i}`, sku: `SKU-${i}`, offers: { "@type": "Offer", price: (i % 97) + 0.99, priceCurrency: "GBP", availability: "https://schema.org/InStock" } },
  }));
  const data = JSON.stringify({ "@context": "https://schema.org", "@type": "ItemList", itemListElement: items });
  return `<!doctype html><html><head><title>All</title><script type="application/ld+json">${data}</script></head><body><main><h1>All products</h1><p>See below.</p></main></body></html>`;
}

/**
 * A Next.js App Router page whose list of `n` products (about 200 bytes each) a client component
 * draws: a skeleton, and the React Server Components stream pushed in 2 KB pieces (app-state.ts
 * reads it: flight-state.ts).
 */
export function flightPage(n: number): string {
  const items = Array.from({ length: n }, (_, i) => ({ name: `Product number ${i}`, price: `£${(i % 97) + 0.99}`, url: `/p/${i}`, sku: `SKU-${i}`, brand: "Acme", stock: "In stock" }));
  const stream = `1:I["4521",["static/chunks/app/products.js"],"ProductList"]\n0:["$","main",null,{"children":["$","$L1",null,{"products":"$2"}]}]\n2:${JSON.stringify(items)}\n`;
  const pieces = Array.from({ length: Math.ceil(stream.length / 2048) }, (_, i) => stream.slice(i * 2048, (i + 1) * 2048));
  const pushes = pieces.map((p) => `<script>self.__next_f.push(${JSON.stringify([1, p]).replace(/</g, "\\u003c")})</script>`).join("");
  return `<!doctype html><html><head><title>Products</title></head><body><main><h1>Products</h1>${noRecordsPage(50).replace(/^.*<div id="root">|<\/div><\/body><\/html>$/g, "")}</main><script>(self.__next_f=self.__next_f||[]).push([0])</script>${pushes}</body></html>`;
}

/** A Nuxt 2 page whose `n` products are only in `window.__NUXT__=(function(a,b){…}(…))` (literal-state.ts reads it). */
export function nuxt2Page(n: number): string {
  const items = Array.from({ length: n }, (_, i) => `{name:"Product number ${i}",price:"£${(i % 97) + 0.99}",url:"\u002Fp\u002F${i}",sku:"SKU-${i}",brand:a,stock:b,added:new Date(${i})}`);
  const state = `window.__NUXT__=(function(a,b){return {layout:"default",data:[{products:[${items.join(",")}]}],serverRendered:!0}}("Acme","In stock"));`;
  return `<!doctype html><html><head><title>Products</title></head><body><main><h1>Products</h1>${noRecordsPage(50).replace(/^.*<div id="root">|<\/div><\/body><\/html>$/g, "")}</main><script>${state}</script></body></html>`;
}

type Case = { name: string; input: ExtractInput; html?: string; body?: Buffer; contentType?: string };

/** Each case extracted once, printing its time, its rows (or its failure) and the longest block. */
export async function runBlockCases(opts: PipelineOptions, only?: string): Promise<void> {
  const team = hugeTeam();
  // Under the fetch's 10 MB cap.
  const cp1252 = cp1252Page(9_500_000);
  const cases: Case[] = [
    { name: "30,000-person team page by department", input: input("every person with name and role"), html: team },
    { name: "app shell with no records (5,000 skeleton rows)", input: input("every product with name and price"), html: noRecordsPage(5_000) },
    { name: `windows-1252 page on loopback (${mb(cp1252.length)})`, input: input("every product with name and price"), body: cp1252, contentType: "text/html; charset=windows-1252" },
    { name: "JSON-LD ItemList of 20,000 products", input: input("every product with name, price and url"), html: jsonLdPage(20_000) },
    { name: "Next.js App Router flight stream of 20,000 products", input: input("every product with name, price and url"), html: flightPage(20_000) },
    { name: "Nuxt 2 __NUXT__ call of 20,000 products", input: input("every product with name, price and url"), html: nuxt2Page(20_000) },
  ];
  for (const c of cases) {
    if (only && !c.name.includes(only)) continue;
    const label = c.html ? `${c.name} (${mb(c.html.length)})` : c.name;
    const result = await longestBlock(() => (c.body ? viaLoopback(c, opts) : extract(c.input, { ...opts, seedHtml: c.html })));
    console.log(`${label}: ${result.ms.toFixed(0)} ms, ${result.value}; event loop blocked ${result.blockMs.toFixed(0)} ms at most, ${result.blockCpuMs.toFixed(0)} ms of CPU (target ≤ 100 ms idle)`);
  }
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const input = (q: string): ExtractInput => ({ q, url: "https://shop.example/list", schema: null, verifyUrls: false });

/** "N rows", or the failure's first words. */
async function extract(input: ExtractInput, opts: PipelineOptions): Promise<string> {
  let rows = 0;
  try {
    await runPipeline(input, () => void rows++, opts);
    return `${rows} rows`;
  } catch (err) {
    if (!(err instanceof ExtractionError)) throw err;
    return `failed: “${err.message.slice(0, 60)}…”`;
  }
}

async function viaLoopback(c: Case, opts: PipelineOptions): Promise<string> {
  const server = createServer((req, res) => {
    if (req.url === "/robots.txt") return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": c.contentType ?? "text/html" });
    res.end(c.body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/list`;
    return await extract({ ...c.input, url }, { ...opts, maxPages: 1 });
  } finally {
    server.closeAllConnections();
    server.close();
  }
}
