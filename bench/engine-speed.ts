/**
 * Speed of the embedded engine on this machine (prints figures; passes or fails nothing):
 *   - one 1,000-record page: parse + find records + fill fields (target ≤ 1 s)
 *   - a 20-page paginated crawl on loopback (target ≤ 5 s)
 *   - verifying 1,000 URLs on loopback (target ≤ 5 s)
 *   - huge pages that reach other long stretches (bench/lib/loop-blocks.ts): a 30,000-person team
 *     page by department, an app shell with no records, a 9 MB windows-1252 page, a 20,000-product
 *     JSON-LD ItemList, a Next.js App Router page's flight stream of 20,000 products, a Nuxt 2 page's
 *     __NUXT__ call of 20,000 products; the longest block of each, and its CPU time (same target as below)
 *   - last, a 30,000-row table page, whole extraction to rows, and the longest the event loop waited
 *     meanwhile (the studio's API answers no sooner; target ≤ 100 ms on an idle machine: every step
 *     of the engine runs with pauses, none over ~50 ms); was ~quadratic, minutes for 60,000 rows
 *
 *   npx tsx bench/engine-speed.ts            (all)
 *   npx tsx bench/engine-speed.ts --blocks   (the huge pages only; --blocks=team: those whose name has "team")
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { startCatalogueSite } from "../e2e/fixtures/catalogue-site";
import { runPipeline } from "../lib/engine/pipeline";
import { verifyUrls } from "../lib/engine/net/verify";
import type { ExtractInput } from "../lib/extract/types";
import { runBlockCases } from "./lib/loop-blocks";
import { runBench } from "./lib/run";

const schema = {
  type: "object",
  properties: { name: { type: "string" }, price: { type: "string" }, availability: { type: "string" }, url: { type: "string", format: "uri" } },
};

function bigPage(n: number): string {
  const cards = Array.from(
    { length: n },
    (_, i) =>
      `<article class="product-card"><h3 class="product-name"><a href="/products/${i}">Product number ${i}</a></h3><p class="price">£${(i % 97) + 0.99}</p><p class="availability">${i % 3 ? "In stock" : "Out of stock"}</p></article>`,
  ).join("\n");
  return `<!doctype html><html><head><title>Big</title></head><body><header><nav><a href="/">Home</a><a href="/about">About</a></nav></header><main><h1>All</h1><div class="grid">${cards}</div></main><footer>©</footer></body></html>`;
}

/** A long table, as an export or a report page shows one: three cells a row, one row a record. */
function bigTable(n: number): string {
  const rows = Array.from({ length: n }, (_, i) => `<tr><td>Item ${i}</td><td>${i * 3}</td><td>note ${i}</td></tr>`).join("");
  return `<!doctype html><html><head><title>Big</title></head><body><table><thead><tr><th>Name</th><th>Value</th><th>Note</th></tr></thead><tbody>${rows}</tbody></table></body></html>`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timeIt(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

async function main() {
  const opts = { maxPages: 20, pageTimeoutMs: 15_000, allowPrivate: true, respectRobots: true };
  const blocks = process.argv.find((a) => a.startsWith("--blocks"));
  if (blocks) return runBlockCases(opts, blocks.split("=")[1]);

  // 1. A 1,000-record page (no network: the HTML is given).
  const html = bigPage(1_000);
  let rows = 0;
  const input: ExtractInput = { q: "every product with name, price, availability and url", url: "https://shop.example/all", schema, verifyUrls: false };
  await runPipeline(input, () => undefined, { ...opts, seedHtml: html }); // warm-up
  const onePage = await timeIt(5, async () => {
    rows = 0;
    await runPipeline(input, () => void rows++, { ...opts, seedHtml: html });
  });
  console.log(`1,000-record page (${(html.length / 1024).toFixed(0)} KB): ${onePage.toFixed(0)} ms median of 5, ${rows} rows (target ≤ 1,000 ms)`);

  // 2. A 20-page crawl on loopback.
  const site = await startCatalogueSite(0, { products: 200, perPage: 10 });
  try {
    const crawlInput: ExtractInput = { ...input, url: `${site.origin}/catalogue` };
    let pages = 0;
    const crawl = await timeIt(3, async () => {
      rows = 0;
      const progress = await runPipeline(crawlInput, () => void rows++, opts);
      pages = progress.pagesFetched;
    });
    console.log(`${pages}-page paginated crawl on loopback: ${crawl.toFixed(0)} ms median of 3, ${rows} rows (target ≤ 5,000 ms)`);
  } finally {
    await site.close();
  }

  // 3. Verifying 1,000 URLs on loopback.
  const server = createServer((req, res) => {
    res.writeHead(req.url?.endsWith("7") ? 404 : 200, { "content-type": "text/plain" });
    res.end("ok");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const urls = Array.from({ length: 1_000 }, (_, i) => `${origin}/item/${i}`);
  let dead = 0;
  const verify = await timeIt(3, async () => {
    const result = await verifyUrls(urls, { allowPrivate: true });
    dead = [...result.values()].filter((r) => !r.ok).length;
  });
  server.closeAllConnections();
  server.close();
  console.log(`verifying 1,000 URLs on loopback: ${verify.toFixed(0)} ms median of 3, ${dead} dead (expected 100) (target ≤ 5,000 ms)`);

  // 4. Huge pages that reach the engine's other long stretches.
  await runBlockCases(opts);

  // 5. A 30,000-row page (last: its line is the one to watch): one run (it is long), with the event loop's longest wait meanwhile.
  const table = bigTable(30_000);
  const tableInput: ExtractInput = { q: "every item with name, value and note", url: "https://shop.example/report", schema: null, verifyUrls: false };
  let longestWait = 0;
  let lastTick = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    longestWait = Math.max(longestWait, now - lastTick);
    lastTick = now;
  }, 10);
  rows = 0;
  const large = await timeIt(1, async () => {
    await runPipeline(tableInput, () => void rows++, { ...opts, seedHtml: table });
  });
  clearInterval(ticker);
  longestWait = Math.max(longestWait, performance.now() - lastTick);
  console.log(
    `30,000-row page (${(table.length / 1024 / 1024).toFixed(1)} MB): ${large.toFixed(0)} ms, ${rows} rows; event loop blocked ${longestWait.toFixed(0)} ms at most (target ≤ 100 ms idle)`,
  );
}

runBench(main);
