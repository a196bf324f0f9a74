/**
 * Load: simulated analysts against the built studio (Linkup mode) and the Linkup double, all on
 * loopback. Each user, in a bounded loop, starts an extraction, polls it until it completes (as the
 * task page does), streams its rows, and opens the task list now and then. Prints figures; passes or
 * fails nothing, but every error is counted and shown.
 *
 *   npm run build && npm run bench:load [-- --users 50 --seconds 60 --rows 500]
 *
 * Targets (issue 6): zero errors; p95 of the studio's own route time ≤ 200 ms. The studio's time is
 * read from each answer's Server-Timing header (`app`: the route's time minus its waits on Linkup),
 * so the double's pending/processing delays and its response times are excluded.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startLinkupDouble } from "../e2e/fixtures/linkup-double";
import { parseServerTiming } from "../lib/api/server-timing";
import { startStudio } from "./lib/proc";
import { runBench } from "./lib/run";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const USERS = arg("users", 50);
const SECONDS = arg("seconds", 60);
const ROWS = arg("rows", 500);
/** How often a user polls a running task (the task page polls every 2 s; users here are impatient). */
const POLL_MS = arg("poll-ms", 1_000);
const KEY = "bench-key-not-secret";

type Route = "create" | "poll" | "rows" | "list";

interface Sample {
  route: Route;
  /** The studio's own time from Server-Timing. */
  appMs: number;
  upstreamMs: number;
  /** What the user waited: until the whole body was read. */
  clientMs: number;
  /**
   * Client-side cross-check that includes Next's own routing and the proxy: time to the answer's
   * headers minus the route's upstream waits.
   */
  outsideMs: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  // Its own data folder: the studio locks its DATA_DIR at start-up, so the default ./.data would
  // stop this bench whenever a studio already runs from this checkout.
  const dataDir = mkdtempSync(join(tmpdir(), "load-bench-"));
  const double = await startLinkupDouble({ port: 0, apiKey: KEY });
  const studio = await startStudio({
    LINKUP_API_KEY: KEY,
    LINKUP_BASE_URL: double.baseUrl,
    DATA_DIR: dataDir,
    // Spend protection would (rightly) stop one client starting thousands of tasks an hour.
    STUDIO_CREATE_LIMIT: "1000000",
  });
  const samples: Sample[] = [];
  const errors: string[] = [];
  let tasksDone = 0;
  let rowsRead = 0;

  const control = (path: string, body: unknown) =>
    fetch(`${double.origin}/__control${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

  /** One timed studio call; throws (counted as an error by the caller) on anything but 2xx. */
  async function call(route: Route, path: string, init?: RequestInit): Promise<{ body: string; status: number }> {
    const start = performance.now();
    const res = await fetch(`${studio.origin}${path}`, init);
    const headersMs = performance.now() - start;
    const body = await res.text();
    const clientMs = performance.now() - start;
    const timing = parseServerTiming(res.headers.get("server-timing"));
    if (!res.ok) throw new Error(`${route} ${path}: HTTP ${res.status} ${body.slice(0, 200)}`);
    if (!timing) throw new Error(`${route} ${path}: no Server-Timing header`);
    samples.push({ route, appMs: timing.appMs, upstreamMs: timing.upstreamMs, clientMs, outsideMs: Math.max(0, headersMs - timing.upstreamMs) });
    return { body, status: res.status };
  }

  async function user(n: number, until: number) {
    let iteration = 0;
    while (Date.now() < until) {
      iteration++;
      try {
        // The double gives the next created task this behaviour (all users queue the same one).
        await control("/scenario", { pendingMs: 300, processingMs: 900, generate: { count: ROWS, seed: n } });
        const created = await call("create", "/api/extract", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ url: `https://shop.example/list/${n}`, q: `every item, user ${n} run ${iteration}`, verifyUrls: false }),
        });
        const { id } = JSON.parse(created.body) as { id: string };
        for (;;) {
          await sleep(POLL_MS);
          const task = JSON.parse((await call("poll", `/api/extract/${id}`)).body) as { status: string };
          if (task.status === "completed") break;
          if (task.status === "failed") throw new Error(`task ${id} failed`);
        }
        const rows = await call("rows", `/api/extract/${id}/rows`);
        const lines = rows.body.split("\n").filter(Boolean).length;
        if (lines !== ROWS) throw new Error(`rows of ${id}: ${lines} lines, expected ${ROWS}`);
        rowsRead += lines;
        if (iteration % 3 === 0) await call("list", "/api/extract?page=1&pageSize=20");
        tasksDone++;
      } catch (err) {
        errors.push(err instanceof Error ? err.message : String(err));
        await sleep(500);
      }
    }
  }

  try {
    // Warm up every route once (route compilation, JIT) before the clock starts.
    await user(-1, Date.now() + 100);
    samples.length = 0;
    errors.length = 0;
    tasksDone = 0;
    rowsRead = 0;

    console.log(`${USERS} users for ${SECONDS} s: create → poll every ${POLL_MS} ms → stream ${ROWS} rows (→ list every 3rd task), on loopback.`);
    const started = performance.now();
    const until = Date.now() + SECONDS * 1000;
    // Starts spread over the first second, as real users do not click in the same millisecond.
    await Promise.all(Array.from({ length: USERS }, (_, n) => sleep((n * 1000) / USERS).then(() => user(n, until))));
    const elapsed = (performance.now() - started) / 1000;

    const pct = (xs: number[], p: number) => {
      if (!xs.length) return NaN;
      const sorted = [...xs].sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
    };
    const row = (label: string, xs: Sample[]) => {
      const app = xs.map((s) => s.appMs);
      const outside = xs.map((s) => s.outsideMs);
      const client = xs.map((s) => s.clientMs);
      const f = (v: number) => v.toFixed(1).padStart(7);
      console.log(
        `${label.padEnd(8)} ${String(xs.length).padStart(6)}  ${f(pct(app, 50))} ${f(pct(app, 95))} ${f(Math.max(...app))}   ${f(pct(outside, 50))} ${f(pct(outside, 95))}   ${f(pct(client, 50))} ${f(pct(client, 95))}`,
      );
    };
    console.log("");
    console.log(`ran ${elapsed.toFixed(1)} s: ${tasksDone} tasks completed, ${rowsRead.toLocaleString("en")} rows streamed, ${samples.length} studio requests (${(samples.length / elapsed).toFixed(0)}/s)`);
    console.log(`errors: ${errors.length}${errors.length ? ` — first: ${[...new Set(errors)].slice(0, 5).join(" | ")}` : ""}`);
    console.log("");
    console.log("route    count   studio ms in the route         seen by the client, ms");
    console.log("                 (upstream excluded)          to headers − upstream   whole answer");
    console.log("                     p50     p95     max       p50     p95           p50     p95");
    for (const route of ["create", "poll", "rows", "list"] as const) row(route, samples.filter((s) => s.route === route));
    row("all", samples);
    console.log("");
    console.log(`studio route time, all routes: p50 ${pct(samples.map((s) => s.appMs), 50).toFixed(1)} ms, p95 ${pct(samples.map((s) => s.appMs), 95).toFixed(1)} ms (target ≤ 200 ms); with Next's routing, seen by the client: p95 ${pct(samples.map((s) => s.outsideMs), 95).toFixed(1)} ms; errors ${errors.length} (target 0)`);
  } finally {
    await studio.stop();
    await double.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runBench(main);
