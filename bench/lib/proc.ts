import { readdirSync, readFileSync } from "node:fs";
export { freePort, startStudio } from "../../e2e/support/studio-process";

/** RSS in bytes of a process and all its descendants (Linux /proc), so forked servers count too. */
export function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      continue;
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples treeRss every `everyMs` until stopped; returns the peak. */
export function sampleRss(pid: number, everyMs = 25) {
  let peak = treeRss(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(pid));
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      peak = Math.max(peak, treeRss(pid));
      return peak;
    },
  };
}

/** Reads a whole body, counting bytes and newlines, optionally throttled to `bytesPerSecond`. */
export async function drain(res: Response, bytesPerSecond?: number): Promise<{ bytes: number; lines: number }> {
  if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
  const reader = res.body.getReader();
  let bytes = 0;
  let lines = 0;
  const started = performance.now();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (let i = 0; i < value.length; i++) if (value[i] === 10) lines++;
    if (bytesPerSecond) {
      const ahead = (bytes / bytesPerSecond) * 1000 - (performance.now() - started);
      if (ahead > 0) await new Promise((r) => setTimeout(r, ahead));
    }
  }
  return { bytes, lines };
}

export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
