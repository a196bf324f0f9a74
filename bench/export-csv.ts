/**
 * Export throughput and memory: the studio's CSV export of a large result against Miller on the
 * same NDJSON, in one run. Prints figures; passes or fails nothing.
 *
 *   npm run build && npx tsx bench/export-csv.ts [--rows 1000000]
 *
 * Targets (issue): CSV export throughput ≥ Miller's (`mlr --ijsonl --ocsv cat`), i.e. ratio ≥ 1.0;
 * peak server RSS growth ≤ 100 MB. XLSX and JSON figures are for information.
 *
 * The result comes from the Linkup double, which generates rows on the fly in this very process
 * (and this process also drains the export), so the through-the-server figures may be bounded by
 * the double. The in-process figure (file → ndjsonToCsv → nowhere) shows the converter alone.
 */
import { spawn, spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { startLinkupDouble } from "../e2e/fixtures/linkup-double";
import { ndjsonToCsv } from "../lib/export/ndjson-to-csv";
import { drain, mb, sampleRss, startStudio, treeRss } from "./lib/proc";
import { runBench } from "./lib/run";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROWS = arg("rows", 1_000_000);
const KEY = "bench-key-not-secret";
const COLUMNS = ["id", "name", "category", "price", "inStock", "url"];

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Wall time of a command whose output goes to /dev/null. */
function timeCommand(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`${command} exited with ${code}`))));
  });
}

