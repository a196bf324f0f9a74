import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { E2E_LINKUP_KEY, LOG_DIR } from "./env";

/**
 * The key-leak sweep of the server logs: every process the run started (the webServers of
 * playwright.config.ts and the studios of studio-process.ts) wrote its stdout+stderr to LOG_DIR.
 * The run fails if the Linkup key appears in any line, or if there is nothing to sweep (a capture
 * that silently broke would make the sweep pass for the wrong reason).
 *
 * The logs of this run stay for diagnosis; those of earlier runs on the same port (which cannot be
 * running now: the port is taken) are removed, so runs do not pile up directories in the temp dir.
 */
export default async function sweepServerLogs() {
  const files = (await readdir(LOG_DIR)).filter((f) => f.endsWith(".log")).sort();
  const leaks: string[] = [];
  let studioLines = 0;
  for (const file of files) {
    const lines = (await readFile(path.join(LOG_DIR, file), "utf8")).split("\n");
    lines.forEach((line, i) => {
      if (line.includes("[extract-studio]")) studioLines++;
      if (line.includes(E2E_LINKUP_KEY)) leaks.push(`${file}:${i + 1}: ${line.slice(0, 300)}`);
    });
  }
  if (studioLines === 0) {
    throw new Error(`Key-leak sweep: no studio log line found in ${LOG_DIR} (${files.join(", ") || "no files"}); is the capture broken?`);
  }
  if (leaks.length) {
    throw new Error(`Key-leak sweep: the Linkup key appears in ${leaks.length} server log line(s) (logs in ${LOG_DIR}):\n${leaks.slice(0, 20).join("\n")}`);
  }
  console.log(`Key-leak sweep: ${files.length} server log(s), ${studioLines} studio line(s), no key (${LOG_DIR}).`);
  await removeEarlierRuns();
}

async function removeEarlierRuns() {
  const dir = path.dirname(LOG_DIR);
  // mkdtemp's name is the prefix plus six random characters.
  const prefix = path.basename(LOG_DIR).slice(0, -6);
  const earlier = (await readdir(dir)).filter((name) => name.startsWith(prefix) && name !== path.basename(LOG_DIR));
  await Promise.all(earlier.map((name) => rm(path.join(dir, name), { recursive: true, force: true })));
}
