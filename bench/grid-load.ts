/**
 * Loads a completed 1,000,000-row task in the results grid, in Debian's Chromium, and prints the
 * figures of issue "results grid at scale" against its targets. Prints; passes or fails nothing.
 *
 *   npm run build && npx tsx bench/grid-load.ts [--rows 1000000] [--scroll-seconds 3] [--headed] [--profile load.cpuprofile]
 *
 * Works with whichever results panel is built: main-thread parsing (before) or the rows worker.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Request } from "@playwright/test";
import { startLinkupDouble } from "../e2e/fixtures/linkup-double";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/support/env";
import { printProfileSummary, type CpuProfile } from "./lib/grid-profile";
import { baselineScript, initScript, scrollScript, transferScript, type BaselineResult, type PageProbe, type ScrollResult, type TransferResult } from "./lib/grid-page";
import { drain, mb, startStudio } from "./lib/proc";
import { runBench } from "./lib/run";
import { workerHeaps } from "./lib/worker-heap";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const flag = (name: string) => process.argv.includes(`--${name}`);
const ROWS = arg("rows", 1_000_000);
const SCROLL_SECONDS = arg("scroll-seconds", 3);
const FIRST_ROWS = Math.min(1_000, ROWS);
const TIMEOUT_MS = arg("timeout", 300) * 1000;
const KEY = "bench-key-not-secret";

/** The 6 generated fields (e2e/fixtures/linkup-double/rows.ts), so every row is checked against a real schema. */
const SCHEMA = {
  type: "object",
  required: ["id", "name", "url"],
  properties: {
    id: { type: "integer", minimum: 0 },
    name: { type: "string", minLength: 1 },
    category: { type: "string", enum: ["garden", "home", "kitchen", "outdoor", "books", "audio"] },
    price: { type: "number", minimum: 0 },
    inStock: { type: "boolean" },
    url: { type: "string", format: "uri" },
  },
};