async function main() {
  // Its own data folder: the studio locks its DATA_DIR at start-up, so the default ./.data would
  // stop this bench whenever a studio already runs from this checkout.
  const dataDir = mkdtempSync(path.join(tmpdir(), "export-bench-data-"));
  const double = await startLinkupDouble({ port: 0, apiKey: KEY });
  const seeded = await fetch(`${double.origin}/__control/tasks`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ input: { q: "bench export", url: "https://shop.example/items" }, pendingMs: 0, processingMs: 0, generate: { count: ROWS, seed: 1 } }),
  });
  const { id } = (await seeded.json()) as { id: string };
  const studio = await startStudio({ LINKUP_API_KEY: KEY, LINKUP_BASE_URL: double.baseUrl, DATA_DIR: dataDir });
  const pid = studio.child.pid!;
  const dir = mkdtempSync(path.join(tmpdir(), "export-bench-"));
  const file = path.join(dir, "result.ndjson");

  const exportUrl = (format: string) => {
    const params = new URLSearchParams({ format });
    for (const c of COLUMNS) params.append("column", c);
    return `${studio.origin}/api/extract/${id}/export?${params}`;
  };

  /** One export drained, with the server's RSS sampled throughout. */
  const measure = async (format: string, keep?: string) => {
    const baseline = treeRss(pid);
    const sampler = sampleRss(pid);
    const started = performance.now();
    const res = await fetch(exportUrl(format));
    let out: { bytes: number; lines: number };
    if (keep) {
      if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
      await pipeline(Readable.fromWeb(res.body as import("node:stream/web").ReadableStream<Uint8Array>), createWriteStream(keep));
      out = { bytes: statSync(keep).size, lines: 0 };
    } else {
      out = await drain(res);
    }
    const ms = performance.now() - started;
    const peak = sampler.stop();
    return { ms, ...out, type: res.headers.get("content-type"), disposition: res.headers.get("content-disposition"), baseline, growth: peak - baseline };
  };

  try {
    // 1. The NDJSON, once, to a file (this is also the double's own speed, for reference).
    let t = performance.now();
    const task = (await (await fetch(`${double.baseUrl}/extract/${id}`, { headers: { authorization: `Bearer ${KEY}` } })).json()) as { output: { resultUrl: string } };
    const download = await fetch(task.output.resultUrl);
    await pipeline(Readable.fromWeb(download.body as import("node:stream/web").ReadableStream<Uint8Array>), createWriteStream(file));
    const doubleMs = performance.now() - t;
    const size = statSync(file).size;

    // Warm-up: JIT and route code paths, on a few MB of each format.
    for (const format of ["csv", "xlsx", "json"]) {
      const reader = (await fetch(exportUrl(format))).body!.getReader();
      for (let got = 0; got < 4 * 1024 * 1024; ) {
        const { done, value } = await reader.read();
        if (done) break;
        got += value.byteLength;
      }
      await reader.cancel();
    }
    await new Promise((r) => setTimeout(r, 1_000));

    // 2a. Miller.
    const millerVersion = spawnSync("mlr", ["--version"]).stdout?.toString().trim() || "mlr (version unknown)";
    const millerMs = await timeCommand("mlr", ["--ijsonl", "--ocsv", "cat", file]);

    // 2b. The studio's CSV export, explicit columns (no first pass).
    const csv = await measure("csv");
    if (csv.lines !== ROWS + 1) throw new Error(`CSV export has ${csv.lines} lines, expected ${ROWS + 1}`);

    // 2c. XLSX and JSON, for information (the XLSX is kept and checked with `unzip -t` if present).
    const xlsxFile = path.join(dir, "export.xlsx");
    const xlsx = await measure("xlsx", xlsxFile);
    const unzip = spawnSync("unzip", ["-tq", xlsxFile]);
    const xlsxCheck = unzip.error ? "unzip not installed" : unzip.status === 0 ? "unzip -t: OK" : `unzip -t FAILED: ${unzip.stdout.toString().trim()}`;
    const json = await measure("json");

    // 3. ndjsonToCsv alone, in this process: file → CSV → nowhere.
    t = performance.now();
    const source = Readable.toWeb(createReadStream(file, { highWaterMark: 64 * 1024 })) as ReadableStream<Uint8Array>;
    const inProcess = await drain(new Response(ndjsonToCsv(source, COLUMNS, { bom: true, formulaGuard: true })));
    const inProcessMs = performance.now() - t;
    if (inProcess.bytes !== csv.bytes) throw new Error(`in-process CSV is ${inProcess.bytes} bytes, the route's ${csv.bytes}`);

    const rate = (ms: number) => `${mb(size / (ms / 1000))} MB/s of NDJSON`;
    const lines = [
      `NDJSON: ${ROWS.toLocaleString("en")} rows, ${mb(size)} MB (the double served it in ${seconds(doubleMs)}, ${rate(doubleMs)})`,
      `${millerVersion}: mlr --ijsonl --ocsv cat: ${seconds(millerMs)} (${rate(millerMs)})`,
      `studio CSV  (${csv.type}): ${seconds(csv.ms)} (${rate(csv.ms)}), ${mb(csv.bytes)} MB out, RSS ${mb(csv.baseline)} MB + peak ${mb(csv.growth)} MB`,
      `studio XLSX: ${seconds(xlsx.ms)} (${rate(xlsx.ms)}), ${mb(xlsx.bytes)} MB out, RSS peak growth ${mb(xlsx.growth)} MB, ${xlsxCheck}`,
      `studio JSON: ${seconds(json.ms)} (${rate(json.ms)}), ${mb(json.bytes)} MB out, RSS peak growth ${mb(json.growth)} MB`,
      `ndjsonToCsv in-process (file → CSV): ${seconds(inProcessMs)} (${rate(inProcessMs)})`,
      `file name: ${csv.disposition}`,
      "",
      `CSV throughput ratio, studio route / Miller:   ${(millerMs / csv.ms).toFixed(2)} (target ≥ 1.0)`,
      `CSV throughput ratio, ndjsonToCsv / Miller:    ${(millerMs / inProcessMs).toFixed(2)}`,
      `peak server RSS growth during the CSV export:  ${mb(csv.growth)} MB (target ≤ 100 MB)`,
    ];
    console.log(lines.join("\n"));
    if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, lines.join("\n") + "\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await studio.stop();
    await double.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runBench(main);
