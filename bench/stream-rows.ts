/**
 * Streams a large result through the studio's /api/extract/[id]/rows and compares it with fetching
 * the same bytes straight from the Linkup double. Prints figures; passes or fails nothing.
 *
 *   npm run build && npm run bench:stream [-- --rows 1000000]
 *
 * Targets (issue 2): peak server RSS growth ≤ 100 MB; throughput ≥ 0.7 × direct.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startLinkupDouble } from "../e2e/fixtures/linkup-double";
import { drain, mb, sampleRss, startStudio, treeRss } from "./lib/proc";
import { runBench } from "./lib/run";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROWS = arg("rows", 1_000_000);
const RUNS = arg("runs", 3);
const KEY = "bench-key-not-secret";

async function main() {
  // Its own data folder: the studio locks its DATA_DIR at start-up, so the default ./.data would
  // stop this bench whenever a studio already runs from this checkout.
  const dataDir = mkdtempSync(path.join(tmpdir(), "stream-bench-"));
  const double = await startLinkupDouble({ port: 0, apiKey: KEY });
  const seeded = await fetch(`${double.origin}/__control/tasks`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ input: { q: "bench rows", url: "https://shop.example/items" }, pendingMs: 0, processingMs: 0, generate: { count: ROWS, seed: 1 } }),
  });
  const { id } = (await seeded.json()) as { id: string };
  const studio = await startStudio({ LINKUP_API_KEY: KEY, LINKUP_BASE_URL: double.baseUrl, DATA_DIR: dataDir });
  const pid = studio.child.pid!;

  const direct = async () => {
    const task = (await (await fetch(`${double.baseUrl}/extract/${id}`, { headers: { authorization: `Bearer ${KEY}` } })).json()) as {
      output: { resultUrl: string };
    };
    return drain(await fetch(task.output.resultUrl));
  };
  const viaStudio = () => fetch(`${studio.origin}/api/extract/${id}/rows`);

  try {
    // Warm up both paths (JIT, route compilation, connection set-up).
    await drain(await viaStudio());
    await direct();
    await new Promise((r) => setTimeout(r, 1_000));

    console.log(`Streaming ${ROWS.toLocaleString("en")} rows, ${RUNS} runs each, alternating.`);
    const directTimes: number[] = [];
    const studioTimes: number[] = [];
    let peakGrowth = 0;
    let size = 0;
    for (let run = 0; run < RUNS; run++) {
      let t = performance.now();
      const d = await direct();
      directTimes.push(performance.now() - t);
      size = d.bytes;

      const baseline = treeRss(pid);
      const sampler = sampleRss(pid);
      t = performance.now();
      const s = await drain(await viaStudio());
      studioTimes.push(performance.now() - t);
      const peak = sampler.stop();
      peakGrowth = Math.max(peakGrowth, peak - baseline);
      if (s.bytes !== d.bytes || s.lines !== ROWS) throw new Error(`studio served ${s.bytes} bytes / ${s.lines} lines, direct ${d.bytes} / ${ROWS}`);
      console.log(`  run ${run + 1}: direct ${(directTimes.at(-1)! / 1000).toFixed(2)} s, studio ${(studioTimes.at(-1)! / 1000).toFixed(2)} s, studio RSS ${mb(baseline)} → peak ${mb(peak)} MB`);
    }

    // A slow reader must slow the upstream download, not pile bytes up in the server.
    const slowBaseline = treeRss(pid);
    const slowSampler = sampleRss(pid);
    const slowRes = await viaStudio();
    const reader = slowRes.body!.getReader();
    let slowBytes = 0;
    const slowStarted = performance.now();
    while (performance.now() - slowStarted < 5_000) {
      const { done, value } = await reader.read();
      if (done) break;
      slowBytes += value.byteLength;
      await new Promise((r) => setTimeout(r, 20));
    }
    await reader.cancel();
    const slowPeak = slowSampler.stop();

    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const ratio = median(directTimes) / median(studioTimes);
    console.log("");
    console.log(`result size:                 ${mb(size)} MB (${ROWS.toLocaleString("en")} rows)`);
    console.log(`direct from the double:      ${(median(directTimes) / 1000).toFixed(2)} s median (${mb(size / (median(directTimes) / 1000))} MB/s)`);
    console.log(`through /api/extract/…/rows: ${(median(studioTimes) / 1000).toFixed(2)} s median (${mb(size / (median(studioTimes) / 1000))} MB/s)`);
    console.log(`throughput ratio:            ${ratio.toFixed(2)} (target ≥ 0.70)`);
    console.log(`peak server RSS growth:      ${mb(peakGrowth)} MB (target ≤ 100 MB)`);
    console.log(`slow reader (5 s, ${mb(slowBytes)} MB read): RSS growth ${mb(slowPeak - slowBaseline)} MB`);
  } finally {
    await studio.stop();
    await double.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runBench(main);