const s = (ms: number | null | undefined) => (ms === null || ms === undefined ? "n/a" : `${(ms / 1000).toFixed(2)} s`);
const verdict = (ok: boolean | null) => (ok === null ? "" : ok ? "  ✓" : "  ✗");
const line = (label: string, value: string, target = "", ok: boolean | null = null) =>
  console.log(`${label.padEnd(48)} ${value.padEnd(26)} ${target}${verdict(ok)}`);

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "grid-bench-"));
  const double = await startLinkupDouble({ port: 0, apiKey: KEY });
  const seeded = await fetch(`${double.origin}/__control/tasks`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      input: { q: "bench grid rows", url: "https://shop.example/items", schema: SCHEMA },
      pendingMs: 0,
      processingMs: 0,
      generate: { count: ROWS, seed: 1 },
    }),
  });
  if (!seeded.ok) throw new Error(`seeding the double failed: HTTP ${seeded.status} ${await seeded.text()}`);
  const { id } = (await seeded.json()) as { id: string };
  const studio = await startStudio({ LINKUP_API_KEY: KEY, LINKUP_BASE_URL: double.baseUrl, DATA_DIR: dataDir });
  const rowsPath = `/api/extract/${encodeURIComponent(id)}/rows`;

  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: !flag("headed"),
    args: [...CHROMIUM_ARGS, "--enable-precise-memory-info", "--js-flags=--expose-gc"],
  });
  try {
    // Warm the server path (route compilation, JIT) so neither side pays for it.
    const warm = await drain(await fetch(`${studio.origin}${rowsPath}`));
    console.log(`Task ${id}: ${ROWS.toLocaleString("en")} rows, ${mb(warm.bytes)} MB of NDJSON (${warm.bytes.toLocaleString("en")} bytes).`);

    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();

    // 1. The bare Worker baseline (same origin, same bytes), before the grid load.
    await page.goto(`${studio.origin}/api/health`);
    const baselineBefore = (await page.evaluate(baselineScript(rowsPath))) as BaselineResult;
    console.log(`baseline worker (before): ${s(baselineBefore.wallMs)} for ${baselineBefore.rows.toLocaleString("en")} rows`);

    // 2. Transfer costs, objects vs text (informs the worker's design; per 10,000-row message).
    const transfer = (await page.evaluate(transferScript(10_000, 10))) as TransferResult;

    // 3. The task page.
    await page.addInitScript({ content: initScript(FIRST_ROWS) });
    let rowsRequestAt: number | null = null;
    let rowsFinishedAt: number | null = null;
    const isRows = (r: Request) => new URL(r.url()).pathname === rowsPath;
    page.on("request", (r) => {
      if (isRows(r) && rowsRequestAt === null) rowsRequestAt = Date.now();
    });
    page.on("requestfinished", (r) => {
      if (isRows(r) && rowsFinishedAt === null) rowsFinishedAt = Date.now();
    });
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));

    // --profile FILE: a CPU profile of the main thread during the load (open in Chrome DevTools).
    const profileFile = process.argv[process.argv.indexOf("--profile") + 1];
    const profiler = flag("profile") && profileFile ? await context.newCDPSession(page) : null;
    if (profiler) {
      await profiler.send("Profiler.enable");
      await profiler.send("Profiler.setSamplingInterval", { interval: 500 });
      await profiler.send("Profiler.start");
    }
    await page.goto(`${studio.origin}/tasks/${encodeURIComponent(id)}`, { waitUntil: "commit" });
    const timeOrigin = (await page.evaluate("performance.timeOrigin")) as number;
    const probe = async () => (await page.evaluate("window.__bench")) as PageProbe;
    const deadline = Date.now() + TIMEOUT_MS;
    let p = await probe();
    while (p.gridCompleteAt === null) {
      if (p.status === "error" || p.status === "cancelled") throw new Error(`the load ended with status ${p.status}`);
      if (Date.now() > deadline) throw new Error(`no complete load within ${TIMEOUT_MS / 1000} s (probe: ${JSON.stringify({ ...p, longTasks: p.longTasks.length })})`);
      await new Promise((r) => setTimeout(r, 250));
      p = await probe();
    }
    // Let the last transactions, renders and the worker's termination settle.
    await page.waitForTimeout(1_000);
    p = await probe();
    if (profiler && profileFile) {
      const { profile } = (await profiler.send("Profiler.stop")) as { profile: CpuProfile };
      writeFileSync(profileFile, JSON.stringify(profile));
      printProfileSummary(profile);
    }

    // 4. Heap after load (main thread), after a full GC.
    const cdp = await context.newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    await page.evaluate("typeof gc === 'function' && gc()");
    const heap = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number; totalSize: number };
    const perfMemory = (await page.evaluate("performance.memory ? performance.memory.usedJSHeapSize : null")) as number | null;
    // The rows live in the rows worker: its heap counts too.
    const workers = await workerHeaps(browser);
    const workerHeap = workers.reduce((sum, w) => sum + w.usedSize, 0);
    const totalHeap = heap.usedSize + workerHeap;

    // 5. Scrolling (--profile FILE: also a CPU profile of the scrolling, in FILE.scroll.cpuprofile).
    if (profiler && profileFile) {
      await profiler.send("Profiler.start");
    }
    const steady = (await page.evaluate(scrollScript(SCROLL_SECONDS, "steady"))) as ScrollResult;
    const jump = (await page.evaluate(scrollScript(SCROLL_SECONDS, "jump"))) as ScrollResult;
    const afterScroll = await probe();
    if (profiler && profileFile) {
      const { profile } = (await profiler.send("Profiler.stop")) as { profile: CpuProfile };
      writeFileSync(`${profileFile}.scroll.cpuprofile`, JSON.stringify(profile));
      console.log("While scrolling:");
      printProfileSummary(profile);
    }

    // 6. The baseline again, in the same page, now that the grid holds every row.
    const baselineAfter = (await page.evaluate(baselineScript(rowsPath))) as BaselineResult;

    const size = baselineBefore.bytes;
    const baseline = (baselineBefore.wallMs + baselineAfter.wallMs) / 2;
    // The hook's User Timing mark when it has one (a worker's request is reported late by Playwright).
    const mark = (await page.evaluate(`(performance.getEntriesByName("row-stream:start")[0] || {}).startTime ?? null`)) as number | null;
    const streamStart = mark ?? (rowsRequestAt !== null ? rowsRequestAt - timeOrigin : null);
    const streamMs = streamStart !== null && p.gridCompleteAt !== null ? p.gridCompleteAt - streamStart : null;
    const loadWindow = (t: { start: number }) => p.gridCompleteAt !== null && t.start <= p.gridCompleteAt;
    const duringLoad = p.longTasks.filter(loadWindow);
    const duringStream = streamStart === null ? duringLoad : duringLoad.filter((t) => t.start + t.duration >= streamStart);
    const maxOf = (ts: { duration: number }[]) => ts.reduce((m, t) => Math.max(m, t.duration), 0);
    const over = (ts: { duration: number }[], ms: number) => ts.filter((t) => t.duration > ms).length;
    const scrollTasks = afterScroll.longTasks.filter((t) => !loadWindow(t));

    console.log("");
    console.log(`Results grid load — ${ROWS.toLocaleString("en")} rows × 6 fields, ${mb(size)} MB NDJSON, Chromium ${browser.version()}`);
    console.log(`(panel status read from [data-testid=${p.statusSource}]; grid rows ${p.ariaRowCount !== null ? p.ariaRowCount - (p.headerRows ?? 0) : "n/a"})`);
    line("first 1,000 rows visible (from navigation)", s(p.firstRowsAt), "target ≤ 1.00 s", p.firstRowsAt !== null && p.firstRowsAt <= 1_000);
    if (p.firstRowText) line("  its first data row read", JSON.stringify(p.firstRowText.slice(0, 40)));
    const firstMark = (await page.evaluate(`(performance.getEntriesByName("row-stream:first-rows")[0] || {}).startTime ?? null`)) as number | null;
    if (firstMark !== null) line("  first rows ready in the worker (row-stream:first-rows)", s(firstMark));
    const gridReady = (await page.evaluate(`(performance.getEntriesByName("grid:ready")[0] || {}).startTime ?? null`)) as number | null;
    if (gridReady !== null) line("  grid ready (grid:ready)", s(gridReady));
    line("panel says done (from navigation)", s(p.doneAt));
    line("all rows in the grid (from navigation)", s(p.gridCompleteAt));
    line(`load start (from navigation; ${mark !== null ? "row-stream:start mark" : "rows request"})`, s(streamStart));
    line("rows response fully read (from navigation)", s(rowsFinishedAt !== null ? rowsFinishedAt - timeOrigin : null));
    line("total load: load start → all rows in grid", s(streamMs));
    line("bare Worker fetch + JSON.parse (before/after)", `${s(baselineBefore.wallMs)} / ${s(baselineAfter.wallMs)}`);
    line("load ÷ baseline (mean of the two)", streamMs !== null ? (streamMs / baseline).toFixed(2) : "n/a", "target ≤ 2.00", streamMs !== null && streamMs / baseline <= 2);
    line("longest main-thread task, during the stream", `${maxOf(duringStream).toFixed(0)} ms`, "target ≤ 200 ms", maxOf(duringStream) <= 200);
    line("  tasks > 200 ms / > 100 ms / > 50 ms", `${over(duringStream, 200)} / ${over(duringStream, 100)} / ${over(duringStream, 50)}`);
    line("longest task, page start-up (before the stream)", `${maxOf(duringLoad.filter((t) => !duringStream.includes(t))).toFixed(0)} ms`);
    line("JS heap after load + GC (page + workers)", `${mb(totalHeap)} MB`, `target ≤ ${mb(3 * size)} MB`, totalHeap <= 3 * size);
    line("  page (CDP usedSize) / workers", `${mb(heap.usedSize)} / ${mb(workerHeap)} MB (${workers.length} worker${workers.length === 1 ? "" : "s"})`);
    line("  performance.memory.usedJSHeapSize (page)", perfMemory !== null ? `${mb(perfMemory)} MB` : "n/a");
    line("  heap ÷ NDJSON size", (totalHeap / size).toFixed(2), "target ≤ 3.00");
    line(`scrolling, steady (${SCROLL_SECONDS} s, 150 px/frame)`, `${steady.fps.toFixed(1)} fps`, "target ≥ 50 fps", steady.fps >= 50);
    line("  worst / p95 frame", `${steady.maxFrameMs.toFixed(0)} / ${steady.p95FrameMs.toFixed(0)} ms`);
    line(`scrolling, random jumps (${SCROLL_SECONDS} s)`, `${jump.fps.toFixed(1)} fps`);
    line("  worst / p95 frame", `${jump.maxFrameMs.toFixed(0)} / ${jump.p95FrameMs.toFixed(0)} ms`);
    line("  long tasks while scrolling (max)", `${scrollTasks.length} (${maxOf(scrollTasks).toFixed(0)} ms)`);
    console.log("");
    console.log(`Hand-over of one 10,000-row batch to the main thread (median / max of ${transfer.messages}):`);
    line("  as objects (structured clone)", `${transfer.objectsMs.median.toFixed(1)} / ${transfer.objectsMs.max.toFixed(1)} ms`);
    line("  as NDJSON text + JSON.parse on main", `${transfer.textParseMs.median.toFixed(1)} / ${transfer.textParseMs.max.toFixed(1)} ms`);
    line("  worker-side postMessage of the objects", `${transfer.objectsPostMs.toFixed(1)} ms`);
    const top = [...duringStream].sort((x, y) => y.duration - x.duration).slice(0, 8);
    if (top.length) console.log(`longest tasks during the stream (start after rows request: duration): ${top.map((t) => `${s(t.start - (streamStart ?? 0))}: ${t.duration.toFixed(0)} ms`).join(", ")}`);
    if (pageErrors.length) console.log(`page errors: ${pageErrors.join(" | ")}`);
    await context.close();
  } finally {
    await browser.close();
    await studio.stop();
    await double.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runBench(main);
